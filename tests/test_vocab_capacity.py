"""Capacity vocabulary: the provider at capacity (overloaded) apart from a plain 5xx and from this
account's throttle, HTTP statuses as client libraries print them, and the waits providers ask for.

Every row is a wording or body a primary source documents or sends (docs page, SDK or server
source); the id names the source. The signals/profile/retry_after comment beside each entry
names the file or page.
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify, classify_response
from chaterror.retry_after import reset_wait, retry_after_from, spent_window_wait

_O, _R, _T, _G, _C = Kind.OVERLOADED, Kind.RATE_LIMIT, Kind.TIMEOUT, Kind.GENERIC, Kind.CONFIG

# (text, kind, retryable)
_TEXTS = [
    pytest.param(
        "Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', "
        "'message': 'Overloaded'}}",
        _O,
        True,
        id="anthropic-sdk-529-overloaded_error",
    ),
    pytest.param(
        'event: error\ndata: {"type": "error", "error": {"type": "overloaded_error", '
        '"message": "Overloaded"}}',
        _O,
        True,
        id="anthropic-stream-overloaded_error",
    ),
    pytest.param(
        "The engine is currently overloaded, please try again later",
        _O,
        True,
        id="openai-engine-overloaded",
    ),
    pytest.param(
        "That model is currently overloaded with other requests. You can retry your request, "
        "or contact us through our help center at help.openai.com if the error persists.",
        _O,
        True,
        id="openai-model-overloaded-with-other-requests",
    ),
    pytest.param(
        "A sudden increase in your request rate is impacting service reliability. Please "
        "reduce your request rate to its original level, maintain a consistent rate for at "
        "least 15 minutes, and then gradually increase it.",
        _R,
        True,
        id="openai-slow-down-is-a-throttle",
    ),
    pytest.param(
        "An error occurred (SlowDown) when calling the PutObject operation (reached max "
        "retries: 4): Please reduce your request rate.",
        _R,
        True,
        id="aws-slowdown-reduce-your-request-rate",
    ),
    pytest.param(
        "503 UNAVAILABLE. {'error': {'code': 503, 'message': 'The model is overloaded. Please "
        "try again later.', 'status': 'UNAVAILABLE'}}",
        _O,
        True,
        id="gemini-genai-503-model-overloaded",
    ),
    pytest.param(
        "The service may be temporarily overloaded or down.",
        _O,
        True,
        id="gemini-troubleshooting-503-row",
    ),
    pytest.param(
        "429 Resource exhausted. Please try again later. Please refer to "
        "https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.",
        _O,
        True,
        id="vertex-pay-as-you-go-shared-capacity",
    ),
    pytest.param(
        "An error occurred (ModelNotReadyException) when calling the InvokeModel operation: "
        "The model specified in the request is not ready to serve inference requests. The AWS "
        "SDK will automatically retry the operation up to 5 times.",
        _O,
        True,
        id="bedrock-modelnotreadyexception",
    ),
    pytest.param(
        "ServiceUnavailableException: Too many connections, please wait before trying again.",
        _O,
        True,
        id="bedrock-serviceunavailable-too-many-connections",
    ),
    pytest.param(
        "An error occurred (ThrottlingException) when calling the InvokeModel operation "
        "(reached max retries: 4): Too many requests, please wait before trying again.",
        _R,
        True,
        id="bedrock-throttlingexception-is-the-account",
    ),
    pytest.param(
        "Service tier capacity exceeded for this model.",
        _O,
        True,
        id="mistral-3505-service-tier-capacity",
    ),
    pytest.param(
        "503 - Server Overloaded: The server is overloaded due to high traffic.",
        _O,
        True,
        id="deepseek-503-server-overloaded",
    ),
    pytest.param(
        "Model too busy, unable to get response in less than 60 second(s)",
        _O,
        True,
        id="huggingface-model-too-busy",
    ),
    pytest.param(
        "server busy, please try again.  maximum pending requests exceeded",
        _O,
        True,
        id="ollama-max-queue",
    ),
    pytest.param(
        "The engine is currently busy and cannot accept new requests. Please try again later "
        "or on a different instance.",
        _O,
        True,
        id="vllm-engine-busy",
    ),
    pytest.param(
        "Error code: 503 - {'error': {'message': 'The engine has reached its prefill token "
        "backlog limit.', 'type': 'Service Unavailable', 'param': None, 'code': 503}}",
        _O,
        True,
        id="vllm-prefill-backlog",
    ),
    pytest.param(
        'data: {"error": {"object": "error", "message": "The request queue is full.", '
        '"type": "SERVICE_UNAVAILABLE", "param": null, "code": 503}}',
        _O,
        True,
        id="sglang-request-queue-full",
    ),
    pytest.param(
        "Retracted under decode memory pressure without a KV backup. Retry later.",
        _O,
        True,
        id="sglang-retracted-memory-pressure",
    ),
    pytest.param("no slot available", _O, True, id="llamacpp-no-slot"),
    pytest.param(
        "Stream owner model is loading, retry later", _O, True, id="llamacpp-model-loading"
    ),
    pytest.param("Exceeds maximum queue size", _O, True, id="triton-queue"),
    pytest.param(
        "Request dropped due to backpressure (num_queued_requests=2, max_queued_requests=2).",
        _O,
        True,
        id="ray-serve-backpressureerror",
    ),
    pytest.param(
        "InferenceUpstreamError: 3040: Capacity temporarily exceeded, please try again.",
        _O,
        True,
        id="workers-ai-3040-capacity-temporarily-exceeded",
    ),
    pytest.param(
        "No more data centers to forward the request to",
        _O,
        True,
        id="workers-ai-3040-docs-description",
    ),
    pytest.param("服务系统负载比较高，请稍后重试", _O, True, id="siliconflow-503-load-rather-high"),
    pytest.param(
        "[1305][The service may be temporarily overloaded, please try again later]",
        _O,
        True,
        id="zhipu-1305-bracketed",
    ),
    pytest.param(
        "Error code: 429 - {'error': {'message': 'The engine is currently overloaded, please "
        "try again later', 'type': 'engine_overloaded_error'}}",
        _O,
        True,
        id="moonshot-engine_overloaded_error",
    ),
    pytest.param("failed to establish link to worker", _O, True, id="nvidia-nim-link-to-worker"),
    pytest.param(
        "All deployments for selected model are in cooldown",
        _R,
        True,
        id="litellm-router-cooldown",
    ),
    pytest.param(
        "No healthy deployment available", _R, True, id="litellm-proxy-no-healthy-deployment"
    ),
    pytest.param(
        "Deployment has all max_parallel_requests slots in use.",
        _R,
        True,
        id="litellm-router-max-parallel-requests",
    ),
    pytest.param(
        "Error code: 500 - {'error': {'message': 'Internal server error', 'type': 'server_error'}}",
        _G,
        True,
        id="plain-500-is-generic-not-capacity",
    ),
]


@pytest.mark.parametrize(("text", "kind", "retryable"), _TEXTS)
def test_wording(text: str, kind: Kind, retryable: bool) -> None:
    """Each source wording, as text and as an exception, gets its kind and retryability."""
    for error in (text, Exception(text)):
        found = classify(error)
        assert (found.kind, found.retryable) == (kind, retryable)


# (status, body, headers, provider, kind, retry_after)
_BODIES = [
    pytest.param(
        529,
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
        {},
        "anthropic",
        _O,
        None,
        id="anthropic-529",
    ),
    pytest.param(
        503,
        {
            "error": {
                "message": "The server is overloaded. Please try again later.",
                "type": "service_unavailable_error",
                "code": "server_is_overloaded",
            }
        },
        {},
        "openai",
        _O,
        None,
        id="openai-server_is_overloaded",
    ),
    pytest.param(
        503,
        {
            "error": {
                "code": 503,
                "message": "The model is overloaded. Please try again later.",
                "status": "UNAVAILABLE",
            }
        },
        {},
        "google",
        _O,
        None,
        id="gemini-503-unavailable-overloaded",
    ),
    pytest.param(
        503,
        {
            "error": {
                "code": 503,
                "message": "The service is currently unavailable.",
                "status": "UNAVAILABLE",
            }
        },
        {},
        "google",
        _T,
        None,
        id="gemini-503-unavailable-without-capacity-words-is-a-timeout",
    ),
    pytest.param(
        429,
        {
            "object": "error",
            "message": "Service tier capacity exceeded for this model.",
            "type": "service_tier_capacity_exceeded",
            "param": None,
            "code": "3505",
        },
        {},
        "mistral",
        _O,
        None,
        id="mistral-3505-body",
    ),
    pytest.param(
        498,
        {
            "error": {
                "message": "Flex tier capacity exceeded.",
                "type": "capacity_exceeded",
                "code": "capacity_exceeded",
            }
        },
        {},
        "groq",
        _O,
        None,
        id="groq-498-capacity_exceeded",
    ),
    pytest.param(498, None, {}, "groq", _O, None, id="groq-498-status-alone"),
    pytest.param(
        503,
        {"error": "Model bigscience/bloom is currently loading", "estimated_time": 20.0},
        {},
        "huggingface",
        _O,
        20.0,
        id="huggingface-loading-estimated_time",
    ),
    pytest.param(
        429,
        {"error": "Model is overloaded", "error_type": "overloaded"},
        {},
        None,
        _O,
        None,
        id="tgi-overloaded-429",
    ),
    pytest.param(
        503,
        {"error": {"message": "Loading model", "type": "unavailable_error", "code": 503}},
        {},
        "llamacpp",
        _O,
        None,
        id="llamacpp-loading-model",
    ),
    pytest.param(
        429,
        {
            "errors": [
                {
                    "message": "AiError: Capacity temporarily exceeded, please try again.",
                    "code": 3040,
                }
            ],
            "success": False,
            "result": {},
            "messages": [],
        },
        {},
        "cloudflare",
        _O,
        None,
        id="workers-ai-3040-body",
    ),
    pytest.param(
        429,
        {"error": {"code": "1305", "message": "该模型当前访问量过大，请您稍后再试"}},
        {},
        "zhipu",
        _O,
        None,
        id="zhipu-1305-body",
    ),
    pytest.param(
        503,
        {"code": 50603, "message": "System is too busy now. Please try again later.", "data": None},
        {},
        "siliconflow",
        _O,
        None,
        id="siliconflow-50603-too-busy",
    ),
    pytest.param(
        502,
        {
            "error": {
                "code": 502,
                "message": "Provider returned error",
                "metadata": {"error_type": "provider_overloaded", "provider_name": "Together"},
            }
        },
        {},
        "openrouter",
        _O,
        None,
        id="openrouter-provider_overloaded",
    ),
    pytest.param(
        429,
        {
            "title": "Too Many Requests",
            "detail": "Request was throttled. Expected available in 8 seconds.",
            "status": 429,
        },
        {},
        "replicate",
        _R,
        8.0,
        id="replicate-drf-expected-available-in",
    ),
    pytest.param(
        429,
        {"error": {"message": "Rate limit reached"}},
        {"x-ratelimit-reset-requests": "1s", "x-ratelimit-reset-tokens": "6m0s"},
        "openai",
        _R,
        360.0,
        id="openai-reset-headers-on-a-rate-limit",
    ),
    pytest.param(
        500,
        {"error": {"message": "The server had an error while processing your request."}},
        {"x-ratelimit-reset-requests": "1s"},
        "openai",
        _G,
        None,
        id="reset-headers-ignored-on-a-500",
    ),
]


@pytest.mark.parametrize(("status", "body", "headers", "provider", "kind", "retry_after"), _BODIES)
def test_body(
    status: int,
    body: Any,
    headers: dict[str, str],
    provider: str | None,
    kind: Kind,
    retry_after: float | None,
) -> None:
    """Each documented body gets its kind, retryable, and the wait it asks for."""
    found = classify_response(status, body, headers, provider=provider)
    assert (found.kind, found.retryable, found.retry_after) == (kind, True, retry_after)


# (text as a client library prints it, status, kind)
_PRINTED_STATUS = [
    pytest.param("unexpected status code: 503", 503, _T, id="go-unexpected-status-code"),
    pytest.param(
        'POST "https://api.openai.com/v1/chat/completions": 429 Too Many Requests '
        '{"message":"Rate limit reached"}',
        429,
        _R,
        id="openai-go-status-line",
    ),
    pytest.param("Request failed with status code 429", 429, _R, id="axios-429"),
    pytest.param("Request failed with status code 529", 529, _O, id="axios-529"),
    pytest.param(
        "HTTP status client error (429 Too Many Requests) for url "
        "(https://api.openai.com/v1/chat/completions)",
        429,
        _R,
        id="reqwest-client-error",
    ),
    pytest.param(
        "HTTP status server error (529 <unknown status code>) for url "
        "(https://api.anthropic.com/v1/messages)",
        529,
        _O,
        id="reqwest-unknown-status-529",
    ),
    pytest.param("HTTP 503 Service Unavailable", 503, _T, id="java-jaxrs"),
    pytest.param(
        "503 Service Unavailable from POST https://api.openai.com/v1/chat/completions",
        503,
        _T,
        id="spring-webclient",
    ),
    pytest.param(
        "Response status code does not indicate success: 429 (Too Many Requests).",
        429,
        _R,
        id="dotnet-httpclient-429",
    ),
    pytest.param(
        "Response status code does not indicate success: 529 ().", 529, _O, id="dotnet-529"
    ),
    pytest.param(
        "429, message='Too Many Requests', url='https://api.openai.com/v1/chat/completions'",
        429,
        _R,
        id="aiohttp-clientresponseerror",
    ),
    pytest.param(
        "529, message='', url='https://api.anthropic.com/v1/messages'",
        529,
        _O,
        id="aiohttp-529",
    ),
    pytest.param(
        "429 Client Error: Too Many Requests for url: https://api.openai.com/v1/chat/completions",
        429,
        _R,
        id="requests-raise_for_status",
    ),
    pytest.param(
        "529 Server Error:  for url: https://api.anthropic.com/v1/messages",
        529,
        _O,
        id="requests-529-no-reason",
    ),
    pytest.param(
        "Server error '503 Service Unavailable' for url "
        "'https://api.openai.com/v1/chat/completions'\nFor more information check: "
        "https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503",
        503,
        _T,
        id="httpx-raise_for_status",
    ),
    pytest.param("HTTP Error 429: Too Many Requests", 429, _R, id="urllib-httperror"),
    pytest.param("429 status code (no body)", 429, _R, id="openai-node-no-body"),
    pytest.param(
        "Client error: `POST https://api.openai.com/v1/chat/completions` resulted in a "
        "`429 Too Many Requests` response:",
        429,
        _R,
        id="guzzle-client-error",
    ),
    pytest.param("the server responded with status 429", 429, _R, id="faraday"),
    pytest.param("curl: (22) The requested URL returned error: 429", 429, _R, id="curl-fail"),
    pytest.param(
        "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis"
        ".com/v1beta/models/gemini-pro:generateContent: [503 Service Unavailable] The model is "
        "overloaded. Please try again later.",
        503,
        _O,
        id="google-generative-ai-js-503",
    ),
]


@pytest.mark.parametrize(("text", "status", "kind"), _PRINTED_STATUS)
def test_printed_status(text: str, status: int, kind: Kind) -> None:
    """A status a client library printed is read as that status, and its kind follows."""
    found = classify(Exception(text))
    assert (found.status_code, found.kind, found.retryable) == (status, kind, True)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): "
            "Limit 500, Used 500, Requested 1. Please try again in 120ms.",
            id="openai-rpm-500-is-not-a-status",
        ),
        pytest.param(
            "Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): "
            "Limit 529, Used 529, Requested 1. Please try again in 120ms.",
            id="openai-rpm-529-is-not-overloaded",
        ),
        pytest.param(
            "Rate limit reached for gpt-3.5-turbo in organization org-x on tokens per min. "
            "Limit: 500.000000 / min. Current: 529.000000 / min.",
            id="openai-legacy-limit-current",
        ),
    ],
)
def test_rate_limit_numbers_are_not_statuses(text: str) -> None:
    """A rate limit's budget numbers (Limit, Used, Requested, Current) are not read as a status."""
    found = classify(Exception(text))
    assert (found.kind, found.status_code) == (_R, None)


