"""Provider-scoped readings added after blind rounds 47 and 48, each from the provider's own
documentation or error table (the profile under chaterror/providers/ cites it): what a code or
wording means at that provider, and that it does not leak to others."""

from __future__ import annotations

import json
from typing import Any

import pytest

from chaterror import Kind, classify, classify_response

_CASES = [
    # (id, status, body or text, provider hint, kind, retryable, reported provider)
    ("xai-grammar", None, 'Grok API error: "Grammar is too complex.', "xai", Kind.CONFIG, False),
    (
        "perplexity-requested-too-many-tokens",
        400,
        {
            "error": {
                "message": "Requested 115120 to generate tokens, following a prompt of length "
                "40055, which exceeds the max limit of 128000 tokens.",
                "type": "requested_too_many_tokens",
                "code": 400,
            }
        },
        "perplexity",
        Kind.CONTEXT_LENGTH,
        False,
    ),
    (
        "mistral-internal-server-error-type",
        500,
        {
            "object": "error",
            "message": "Service unavailable.",
            "type": "internal_server_error",
            "param": None,
            "code": "3000",
        },
        "mistral",
        Kind.GENERIC,
        True,
    ),
    (
        "zhipu-1234",
        500,
        {"error": {"code": "1234", "message": "网络错误，错误id：x，请联系客服。"}},
        "zhipu",
        Kind.GENERIC,
        True,
    ),
    (
        "router-upstream-error-object",
        502,
        {
            "error": "upstream_error",
            "status_code": 502,
            "upstream_error": {"code": "PERMISSION_DENIED", "message": "No permission."},
        },
        None,
        Kind.AUTH,
        False,
    ),
    (
        "google-quota-limit-value-zero",
        429,
        {
            "error": {
                "code": 429,
                "status": "RESOURCE_EXHAUSTED",
                "message": "Quota exceeded for quota metric 'Generate Content API requests per "
                "minute'.",
                "details": [
                    {
                        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                        "reason": "RATE_LIMIT_EXCEEDED",
                        "metadata": {"quota_limit_value": "0"},
                    }
                ],
            }
        },
        "google",
        Kind.USAGE_LIMIT,
        False,
    ),
    (
        "catch-all-server-type-under-400",
        400,
        {"error": {"message": "invalid input type", "type": "api_error", "code": None}},
        None,
        Kind.CONFIG,
        False,
    ),
    ("bare-501", 501, {"message": "Not Implemented"}, None, Kind.CONFIG, False),
]


@pytest.mark.parametrize(
    ("status", "body", "provider", "kind", "retryable"),
    [pytest.param(*c[1:], id=c[0]) for c in _CASES],
)
def test_provider_reading(
    status: int | None, body: Any, provider: str | None, kind: Kind, retryable: bool
) -> None:
    found = (
        classify(body, provider=provider)
        if status is None
        else classify_response(status, json.dumps(body), provider=provider)
    )
    assert (found.kind, found.retryable) == (kind, retryable)


def test_mistral_reading_stays_at_mistral() -> None:
    """Elsewhere the shared internal_server_error type stays a hint: a capacity word decides."""
    body = {"error": {"message": "Model is overloaded", "type": "internal_server_error"}}
    assert classify_response(500, json.dumps(body), provider="openai").kind is Kind.OVERLOADED


def test_alibaba_named_as_the_provider_is_dashscope() -> None:
    """A client's "provider (Alibaba)" names DashScope, whose 'exceeded your current quota' is
    its per-minute token limit; "alibaba/qwen-max" as a model id names no provider."""
    named = classify("Error from provider (Alibaba): You exceeded your current quota, please")
    assert (named.provider, named.kind) == ("dashscope", Kind.RATE_LIMIT)
    assert classify("model alibaba/qwen-max: bad request").provider is None


def test_a_bare_blocked_request_under_403_is_a_denial() -> None:
    """A relay's firewall says only "Your request was blocked."; a reason makes it a filter."""
    assert classify("403 Your request was blocked.").kind is Kind.AUTH
    assert classify("Your request was blocked by content policies.").kind is Kind.CONTENT_FILTER
