"""The peers chaterror is measured against: LiteLLM's exception mapping, pydantic-ai's model
adapters' error mapping, and a floor. Each turns what an app holds into (kind, retryable).

Install them first: ``pip install litellm pydantic-ai`` (benchmark only, never a dependency).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

# Provider ids as LiteLLM names them.
_LITELLM_PROVIDER = {
    "openai": "openai",
    "azure": "azure",
    "anthropic": "anthropic",
    "google": "gemini",
    "bedrock": "bedrock",
    "openrouter": "openrouter",
    "groq": "groq",
    "mistral": "mistral",
    "deepseek": "deepseek",
    "xai": "xai",
    "cohere": "cohere",
    "together": "together_ai",
    "fireworks": "fireworks_ai",
    "ollama": "ollama",
    "vllm": "hosted_vllm",
    "perplexity": "perplexity",
    "cerebras": "cerebras",
}

# LiteLLM exception classes (most derived first) → (kind, retryable).
_LITELLM_KIND = [
    ("ContextWindowExceededError", "context_length", False),
    ("ContentPolicyViolationError", "content_filter", False),
    ("BudgetExceededError", "usage_limit", False),
    ("AuthenticationError", "auth", False),
    ("PermissionDeniedError", "auth", False),
    ("NotFoundError", "config", False),
    ("BadRequestError", "config", False),
    ("UnprocessableEntityError", "config", False),
    ("RateLimitError", "rate_limit", True),
    ("Timeout", "timeout", True),
    ("APIConnectionError", "timeout", True),
    ("ServiceUnavailableError", "timeout", True),
    ("InternalServerError", "generic", True),
    ("APIError", "generic", True),
]


def litellm_classify() -> Callable[[Any, str | None], tuple[str, bool]]:
    import litellm
    from litellm.litellm_core_utils.exception_mapping_utils import exception_type

    litellm.suppress_debug_info = True

    def run(obj: Any, provider: str | None) -> tuple[str, bool]:
        exc = obj if isinstance(obj, BaseException) else Exception(str(obj))
        try:
            exception_type(
                model="model",
                original_exception=exc,
                custom_llm_provider=_LITELLM_PROVIDER.get(provider or "", "openai"),
            )
        except BaseException as mapped:  # the mapping raises what it decided
            names = {c.__name__ for c in type(mapped).__mro__}
            for name, kind, retryable in _LITELLM_KIND:
                if name in names:
                    return kind, retryable
        return "generic", False

    return run


def _status_kind(status: int) -> tuple[str, bool]:
    """What a bare HTTP status tells a caller that has nothing else (pydantic-ai's view)."""
    if status == 429:
        return "rate_limit", True
    if status in (401, 403):
        return "auth", False
    if status == 402:
        return "usage_limit", False
    if status == 413:
        return "context_length", False
    if status in (408, 502, 503, 504):
        return "timeout", True
    if status == 529:
        return "overloaded", True
    if status >= 500:
        return "generic", True
    return "config", False


def pydantic_ai_classify() -> Callable[[Any, str | None], tuple[str, bool]]:
    from pydantic_ai.exceptions import ModelAPIError, ModelHTTPError
    from pydantic_ai.models.bedrock import _map_api_errors as bedrock_map
    from pydantic_ai.models.google import _map_api_error as google_map

    try:  # pydantic-ai >= 1.x: the adapters became packages with an _errors module
        from pydantic_ai.models.anthropic._errors import map_api_errors as anthropic_map
        from pydantic_ai.models.openai._errors import map_api_errors as openai_map
    except ImportError:  # older releases
        from pydantic_ai.models.anthropic import _map_api_errors as anthropic_map
        from pydantic_ai.models.openai import _map_api_errors as openai_map

    def mapped(obj: Any, provider: str | None) -> BaseException | None:
        if not isinstance(obj, BaseException):
            return None
        module = type(obj).__module__.split(".")[0]
        if module == "google":
            try:
                return google_map(obj, "model")  # type: ignore[arg-type]
            except Exception:
                return None
        context = {"openai": openai_map, "anthropic": anthropic_map, "botocore": bedrock_map}.get(
            module
        )
        if context is None:
            return None
        try:
            with context("model"):
                raise obj
        except (ModelHTTPError, ModelAPIError) as exc:
            return exc
        except BaseException:  # not mapped
            return None
        return None  # pragma: no cover

    def run(obj: Any, provider: str | None) -> tuple[str, bool]:
        exc = mapped(obj, provider)
        if isinstance(exc, ModelHTTPError):
            return _status_kind(exc.status_code)
        if isinstance(exc, ModelAPIError):
            return "timeout", True
        return "generic", False

    return run


_FLOOR_RE = re.compile(
    r"rate limit|overloaded|timeout|timed out|quota|context length|unauthorized|invalid api key"
)
_FLOOR_KIND = {
    "rate limit": "rate_limit",
    "overloaded": "overloaded",
    "timeout": "timeout",
    "timed out": "timeout",
    "quota": "usage_limit",
    "context length": "context_length",
    "unauthorized": "auth",
    "invalid api key": "auth",
}


def floor(obj: Any) -> tuple[str, bool, Any]:
    """The least a classifier can do: lower-case the text, one keyword regex, one attribute."""
    text = str(obj).lower()
    match = _FLOOR_RE.search(text)
    return text, bool(match), getattr(obj, "status_code", None)


def floor_classify(obj: Any, provider: str | None) -> tuple[str, bool]:
    _, _, status = floor(obj)
    match = _FLOOR_RE.search(str(obj).lower())
    if match:
        kind = _FLOOR_KIND[match.group()]
        return kind, kind in ("rate_limit", "overloaded", "timeout")
    if isinstance(status, int):
        return _status_kind(status)
    return "generic", False