# (text, provider, seconds)
_HINTS = [
    pytest.param(
        "429 RESOURCE_EXHAUSTED. {'error': {'code': 429, 'message': 'You exceeded your current "
        "quota, please check your plan and billing details. Please retry in 38.910563386s.', "
        "'status': 'RESOURCE_EXHAUSTED'}}",
        "google",
        38.910563386,
        id="gemini-please-retry-in",
    ),
    pytest.param(
        "Rate limit reached for gpt-4o on requests per min (RPM): Limit 500, Used 500, "
        "Requested 1. Please try again in 120ms.",
        None,
        0.12,
        id="openai-try-again-in-ms",
    ),
    pytest.param(
        "Rate limit reached for model `llama3-70b-8192` in organization `org_x` on tokens per "
        "minute (TPM): Limit 6000, Used 5900, Requested 200. Please try again in 1m26.4s.",
        None,
        86.4,
        id="groq-go-duration",
    ),
    pytest.param(
        "have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry "
        "after 6 seconds.",
        None,
        6.0,
        id="azure-please-retry-after",
    ),
    pytest.param(
        "Rate limit of 15 per 60s exceeded for UserByModelByMinute. Please wait 36 seconds "
        "before retrying.",
        None,
        36.0,
        id="github-models-please-wait",
    ),
    pytest.param(
        "Request was throttled. Expected available in 1 second.",
        None,
        1.0,
        id="drf-replicate-expected-available-singular",
    ),
    pytest.param(
        "Request was throttled. Expected available in 59 seconds.",
        None,
        59.0,
        id="drf-replicate-expected-available-plural",
    ),
    pytest.param(
        "Request was throttled. Your rate limit resets in ~30s.",
        None,
        30.0,
        id="replicate-resets-in-approximately",
    ),
    pytest.param(
        "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for quota metric "
        "'Generate Content API requests per minute'. [violations {\n  quota_id: "
        '"GenerateRequestsPerMinutePerProjectPerModel"\n}\n, retry_delay {\n  seconds: 38\n}\n]',
        "google",
        38.0,
        id="api-core-grpc-retryinfo-proto-text",
    ),
    pytest.param(
        "429 Resource has been exhausted (e.g. check quota). [retry_delay {\n  seconds: 2\n  "
        "nanos: 500000000\n}\n]",
        "google",
        2.5,
        id="api-core-grpc-retryinfo-seconds-and-nanos",
    ),
    pytest.param(
        "You have exhausted your capacity on this model. Your quota will reset after 45s.",
        "google",
        45.0,
        id="gemini-code-assist-quota-will-reset-after",
    ),
    pytest.param(
        "No deployments available for selected model, Try again in 60 seconds. Passed model=gpt-4.",
        None,
        60.0,
        id="litellm-router-try-again-in",
    ),
]


