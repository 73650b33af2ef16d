"""chaterror: classify any LLM-provider failure into one small, serialisable value.

>>> import chaterror
>>> err = chaterror.classify("Error code: 429 - {'error': {'code': 'insufficient_quota'}}")
>>> err.kind, err.retryable
(<Kind.USAGE_LIMIT: 'usage_limit'>, False)
"""

from chaterror.classify import classify, classify_response, explain, with_classification
from chaterror.error import ChatError
from chaterror.kind import DEFAULT_RETRYABLE, Kind
from chaterror.message import retry_message, terminal_message
from chaterror.providers import PROVIDERS, display_name, normalize_provider
from chaterror.redact import redact

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_RETRYABLE",
    "PROVIDERS",
    "ChatError",
    "Kind",
    "__version__",
    "classify",
    "classify_response",
    "display_name",
    "explain",
    "normalize_provider",
    "redact",
    "retry_message",
    "terminal_message",
    "with_classification",
]
