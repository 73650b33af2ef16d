"""Exception classes that name their failure, read from the libraries' own sources.

Each row builds a class of that name in that module (chaterror recognises classes by name and
module, never by import) and raises it with the message the library writes, so the row holds in
every test environment, whether the library is installed or not.
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify, classify_response

_PA = "pydantic_ai.exceptions"
_LC = "langchain_core.exceptions"

# (class name, module, message, status attribute or None, kind, retryable)
_ROWS = [
    # pydantic_ai/exceptions.py 2.68: the categories its adapters raise from the provider's
    # error. A quota named on a 429 is a hard cap; overload on a 503 is capacity.
    (
        "ModelQuotaExceededError",
        _PA,
        "status_code: 429, model_name: m, body: None",
        429,
        Kind.USAGE_LIMIT,
        False,
    ),
    (
        "ModelRateLimitError",
        _PA,
        "status_code: 429, model_name: m, body: None",
        429,
        Kind.RATE_LIMIT,
        True,
    ),
    (
        "ModelOverloadedError",
        _PA,
        "status_code: 503, model_name: m, body: None",
        503,
        Kind.OVERLOADED,
        True,
    ),
    (
        "ModelContextWindowExceededError",
        _PA,
        "status_code: 400, model_name: m, body: None",
        400,
        Kind.CONTEXT_LENGTH,
        False,
    ),
    (
        "ModelAuthenticationError",
        _PA,
        "status_code: 403, model_name: m, body: None",
        403,
        Kind.AUTH,
        False,
    ),
    (
        "ModelNotFoundError",
        _PA,
        "status_code: 404, model_name: m, body: None",
        404,
        Kind.CONFIG,
        False,
    ),
    (
        "ModelRequestRejectedError",
        _PA,
        "status_code: 422, model_name: m, body: None",
        422,
        Kind.CONFIG,
        False,
    ),
    ("ModelTimeoutError", _PA, "m", None, Kind.TIMEOUT, True),
    ("ModelConnectionError", _PA, "m", None, Kind.TIMEOUT, True),
    (
        "ModelRequestTimeout",
        _PA,
        "Request to model 'm' timed out after 30 seconds",
        None,
        Kind.TIMEOUT,
        True,
    ),
    # first_event_timeout: a stream that produced nothing in time.
    (
        "ModelRequestTimeout",
        _PA,
        "Request to model 'm' timed out after 30 seconds without producing any output",
        None,
        Kind.STARTUP_TIMEOUT,
        True,
    ),
    # pydantic_ai/usage.py: the run's own caps; concurrency.py: its queue full.
    (
        "UsageLimitExceeded",
        _PA,
        "The next request would exceed the request_limit of 50",
        None,
        Kind.USAGE_LIMIT,
        False,
    ),
    (
        "ConcurrencyLimitExceeded",
        _PA,
        "Concurrency queue depth (11) exceeds max_queued (10)",
        None,
        Kind.OVERLOADED,
        True,
    ),
    ("ContentFilterError", _PA, "Content filter triggered", None, Kind.CONTENT_FILTER, False),
    (
        "OutputTokenLimitExceeded",
        _PA,
        "Model token limit (4096) exceeded before any response was generated. Increase the "
        "`max_tokens` model setting, or simplify the prompt to result in a shorter response that "
        "will fit within the limit.",
        None,
        Kind.CONFIG,
        False,
    ),
    # langchain_core/exceptions.py 1.7.5.
    ("ModelPermissionDeniedError", _LC, "forbidden", 403, Kind.AUTH, False),
    ("ModelInvalidRequestError", _LC, "bad", 400, Kind.CONFIG, False),
    (
        "ModelRefusalError",
        _LC,
        "Model refused to produce the requested output",
        None,
        Kind.CONTENT_FILTER,
        False,
    ),
    # agents/exceptions.py (OpenAI Agents SDK).
    (
        "ModelRefusalError",
        "agents.exceptions",
        "Model refused to produce output: I can't.",
        None,
        Kind.CONTENT_FILTER,
        False,
    ),
    (
        "ModelTimeoutError",
        "agents.exceptions",
        "Model call timed out after 60 seconds.",
        None,
        Kind.TIMEOUT,
        True,
    ),
    # litellm/exceptions.py: its guardrails' refusals.
    (
        "BlockedPiiEntityError",
        "litellm.exceptions",
        "Blocked entity detected: EMAIL_ADDRESS by Guardrail: presidio. This entity is not allowed "
        "to be used in this request.",
        400,
        Kind.CONTENT_FILTER,
        False,
    ),
    (
        "RejectedRequestError",
        "litellm.exceptions",
        "litellm.RejectedRequestError: rejected",
        400,
        Kind.CONTENT_FILTER,
        False,
    ),
    # openai/_exceptions.py LengthFinishReasonError.
    (
        "LengthFinishReasonError",
        "openai._exceptions",
        "Could not parse response content as the length limit was reached - "
        "CompletionUsage(completion_tokens=16384, prompt_tokens=90, total_tokens=16474)",
        None,
        Kind.CONFIG,
        False,
    ),
    # anthropic/_exceptions.py: the organization's file storage quota, a 400.
    (
        "StorageQuotaExceededError",
        "anthropic._exceptions",
        "storage quota",
        400,
        Kind.USAGE_LIMIT,
        False,
    ),
    ("CredentialsError", "anthropic._exceptions", "no credentials found", None, Kind.AUTH, False),
    # botocore/exceptions.py.
    (
        "CredentialRetrievalError",
        "botocore.exceptions",
        "Error when retrieving credentials from container-role: Error retrieving metadata",
        None,
        Kind.AUTH,
        False,
    ),
    (
        "NoAuthTokenError",
        "botocore.exceptions",
        "Unable to locate authorization token",
        None,
        Kind.AUTH,
        False,
    ),
    # huggingface_hub/errors.py, aiohttp, google-genai, realtime sockets, Modal.
    (
        "InferenceTimeoutError",
        "huggingface_hub.errors",
        "Model not loaded on the server",
        None,
        Kind.TIMEOUT,
        True,
    ),
    (
        "InferenceEndpointTimeoutError",
        "huggingface_hub.errors",
        "waited 300s",
        None,
        Kind.TIMEOUT,
        True,
    ),
    (
        "ClientConnectionResetError",
        "aiohttp.client_exceptions",
        "Cannot write to closing transport",
        None,
        Kind.TIMEOUT,
        True,
    ),
    (
        "ContentLengthError",
        "aiohttp.http_exceptions",
        "400, message:\n  Not enough data to satisfy content length header.",
        None,
        Kind.TIMEOUT,
        True,
    ),
    ("ContinuationTimeoutError", "google.genai.errors", "ran out", None, Kind.TIMEOUT, True),
    (
        "WebSocketConnectionClosedError",
        "openai._exceptions",
        "closed with 2 unsent messages",
        None,
        Kind.TIMEOUT,
        True,
    ),
    (
        "FunctionTimeoutError",
        "modal.exception",
        "Task's current input hit its timeout of 300s",
        None,
        Kind.TIMEOUT,
        True,
    ),
]


@pytest.mark.parametrize(
    ("name", "module", "message", "status", "kind", "retryable"),
    [pytest.param(*row, id=f"{row[0]}-{i}") for i, row in enumerate(_ROWS)],
)
def test_named_class_decides(
    name: str, module: str, message: str, status: int | None, kind: Kind, retryable: bool
) -> None:
    """The class name, with its library's own message, gives the failure's kind."""
    attrs: dict[str, Any] = {"__module__": module}
    cls = type(name, (Exception,), attrs)
    exc = cls(message)
    if status is not None:
        exc.status_code = status
    found = classify(exc)
    assert (found.kind, found.retryable) == (kind, retryable)


def test_category_is_a_hint_the_body_overrides() -> None:
    """pydantic-ai's category loses to the provider's own code: a 429 it filed as a rate limit
    whose body says insufficient_quota is a spent quota."""
    cls = type("ModelRateLimitError", (Exception,), {"__module__": _PA})
    exc = cls("status_code: 429")
    exc.status_code = 429
    exc.body = {
        "error": {"message": "You exceeded your current quota.", "code": "insufficient_quota"}
    }
    assert classify(exc).kind is Kind.USAGE_LIMIT


@pytest.mark.parametrize(("provider", "kind"), [("cohere", Kind.AUTH), ("groq", Kind.OVERLOADED)])
def test_status_498_means_what_its_provider_says(provider: str, kind: Kind) -> None:
    """Cohere's SDK raises InvalidTokenError for a 498; Groq's 498 is its flex tier at
    capacity. The number counts in the provider's own sense."""
    assert classify_response(498, {"message": "x"}, provider=provider).kind is kind