@pytest.mark.parametrize(("text", "provider", "seconds"), _HINTS)
def test_retry_hint_in_text(text: str, provider: str | None, seconds: float) -> None:
    """A wait written in a rate limit's message becomes retry_after."""
    found = classify(Exception(text), provider=provider)
    assert (found.kind, found.retry_after) == (_R, pytest.approx(seconds))


_NOW = 1_764_620_000.0  # 2025-12-01T20:13:20Z


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param({"x-ratelimit-reset": "1764620030"}, 30.0, id="cohere-unix-seconds"),
        pytest.param(
            {"x-ratelimit-reset": "1764620030500"}, 30.5, id="openrouter-unix-milliseconds"
        ),
        pytest.param({"x-ratelimit-reset": "1754667660000"}, None, id="unix-time-in-the-past"),
        pytest.param(
            {"anthropic-ratelimit-tokens-reset": "2025-12-01T20:13:40Z"},
            20.0,
            id="anthropic-rfc3339-reset",
        ),
        pytest.param(
            {"anthropic-ratelimit-tokens-reset": "2025-12-01T20:13:40"},
            None,
            id="reset-time-without-zone-ignored",
        ),
        pytest.param({"ratelimit": '"api";r=0;t=55'}, 55.0, id="ietf-ratelimit-exhausted"),
        pytest.param({"ratelimit": '"api";r=4;t=55'}, None, id="ietf-ratelimit-quota-left"),
        pytest.param(
            {"x-ratelimit-reset-tokens-minute": "11.382867"}, 11.382867, id="cerebras-seconds"
        ),
    ],
)
def test_reset_headers(headers: dict[str, str], expected: float | None) -> None:
    """Reset headers in every documented form give the wait until the window resets."""
    assert reset_wait(headers, now=lambda: _NOW) == expected
    assert retry_after_from(headers, None, "", now=lambda: _NOW) == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        pytest.param(
            {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "43200"}, 43200.0, id="spent"
        ),
        pytest.param({"x-ratelimit-remaining": "3", "x-ratelimit-reset": "43200"}, None, id="room"),
        pytest.param({"x-ratelimit-reset": "43200"}, None, id="no-remaining-header"),
        pytest.param(
            {
                "x-ratelimit-remaining-tokens": "0",
                "x-ratelimit-reset-tokens": "6s",
                "x-ratelimit-remaining-requests": "10",
                "x-ratelimit-reset-requests": "20h",
            },
            6.0,
            id="openai-spent-window-only",
        ),
        pytest.param(
            {
                "anthropic-ratelimit-tokens-remaining": "0",
                "anthropic-ratelimit-tokens-reset": "2025-12-01T20:13:40Z",
            },
            20.0,
            id="anthropic-spent-bucket",
        ),
        pytest.param({"ratelimit": '"api";r=0;t=55'}, 55.0, id="ietf-field-says-r-itself"),
    ],
)
def test_spent_window_wait(headers: dict[str, str], expected: float | None) -> None:
    """Only a window with nothing left counts towards "this limit lifts hours from now"."""
    assert spent_window_wait(headers, now=lambda: _NOW) == expected
