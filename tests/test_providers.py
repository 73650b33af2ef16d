"""Provider ids, display names and detection in the contract's order."""

from __future__ import annotations

import httpx2
import openai
import pytest

from chaterror import PROVIDERS, Kind, classify, classify_response, display_name, normalize_provider
from chaterror.providers import provider_from_host, provider_from_module, provider_from_text

CONTRACT_IDS = {
    "openai",
    "azure",
    "anthropic",
    "google",
    "bedrock",
    "openrouter",
    "vercel",
    "openai-compat",
    "mistral",
    "groq",
    "together",
    "deepseek",
    "xai",
    "cohere",
    "fireworks",
    "ollama",
    "vllm",
}


def test_contract_providers_have_display_names() -> None:
    """Every id of CONTRACT §4 has a display name."""
    assert set(PROVIDERS) >= CONTRACT_IDS
    assert display_name("azure") == "Azure OpenAI"
    assert display_name("bedrock") == "AWS Bedrock"
    assert display_name("nobody") is None


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        ("OpenAI", "openai"),
        ("azure openai", "azure"),
        ("Azure-OpenAI", "azure"),
        ("openai compatible", "openai-compat"),
        ("  Anthropic ", "anthropic"),
        ("", None),
        ("   ", None),
        (None, None),
        ("acme-llm", "acme-llm"),
    ],
)
def test_hints_are_normalised(hint: str | None, expected: str | None) -> None:
    """Hints are case-insensitive with aliases; unknown non-empty hints are kept."""
    assert normalize_provider(hint) == expected


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("api.openai.com", None, "openai"),
        ("myres.openai.azure.com", None, "azure"),
        ("bedrock-runtime.us-east-1.amazonaws.com", None, "bedrock"),
        ("s3.amazonaws.com", None, None),
        ("openrouter.ai", None, "openrouter"),
        ("localhost", 11434, "ollama"),
        ("evil-openai.com", None, None),
        ("generativelanguage.googleapis.com", None, "google"),
    ],
)
def test_hosts(host: str, port: int | None, expected: str | None) -> None:
    """Hosts match at a dot boundary; S3 is not Bedrock; Ollama is known by its port."""
    assert provider_from_host(host, port) == expected


def test_modules() -> None:
    """The SDK that defined an exception class names its provider."""
    assert provider_from_module("google.genai.errors") == "google"
    assert provider_from_module("anthropic._exceptions") == "anthropic"
    assert provider_from_module("botocore.errorfactory") == "bedrock"
    assert provider_from_module("httpx") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The response was filtered due to Azure OpenAI's content management policy", "azure"),
        ("litellm.APIConnectionError: OllamaException - refused", "ollama"),
        ("Invocation of model ID anthropic.claude-3 failed: ThrottlingException", "bedrock"),
        ("see https://api.groq.com/openai/v1", "groq"),
        ("nothing to see", None),
    ],
)
def test_text(text: str, expected: str | None) -> None:
    """URLs first, then words, most specific name first."""
    assert provider_from_text(text) == expected


def _openai_error(base_url: str) -> Exception:
    def reply(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(429, json={"error": {"message": "slow down"}}, request=request)

    client = openai.OpenAI(
        api_key="sk-test",
        base_url=base_url,
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(reply)),
    )
    try:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    except openai.RateLimitError as exc:
        return exc
    raise AssertionError("no error")  # pragma: no cover


@pytest.mark.parametrize(
    ("base_url", "hint", "expected"),
    [
        pytest.param("https://openrouter.ai/api/v1", None, "openrouter", id="host-beats-sdk"),
        pytest.param("https://api.openai.com/v1", None, "openai", id="sdk-host"),
        pytest.param("https://openrouter.ai/api/v1", "groq", "groq", id="hint-beats-host"),
        pytest.param(
            "https://llm.internal.example/v1",
            None,
            "openai-compat",
            id="openai-sdk-on-unknown-host",
        ),
    ],
)
def test_detection_order_through_the_openai_sdk(
    base_url: str, hint: str | None, expected: str
) -> None:
    """Hint, then the request URL's host, then the SDK; an unknown host is a compatible server."""
    assert classify(_openai_error(base_url), provider=hint).provider == expected


_QUOTA_BODY = {
    "error": {
        "code": "insufficient_quota",
        "type": "insufficient_quota",
        "message": "You exceeded your current quota, please check your plan and billing details.",
    }
}


@pytest.mark.parametrize(
    ("status", "body", "url", "kind"),
    [
        pytest.param(
            429,
            _QUOTA_BODY,
            "https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions",
            Kind.RATE_LIMIT,
            id="dashscope-insufficient-quota-is-its-per-minute-limit",
        ),
        pytest.param(
            429,
            _QUOTA_BODY,
            "https://api.openai.com/v1/chat/completions",
            Kind.USAGE_LIMIT,
            id="openai-insufficient-quota-stays-a-hard-cap",
        ),
        pytest.param(
            403,
            {
                "error": {
                    "code": 403,
                    "status": "PERMISSION_DENIED",
                    "message": "Request contains an invalid resource project.",
                    "details": [
                        {
                            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                            "reason": "RESOURCE_PROJECT_INVALID",
                        }
                    ],
                }
            },
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent",
            Kind.CONFIG,
            id="google-reason-beats-its-canonical-status",
        ),
        pytest.param(
            429,
            {
                "type": "error",
                "error": {
                    "type": "rate_limit_error",
                    "message": "Spend limit reached.",
                    "details": {"error_code": "enforced_spend_limit_reached"},
                },
            },
            "https://api.anthropic.com/v1/messages",
            Kind.USAGE_LIMIT,
            id="anthropic-details-error-code-names-the-cap",
        ),
    ],
)
def test_provider_scoped_meanings(status: int, body: object, url: str, kind: Kind) -> None:
    """A provider's own meaning of a shared code wins only at that provider."""
    assert classify_response(status, body, url=url).kind is kind


def test_azure_filter_annotations_name_azure() -> None:
    """A completion Azure filtered carries its prompt_filter_results annotations, which name it."""
    body = {
        "choices": [{"finish_reason": "content_filter", "index": 0}],
        "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": {}}],
    }
    err = classify(body)
    assert (err.kind, err.provider) == (Kind.CONTENT_FILTER, "azure")
    del body["prompt_filter_results"]
    assert classify(body).provider is None
