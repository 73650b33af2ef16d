"""Wrapper libraries' exceptions, by shape: what each library keeps where, and what it makes up
(``chaterror._wrappers``). The classes here are stand-ins defined in the libraries' module names,
so these rules are pinned without the libraries installed; ``test_e2e_wrappers.py`` drives the
real ones."""

from __future__ import annotations

import enum
import itertools
from typing import Any

import pytest

import chaterror
from chaterror._wrappers import is_made_up_url


def _cls(module: str, name: str, *bases: type) -> type:
    return type(name, bases or (Exception,), {"__module__": module})


class _Request:
    def __init__(self, url: str) -> None:
        self.url = url


def _exc(module: str, name: str, text: str, **attrs: Any) -> BaseException:
    exc = _cls(module, name)(text)
    for key, value in attrs.items():
        setattr(exc, key, value)
    return exc


def _chain(*excs: BaseException) -> BaseException:
    """Each exception raised while handling the next, as ``raise … from`` would link them."""
    for outer, inner in itertools.pairwise(excs):
        outer.__cause__ = inner
    return excs[0]


LITELLM = "litellm.exceptions"
PLACEHOLDER = _Request("https://api.openai.com/v1")


class _StatusCode(enum.Enum):
    RESOURCE_EXHAUSTED = 8


CASES = [
    pytest.param(
        _exc(
            LITELLM,
            "AuthenticationError",
            "litellm.AuthenticationError: MistralException - Unauthorized",
            status_code=401,
            llm_provider="mistral",
            request=PLACEHOLDER,
        ),
        {"kind": "auth", "provider": "mistral", "status_code": 401},
        id="litellm-made-up-url-is-no-evidence-llm-provider-is",
    ),
    pytest.param(
        _exc(
            LITELLM,
            "AuthenticationError",
            "litellm.AuthenticationError: AuthenticationError: Invalid API Key",
            status_code=401,
            llm_provider="groq",
            request=_Request("https://litellm.ai"),
        ),
        {"kind": "auth", "provider": "groq", "status_code": 401},
        id="litellm-ai-placeholder-is-no-evidence",
    ),
    pytest.param(
        _chain(
            _exc(
                LITELLM,
                "APIConnectionError",
                "litellm.APIConnectionError: OllamaException - [Errno 111] Connection refused",
                status_code=500,
                llm_provider="ollama_chat",
                request=PLACEHOLDER,
            ),
            ConnectionRefusedError(111, "Connection refused"),
        ),
        {"kind": "timeout", "provider": "ollama", "status_code": None, "retryable": True},
        id="litellm-500-for-a-refused-connection-is-made-up",
    ),
    pytest.param(
        _exc(
            LITELLM,
            "Timeout",
            "litellm.Timeout: Timeout Error: AnthropicException - Request timed out",
            status_code=408,
            llm_provider="anthropic",
        ),
        {"kind": "timeout", "provider": "anthropic", "status_code": None},
        id="litellm-408-for-a-timeout-is-made-up",
    ),
    pytest.param(
        _exc(
            LITELLM,
            "InternalServerError",
            "litellm.InternalServerError: AnthropicError - Overloaded",
            status_code=500,
            provider_status_code=529,
            llm_provider="anthropic",
        ),
        {"kind": "overloaded", "provider": "anthropic", "status_code": 529},
        id="litellm-provider-status-code-beats-its-500",
    ),
    pytest.param(
        _chain(
            _exc(
                LITELLM,
                "InternalServerError",
                "litellm.InternalServerError: geminiException - UNAVAILABLE - The service is currently unavailable.",
                status_code=500,
                llm_provider="gemini",
            ),
            _exc(
                "litellm.llms.vertex_ai.common_utils",
                "VertexAIError",
                "UNAVAILABLE - The service is currently unavailable.",
                status_code=503,
            ),
        ),
        {"kind": "timeout", "provider": "google", "status_code": 503},
        id="litellm-per-provider-status-beats-its-unified-500",
    ),
    pytest.param(
        _exc(
            LITELLM,
            "MidStreamFallbackError",
            "litellm.MidStreamFallbackError: litellm.APIConnectionError: APIConnectionError: OpenAIException - The server had an error while processing your request.",
            status_code=503,
            llm_provider="openai",
            original_exception=_exc(
                "openai", "APIError", "The server had an error", code=None, type="server_error"
            ),
        ),
        {"kind": "generic", "provider": "openai", "status_code": None, "code": "server_error"},
        id="litellm-mid-stream-fallback-reads-the-original-not-its-labels",
    ),
    pytest.param(
        _exc(
            LITELLM,
            "RateLimitError",
            "litellm.RateLimitError: RateLimitError: OpenAIException - You exceeded your current quota, please check your plan and billing details.",
            status_code=429,
            llm_provider="openai",
            code="429",
            type="throttling_error",
        ),
        {"kind": "usage_limit", "provider": "openai", "status_code": 429, "code": None},
        id="litellm-own-type-and-code-are-labels-not-provider-codes",
    ),
    pytest.param(
        _exc(
            "mistralai.client.errors.responsevalidationerror",
            "ResponseValidationError",
            "Response validation failed",
            status_code=200,
            body='{"data": {"object":"error","message":"Service tier capacity exceeded for this model.","type":"service_tier_capacity_exceeded","code":"3505"}}',
        ),
        {"kind": "overloaded", "provider": "mistral", "retryable": True},
        id="mistral-body-of-unknown-shape-is-still-text",
    ),
    pytest.param(
        _exc(
            "instructor.v2.core.errors",
            "InstructorRetryException",
            "Max retries exceeded",
            failed_attempts=[
                type("FailedAttempt", (), {"exception": ValueError("bad json")})(),
                type(
                    "FailedAttempt",
                    (),
                    {
                        "exception": _exc(
                            "openai", "RateLimitError", "Rate limit reached", status_code=429
                        )
                    },
                )(),
            ],
        ),
        {"kind": "rate_limit", "provider": "openai", "status_code": 429},
        id="instructor-last-failed-attempt-is-the-cause",
    ),
    pytest.param(
        _exc(
            "google.api_core.exceptions",
            "TooManyRequests",
            "429 Resource has been exhausted (e.g. check quota).",
            code=429,
            grpc_status_code=_StatusCode.RESOURCE_EXHAUSTED,
        ),
        {"kind": "rate_limit", "provider": "google", "code": "RESOURCE_EXHAUSTED"},
        id="google-api-core-grpc-status-is-the-code",
    ),
    pytest.param(
        _exc(
            "pydantic_ai.exceptions",
            "ModelHTTPError",
            "status_code: 400, model_name: gpt-4o",
            status_code=400,
            provider_error_code="context_length_exceeded",
        ),
        {"kind": "context_length", "status_code": 400, "code": "context_length_exceeded"},
        id="pydantic-ai-provider-error-code",
    ),
    pytest.param(
        _exc(
            "ollama._types",
            "ResponseError",
            "server busy, please try again.  maximum pending requests exceeded",
            status_code=503,
            error="server busy, please try again.  maximum pending requests exceeded",
        ),
        {"kind": "overloaded", "provider": "ollama", "status_code": 503},
        id="ollama-capacity-wording-on-a-503-is-overloaded",
    ),
]


