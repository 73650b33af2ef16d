"""chaterror: classify any LLM-provider failure into one small, serialisable value.

>>> import chaterror
>>> err = chaterror.classify("Error code: 429 - {'error': {'code': 'insufficient_quota'}}")
>>> err.kind, err.retryable
(<Kind.USAGE_LIMIT: 'usage_limit'>, False)
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:  # at run time each name loads on first use (PEP 562): see __getattr__
    from chaterror._classify import RULES, classify, classify_response, explain, with_classification
    from chaterror._redact import redact
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
    "RULES",
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

#: Where each public name lives; ``import chaterror`` loads none of them (PEP 562).
_WHERE: dict[str, str] = {
    "ChatError": "chaterror.error",
    "DEFAULT_RETRYABLE": "chaterror.kind",
    "FirstChunkTimeout": "chaterror.stream",
    "Kind": "chaterror.kind",
    "PROVIDERS": "chaterror.providers",
    "RULES": "chaterror._classify",
    "RetryPolicy": "chaterror.retry",
    "StreamRetry": "chaterror.payload",
    "classify": "chaterror._classify",
    "classify_response": "chaterror._classify",
    "decode_last_error": "chaterror.decode",
    "display_name": "chaterror.providers",
    "encode_last_error": "chaterror.decode",
    "error_event": "chaterror.payload",
    "explain": "chaterror._classify",
    "guard_first_chunk": "chaterror.stream",
    "normalize_provider": "chaterror.providers",
    "redact": "chaterror._redact",
    "retry_call": "chaterror.retry",
    "retry_call_async": "chaterror.retry",
    "retry_event": "chaterror.payload",
    "retry_message": "chaterror.message",
    "retry_stream": "chaterror.retry",
    "retry_stream_sync": "chaterror.retry",
    "sse": "chaterror.payload",
    "stamina_hook": "chaterror.integrations",
    "stream_error_payload": "chaterror.payload",
    "stream_retry_payload": "chaterror.payload",
    "tenacity_kwargs": "chaterror.integrations",
    "terminal_message": "chaterror.message",
    "with_classification": "chaterror._classify",
}


def __getattr__(name: str) -> _typing.Any:
    """Load a public name on first use, then keep it as a module attribute."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'chaterror' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
