"""chaterror: classify any LLM-provider failure into one small, serialisable value.

>>> import chaterror
>>> err = chaterror.classify("Error code: 429 - {'error': {'code': 'insufficient_quota'}}")
>>> err.kind, err.retryable
(<Kind.USAGE_LIMIT: 'usage_limit'>, False)
"""

from chaterror.classify import classify, classify_response, explain, with_classification
from chaterror.decode import decode_last_error, encode_last_error
from chaterror.error import ChatError
from chaterror.integrations import stamina_hook, tenacity_kwargs
from chaterror.kind import DEFAULT_RETRYABLE, Kind
from chaterror.message import retry_message, terminal_message
from chaterror.payload import (
    StreamRetry,
    error_event,
    retry_event,
    sse,
    stream_error_payload,
    stream_retry_payload,
)
from chaterror.providers import PROVIDERS, display_name, normalize_provider
from chaterror.redact import redact
from chaterror.retry import (
    RetryPolicy,
    retry_call,
    retry_call_async,
    retry_stream,
    retry_stream_sync,
)
from chaterror.stream import FirstChunkTimeout, guard_first_chunk

__version__ = "0.1.0"

# Sorted by code point (tests/test_exported_members.py checks it).
__all__ = [  # noqa: RUF022
    "ChatError",
    "DEFAULT_RETRYABLE",
    "FirstChunkTimeout",
    "Kind",
    "PROVIDERS",
    "RetryPolicy",
    "StreamRetry",
    "__version__",
    "classify",
    "classify_response",
    "decode_last_error",
    "display_name",
    "encode_last_error",
    "error_event",
    "explain",
    "guard_first_chunk",
    "normalize_provider",
    "redact",
    "retry_call",
    "retry_call_async",
    "retry_event",
    "retry_message",
    "retry_stream",
    "retry_stream_sync",
    "sse",
    "stamina_hook",
    "stream_error_payload",
    "stream_retry_payload",
    "tenacity_kwargs",
    "terminal_message",
    "with_classification",
]