@pytest.mark.parametrize(("exc", "expect"), CASES)
def test_wrapper_exceptions(exc: BaseException, expect: dict[str, Any]) -> None:
    """A wrapper's own fields and chain decide; what it makes up does not."""
    err = chaterror.classify(exc)
    got = {key: getattr(err, key) for key in expect}
    got["kind"] = err.kind.value if "kind" in expect else None
    assert got == {**expect, "kind": expect.get("kind")}, chaterror.explain(exc)


@pytest.mark.parametrize(
    ("url", "made_up"),
    [
        pytest.param("https://api.openai.com/v1", True, id="litellm-mock-request"),
        pytest.param("https://api.openai.com/v1/", True, id="litellm-mock-request-slash"),
        pytest.param("https://litellm.ai", True, id="litellm-ai"),
        pytest.param("https://docs.litellm.ai/docs/providers", True, id="litellm-docs"),
        pytest.param("https://cloud.google.com/vertex-ai/", True, id="vertex-fallback"),
        pytest.param("https://groq.com/v1/", True, id="mid-stream-fallback"),
        pytest.param("https://api.openai.com/v1/chat/completions", False, id="real-request"),
        pytest.param("https://api.groq.com/openai/v1/chat/completions", False, id="real-groq"),
    ],
)
def test_made_up_urls(url: str, made_up: bool) -> None:
    """Only the URLs wrappers invent are discarded; a real request URL never is."""
    assert is_made_up_url(url) is made_up


def test_litellm_proxy_error_reply() -> None:
    """A LiteLLM proxy's JSON error reply names the upstream provider in its message."""
    body = {
        "error": {
            "message": "litellm.RateLimitError: AnthropicException - This request would exceed the rate limit for your organization",
            "type": "throttling_error",
            "param": None,
            "code": "429",
        }
    }
    err = chaterror.classify_response(429, body, {"retry-after": "3"})
    assert (err.kind.value, err.provider, err.retry_after) == ("rate_limit", "anthropic", 3.0)
