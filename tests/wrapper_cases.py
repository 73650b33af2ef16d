"""The standard set of failures, in each provider's own wire format, for the wrapper-library
end-to-end tests (``test_e2e_wrappers.py``).

Each format maps a case name to what the loopback server answers and what chaterror must report.
Bodies follow each provider's documented error shape (OpenAI "Error codes", Anthropic "Errors",
Gemini "Troubleshooting", Mistral and Cohere API references, Ollama ``api.md``), with messages as
the providers word them; ``src/chaterror/testing/cases/corpus`` holds the recorded originals.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

#: Cases every stack runs; ``stream`` only where the library streams, the others where the
#: provider has the failure (no content filter on Mistral or Ollama).
STANDARD = (
    "rate_limit",
    "quota",
    "unauthorized",
    "forbidden",
    "unknown_model",
    "context_overflow",
    "content_filter",
    "overloaded",
    "server_error",
    "stream_error",
    "refused",
    "read_timeout",
)


@dataclass(frozen=True)
class Case:
    """One failure: the reply (status, headers, body or stream chunks) and the expected fields."""

    status: int
    body: Any
    expect: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    #: SSE or JSON-lines chunks sent with a 200 (an error inside a stream).
    chunks: tuple[bytes, ...] = ()


def _j(value: Any) -> bytes:
    return json.dumps(value).encode()


RETRY_7 = {"retry-after": "7"}
TRANSPORT = {"kind": "timeout", "retryable": True, "status_code": None}


def _expect(
    kind: str, retryable: bool, status: int | None, code: str | None, **more: Any
) -> dict[str, Any]:
    return {"kind": kind, "retryable": retryable, "status_code": status, "code": code, **more}


def _openai_error(
    message: str, type_: str | None, code: str | None, param: str | None = None
) -> bytes:
    return _j({"error": {"message": message, "type": type_, "param": param, "code": code}})


_OPENAI_CHUNK = {
    "id": "c",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [
        {"index": 0, "delta": {"role": "assistant", "content": "Hel"}, "finish_reason": None}
    ],
}

OPENAI: dict[str, Case] = {
    "rate_limit": Case(
        429,
        _openai_error(
            "Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 3, Used 3, Requested 1.",
            "requests",
            "rate_limit_exceeded",
        ),
        _expect("rate_limit", True, 429, "rate_limit_exceeded", retry_after=7.0),
        RETRY_7,
    ),
    "quota": Case(
        429,
        _openai_error(
            "You exceeded your current quota, please check your plan and billing details.",
            "insufficient_quota",
            "insufficient_quota",
        ),
        _expect("usage_limit", False, 429, "insufficient_quota"),
    ),
    "unauthorized": Case(
        401,
        _openai_error(
            "Incorrect API key provided: sk-test***0000.",
            "invalid_request_error",
            "invalid_api_key",
        ),
        _expect("auth", False, 401, "invalid_api_key"),
    ),
    "forbidden": Case(
        403,
        _openai_error(
            "You are not allowed to sample from this model", "invalid_request_error", None
        ),
        _expect("auth", False, 403, "invalid_request_error"),
    ),
    "unknown_model": Case(
        404,
        _openai_error(
            "The model `gpt-9` does not exist or you do not have access to it.",
            "invalid_request_error",
            "model_not_found",
        ),
        _expect("config", False, 404, "model_not_found"),
    ),
    "context_overflow": Case(
        400,
        _openai_error(
            "This model's maximum context length is 8192 tokens. However, your messages resulted in 9000 tokens.",
            "invalid_request_error",
            "context_length_exceeded",
            "messages",
        ),
        _expect("context_length", False, 400, "context_length_exceeded"),
    ),
    "content_filter": Case(
        400,
        _openai_error(
            "Invalid prompt: your prompt was flagged as potentially violating our usage policy.",
            "invalid_request_error",
            "invalid_prompt",
        ),
        _expect("content_filter", False, 400, "invalid_prompt"),
    ),
    "overloaded": Case(
        503,
        _openai_error(
            "The engine is currently overloaded, please try again later.", "server_error", None
        ),
        _expect("overloaded", True, 503, "server_error"),
    ),
    "server_error": Case(
        500,
        _openai_error(
            "The server had an error while processing your request. Sorry about that!",
            "server_error",
            None,
        ),
        _expect("generic", True, 500, "server_error"),
    ),
    "stream_error": Case(
        200,
        None,
        _expect("generic", True, None, "server_error"),
        {"content-type": "text/event-stream"},
        (
            f"data: {json.dumps(_OPENAI_CHUNK)}\n\n".encode(),
            b'data: {"error": {"message": "The server had an error while processing your request.", "type": "server_error"}}\n\n',
        ),
    ),
}

#: Groq: OpenAI's format; capacity is a 503 "over capacity" (console.groq.com/docs/errors).
GROQ: dict[str, Case] = {
    **OPENAI,
    "overloaded": Case(
        503,
        _openai_error(
            "llama-3.3-70b-versatile is currently over capacity. Please try again and back off exponentially.",
            "internal_server_error",
            "service_unavailable",
        ),
        _expect("overloaded", True, 503, "service_unavailable"),
    ),
}
del GROQ["content_filter"]


def _anthropic_error(type_: str, message: str) -> bytes:
    return _j(
        {"type": "error", "error": {"type": type_, "message": message}, "request_id": "req_011"}
    )


ANTHROPIC: dict[str, Case] = {
    "rate_limit": Case(
        429,
        _anthropic_error(
            "rate_limit_error",
            "This request would exceed the rate limit for your organization of 50 input tokens per minute.",
        ),
        _expect("rate_limit", True, 429, "rate_limit_error", retry_after=7.0),
        RETRY_7,
    ),
    "quota": Case(
        400,
        _anthropic_error(
            "invalid_request_error",
            "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.",
        ),
        _expect("usage_limit", False, 400, "invalid_request_error"),
    ),
    "unauthorized": Case(
        401,
        _anthropic_error("authentication_error", "invalid x-api-key"),
        _expect("auth", False, 401, "authentication_error"),
    ),
    "forbidden": Case(
        403,
        _anthropic_error(
            "permission_error",
            "Your API key does not have permission to use the specified resource.",
        ),
        _expect("auth", False, 403, "permission_error"),
    ),
    "unknown_model": Case(
        404,
        _anthropic_error("not_found_error", "model: claude-9"),
        _expect("config", False, 404, "not_found_error"),
    ),
    "context_overflow": Case(
        400,
        _anthropic_error(
            "invalid_request_error", "prompt is too long: 210000 tokens > 200000 maximum"
        ),
        _expect("context_length", False, 400, "invalid_request_error"),
    ),
    "content_filter": Case(
        400,
        _anthropic_error("invalid_request_error", "Output blocked by content filtering policy"),
        _expect("content_filter", False, 400, "invalid_request_error"),
    ),
    "overloaded": Case(
        529,
        _anthropic_error("overloaded_error", "Overloaded"),
        _expect("overloaded", True, 529, "overloaded_error"),
    ),
    "server_error": Case(
        500,
        _anthropic_error("api_error", "Internal server error"),
        _expect("generic", True, 500, "api_error"),
    ),
    "stream_error": Case(
        200,
        None,
        _expect("overloaded", True, None, "overloaded_error"),
        {"content-type": "text/event-stream"},
        (
            b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
            b'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n',
            b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n',
            b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
        ),
    ),
}


def _google_error(code: int, status: str, message: str, *details: dict[str, Any]) -> bytes:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = list(details)
    return _j({"error": error})


_RETRY_INFO = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "7s"}

GEMINI: dict[str, Case] = {
    "rate_limit": Case(
        429,
        _google_error(
            429,
            "RESOURCE_EXHAUSTED",
            "Resource has been exhausted (e.g. check quota).",
            _RETRY_INFO,
        ),
        _expect("rate_limit", True, 429, "RESOURCE_EXHAUSTED", retry_after=7.0),
    ),
    "quota": Case(
        429,
        _google_error(
            429,
            "RESOURCE_EXHAUSTED",
            "You exceeded your current quota, please check your plan and billing details.",
            {
                "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                "violations": [
                    {
                        "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                        "quotaId": "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
                    }
                ],
            },
        ),
        _expect("usage_limit", False, 429, "RESOURCE_EXHAUSTED"),
    ),
    "unauthorized": Case(
        401,
        _google_error(
            401,
            "UNAUTHENTICATED",
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        ),
        _expect("auth", False, 401, "UNAUTHENTICATED"),
    ),
    "forbidden": Case(
        403,
        _google_error(
            403,
            "PERMISSION_DENIED",
            "Permission denied on resource project my-project.",
        ),
        _expect("auth", False, 403, "PERMISSION_DENIED"),
    ),
    "unknown_model": Case(
        404,
        _google_error(
            404,
            "NOT_FOUND",
            "models/gemini-9 is not found for API version v1beta, or is not supported for generateContent.",
        ),
        _expect("config", False, 404, "NOT_FOUND"),
    ),
    "context_overflow": Case(
        400,
        _google_error(
            400,
            "INVALID_ARGUMENT",
            "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).",
        ),
        _expect("context_length", False, 400, "INVALID_ARGUMENT"),
    ),
    "overloaded": Case(
        503,
        _google_error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        _expect("overloaded", True, 503, "UNAVAILABLE"),
    ),
    "server_error": Case(
        500,
        _google_error(
            500,
            "INTERNAL",
            "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
        ),
        _expect("generic", True, 500, "INTERNAL"),
    ),
    "stream_error": Case(
        200,
        None,
        _expect("overloaded", True, 503, "UNAVAILABLE"),
        {"content-type": "text/event-stream"},
        (
            b'data: {"candidates": [{"content": {"parts": [{"text": "Hi"}], "role": "model"}, "index": 0}]}\n\n',
            b'data: {"error": {"code": 503, "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}}\n\n',
        ),
    ),
}


def _mistral_error(message: str, type_: str, code: str | None) -> bytes:
    return _j({"object": "error", "message": message, "type": type_, "param": None, "code": code})


MISTRAL: dict[str, Case] = {
    "rate_limit": Case(
        429,
        _mistral_error("Requests rate limit exceeded", "rate_limited", "1300"),
        _expect("rate_limit", True, 429, "rate_limited", retry_after=7.0),
        RETRY_7,
    ),
    "quota": Case(
        429,
        _mistral_error(
            "You have reached your monthly usage limit. Upgrade your plan to continue.",
            "usage_limit_exceeded",
            "3501",
        ),
        _expect("usage_limit", False, 429, "usage_limit_exceeded"),
    ),
    "unauthorized": Case(
        401,
        _j({"message": "Unauthorized", "request_id": "7d1c0e6ad1a84a7b"}),
        _expect("auth", False, 401, None),
    ),
    "forbidden": Case(
        403,
        _j({"message": "Forbidden", "request_id": "7d1c0e6ad1a84a7c"}),
        _expect("auth", False, 403, None),
    ),
    "unknown_model": Case(
        400,
        _mistral_error("Invalid model: mistral-9", "invalid_model", "1500"),
        _expect("config", False, 400, "invalid_model"),
    ),
    "context_overflow": Case(
        400,
        _mistral_error(
            "Prompt contains 40000 tokens and 0 draft tokens, too large for model with 32768 maximum context length",
            "invalid_request_prompt",
            "3051",
        ),
        _expect("context_length", False, 400, "invalid_request_prompt"),
    ),
    "overloaded": Case(
        429,
        _mistral_error(
            "Service tier capacity exceeded for this model.",
            "service_tier_capacity_exceeded",
            "3505",
        ),
        _expect("overloaded", True, 429, "service_tier_capacity_exceeded"),
    ),
    "server_error": Case(
        500,
        _mistral_error("Internal server error", "internal_server_error", "1000"),
        _expect("generic", True, 500, "internal_server_error"),
    ),
    # The error event Mistral sends inside a 200 stream (the ResponseValidationError).
    "stream_error": Case(
        200,
        None,
        _expect("overloaded", True, None, "service_tier_capacity_exceeded"),
        {"content-type": "text/event-stream"},
        (
            b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"mistral-small-latest","choices":[{"index":0,"delta":{"role":"assistant","content":"Hel"},"finish_reason":null}]}\n\n',
            b'data: {"object":"error","message":"Service tier capacity exceeded for this model.","type":"service_tier_capacity_exceeded","param":null,"code":"3505"}\n\n',
        ),
    ),
}


COHERE: dict[str, Case] = {
    "rate_limit": Case(
        429,
        _j(
            {
                "id": "c1",
                "message": "You are using a Trial key, which is limited to 10 API calls / minute. You can continue to use the Trial key for free or upgrade to a Production key with higher rate limits.",
            }
        ),
        _expect("rate_limit", True, 429, None, retry_after=7.0),
        RETRY_7,
    ),
    "quota": Case(
        402,
        _j(
            {
                "id": "c2",
                "message": "Please add a payment method to your account to continue using the API.",
            }
        ),
        _expect("usage_limit", False, 402, None),
    ),
    "unauthorized": Case(
        401,
        _j({"id": "c3", "message": "invalid api token"}),
        _expect("auth", False, 401, None),
    ),
    "forbidden": Case(
        403,
        _j({"id": "c4", "message": "You do not have access to this model."}),
        _expect("auth", False, 403, None),
    ),
    "unknown_model": Case(
        404,
        _j(
            {
                "id": "c5",
                "message": "model 'command-9' not found, make sure the correct model ID was used and that you have access to the model.",
            }
        ),
        _expect("config", False, 404, None),
    ),
    "context_overflow": Case(
        400,
        _j(
            {
                "id": "c6",
                "message": "too many tokens: total number of tokens in the prompt cannot exceed 4081 - received 5000. Try using a shorter prompt, or enabling prompt truncating. See https://docs.cohere.com/reference/chat for more info.",
            }
        ),
        _expect("context_length", False, 400, None),
    ),
    "content_filter": Case(
        400,
        _j(
            {
                "id": "c7",
                "message": "blocked output: please adjust your prompt and try again, as this request may be against our usage guidelines",
            }
        ),
        _expect("content_filter", False, 400, None),
    ),
    "overloaded": Case(
        503,
        _j({"id": "c8", "message": "The model is overloaded, please try again later."}),
        _expect("overloaded", True, 503, None),
    ),
    "server_error": Case(
        500,
        _j(
            {
                "id": "c9",
                "message": "internal server error, this has been reported to our developers",
            }
        ),
        _expect("generic", True, 500, None),
    ),
}


def _ollama_error(message: str) -> bytes:
    return _j({"error": message})


OLLAMA: dict[str, Case] = {
    "rate_limit": Case(
        429,
        _ollama_error("too many requests, please slow down"),
        _expect("rate_limit", True, 429, None, retry_after=7.0),
        RETRY_7,
    ),
    "quota": Case(
        429,
        _ollama_error(
            "you (alice) have reached your weekly usage limit, upgrade for higher limits"
        ),
        _expect("usage_limit", False, 429, None),
    ),
    "unauthorized": Case(401, _ollama_error("unauthorized"), _expect("auth", False, 401, None)),
    "forbidden": Case(403, _ollama_error("forbidden"), _expect("auth", False, 403, None)),
    "unknown_model": Case(
        404,
        _ollama_error('model "llama9" not found, try pulling it first'),
        _expect("config", False, 404, None),
    ),
    "context_overflow": Case(
        400,
        _ollama_error("the input length exceeds the context length"),
        _expect("context_length", False, 400, None),
    ),
    "overloaded": Case(
        503,
        _ollama_error("server busy, please try again.  maximum pending requests exceeded"),
        _expect("overloaded", True, 503, None),
    ),
    "server_error": Case(
        500,
        _ollama_error("llama runner process has terminated: exit status 2"),
        _expect("generic", True, 500, None),
    ),
    "stream_error": Case(
        200,
        None,
        _expect("timeout", True, None, None),
        {"content-type": "application/x-ndjson"},
        (
            b'{"model":"llama3","created_at":"2026-12-01T00:00:00Z","message":{"role":"assistant","content":"Hi"},"done":false}\n',
            b'{"error":"an error was encountered while running the model: unexpected EOF"}\n',
        ),
    ),
}
