"""The classes of failure a provider call can end in.

The values are wire strings shared with the Go original (``coder/coder`` ``chaterror``) so that a
Python service and a Go or TypeScript client read the same payloads.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["DEFAULT_RETRYABLE", "Kind"]


class Kind(str, enum.Enum):
    """The class of a failure; the value is the wire string."""

    #: The provider is at capacity (Anthropic 529 ``overloaded_error``, "model is overloaded").
    OVERLOADED = "overloaded"
    #: This account sent too much too fast (RPM/TPM limits, throttling).
    RATE_LIMIT = "rate_limit"
    #: A hard cap: quota exhausted, billing, credits, spend limit, a daily or free-tier quota.
    USAGE_LIMIT = "usage_limit"
    #: The provider or network did not answer in time, or the connection broke.
    TIMEOUT = "timeout"
    #: The stream opened but sent no first chunk in time (set by the stream guard).
    STARTUP_TIMEOUT = "startup_timeout"
    #: Credentials missing, invalid or not permitted.
    AUTH = "auth"
    #: The request names something the provider rejects: unknown model, bad parameter, endpoint.
    CONFIG = "config"
    #: The prompt does not fit the model's context window, or the request is too large.
    CONTEXT_LENGTH = "context_length"
    #: The provider's safety system refused the input or output.
    CONTENT_FILTER = "content_filter"
    #: Everything else: unexpected 5xx (retryable), cancellations and unknown failures.
    GENERIC = "generic"

    def __str__(self) -> str:
        return self.value


#: Whether a failure of each kind is worth retrying when nothing more specific is known.
#: ``generic`` is retryable only for 5xx statuses and ``timeout`` not for a caller's own
#: deadline; classify applies those exceptions.
DEFAULT_RETRYABLE: Final[Mapping[Kind, bool]] = MappingProxyType(
    {
        Kind.OVERLOADED: True,
        Kind.RATE_LIMIT: True,
        Kind.USAGE_LIMIT: False,
        Kind.TIMEOUT: True,
        Kind.STARTUP_TIMEOUT: True,
        Kind.AUTH: False,
        Kind.CONFIG: False,
        Kind.CONTEXT_LENGTH: False,
        Kind.CONTENT_FILTER: False,
        Kind.GENERIC: False,
    }
)
