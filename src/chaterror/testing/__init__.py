"""Test your app's failure handling against what providers really send.

- :func:`provider_error` builds the exception a real SDK raises for a provider × kind, the way
  the SDK builds it (status, headers, body, request URL), from a recorded real failure;
  :func:`transport_error` the one an HTTP client or SDK raises when the connection fails.
- :func:`cases` iterates the labelled corpus of real failures (provenance included), the data
  chaterror's accuracy figures come from.
- :mod:`chaterror.testing.strategies` (extra ``testing``): Hypothesis strategies.
- :mod:`chaterror.testing.pytest_plugin`: the ``chaterror_server`` fixture, a loopback provider
  server answering with a chosen failure.

Nothing here is imported by ``import chaterror``; each SDK is imported only when a factory that
needs it is called (they are your dependencies, not chaterror's). See docs/testing-your-app.md.
"""

from __future__ import annotations

from chaterror.testing._cases import Case, cases
from chaterror.testing._factories import (
    CANONICAL,
    FROM_TEXT,
    TRANSPORT_FAILURES,
    canonical_case,
    provider_error,
    provider_kinds,
    transport_error,
)
from chaterror.testing._loopback import LoopbackServer, Reply, failure_reply, success_reply
from chaterror.testing._replay import MissingSDKError, NoError

__all__ = [
    "CANONICAL",
    "FROM_TEXT",
    "TRANSPORT_FAILURES",
    "Case",
    "LoopbackServer",
    "MissingSDKError",
    "NoError",
    "Reply",
    "canonical_case",
    "cases",
    "failure_reply",
    "provider_error",
    "provider_kinds",
    "success_reply",
    "transport_error",
]