_REDACTED = (
    "This app has encountered an error. The original error message is redacted to prevent data "
    "leaks. Full error details have been recorded in the logs."
)


@pytest.mark.parametrize(
    ("name", "kind", "retryable"),
    [
        ("RateLimitError", Kind.RATE_LIMIT, True),
        ("AuthenticationError", Kind.AUTH, False),
        ("NotFoundError", Kind.CONFIG, False),
        ("InternalServerError", Kind.GENERIC, True),
        ("OverloadedError", Kind.OVERLOADED, True),
        # anthropic/_exceptions.py's newer per-status classes, LiteLLM's BadGatewayError.
        ("PaymentRequiredError", Kind.USAGE_LIMIT, False),
        ("RequestTimeoutError", Kind.TIMEOUT, True),
        ("ContentTooLargeError", Kind.CONTEXT_LENGTH, False),
        ("HTTPNotImplementedError", Kind.CONFIG, False),
        ("BadGatewayError", Kind.TIMEOUT, True),
        ("GatewayTimeoutError", Kind.TIMEOUT, True),
        ("DeadlineExceededError", Kind.TIMEOUT, True),
    ],
)
def test_status_class_stands_for_a_lost_status(name: str, kind: Kind, retryable: bool) -> None:
    """A message a host redacted (Streamlit Cloud) leaves the openai-style class, raised for
    one status: it stands for that status."""
    cls = type(name, (Exception,), {"__module__": "openai.error"})
    found = classify(cls(_REDACTED))
    assert (found.kind, found.retryable, found.status_code) == (kind, retryable, None)


def test_status_class_yields_to_the_status_it_carries() -> None:
    """The class counts only when the status is lost: a RateLimitError holding a 503 (a
    wrapper's mapping) is read by its status."""
    cls = type("RateLimitError", (Exception,), {"__module__": "somewrapper"})
    exc = cls(_REDACTED)
    exc.status_code = 503
    assert classify(exc).kind is Kind.TIMEOUT
