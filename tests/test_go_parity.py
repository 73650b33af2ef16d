"""Parity with the Go original's own test table (``tests/fixtures/go``), one test per Go test.

Every row either agrees with chaterror, or is a deliberate difference pinned in
:data:`DIFFERENCES` (the test asserts the difference still exists, so a pin cannot go stale), or is
a gap in chaterror's vocabulary listed in :data:`GAPS` and marked ``xfail(strict=True)`` (fixing
the code turns it into a failure until the row leaves ``GAPS``).

How a Go expectation reads in Python: ``stream_silence_timeout`` is ``startup_timeout``; a zero
``status_code``, an empty ``provider`` or ``detail`` and a zero ``retry_after_ms`` are ``None``;
``retry_after_ms`` is ``retry_after`` in seconds. Messages are compared on their first sentence,
what happened: the design rewrites the advice that follows (ours name what the user can do);
where even the first sentence differs, the row pins our message.

How a Go input reads in Python: a plain string error is its text, classified both as ``str`` and
as ``Exception``; a Go sentinel (``io.EOF``, ``context.Canceled``, ``context.DeadlineExceeded``)
is its text; ``fmt.Errorf("…: %w", inner)`` is an exception raised ``from`` the inner one;
``errors.Join`` is an exception group whose text is Go's; a typed Go error with no Python
counterpart (HTTP/2 ``StreamError``, ``url.Error``) is its text; ``fantasy.ProviderError`` is an
exception shaped like an SDK's status error (``status_code``, ``headers``, ``body``, the body
being what follows the blank line of Go's response dump); a pre-classified wrapper is
:func:`chaterror.with_classification`.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

import chaterror
from chaterror import ChatError, Kind, RetryPolicy, classify, with_classification
from chaterror.providers import provider_from_text
from chaterror.signals import status_in_text

if sys.version_info < (3, 11):  # pragma: no cover - the backport pytest already installs
    from exceptiongroup import ExceptionGroup

FIXTURE = Path(__file__).parent / "fixtures" / "go" / "go_test_rows.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()
]

# --- What the design changes on purpose ------------------------------------------------------

_CONTEXT = "context overflow is context_length, not config (CONTRACT §2)"
_CODER_KIND = "Coder-specific kind {kind} does not exist here; the decoder reads it as generic"
_DISABLED = (
    "Coder-specific kind provider_disabled does not exist here; the text is classified on its own"
)
_MESSAGE = "messages differ by design: ours name what the user can do, never the input"
_DETAIL = "detail is kept for every error (CONTRACT §1); Go drops it for some kinds"
_DETAIL_TEXT = "detail is the error's own text when there is no body (CONTRACT §1)"
_DIAGNOSTIC = "detail is the provider's own explanation (CONTRACT §1), not a Coder diagnostic label"
_REDACT = (
    "secrets are masked in place and the rest of the URL stays (CONTRACT §6); Go cuts userinfo,"
    " query and fragment, even the placeholder test_token=test-value §6 does not list"
)
_REJECTED = (
    "a 400 the provider rejects with no other evidence is config (docs/kinds.md: the last-resort"
    " tier); Go leaves it generic"
)
_CONTINUITY = (
    "'was provided without its required' item is config evidence here; Go calls the Responses"
    " continuity failure generic"
)
_QUOTA = (
    "a bare 'quota' is a rate-limit hint: Google's per-minute 429s say 'check quota'"
    " (docs/kinds.md)"
)

_STARTUP = "{who} did not start responding in time. Try again in a moment."
_ANTHROPIC_DOWN = "Anthropic is temporarily unavailable."
_FILTERED = "Anthropic's safety system blocked this request. Rephrase the message and try again."
_CONFIG = (
    "The AI provider rejected the model configuration."
    " Check the selected model and provider settings."
)

#: Go test name -> why chaterror deliberately differs (each has an entry in :data:`PINNED`).
DIFFERENCES: dict[str, str] = {
    "TestClassify/AnthropicMissingMessageStop": f"{_DETAIL}; {_MESSAGE}",
    "TestClassify/OpenAIResponsesMissingTerminalEvent": f"{_DETAIL}; {_MESSAGE}",
    "TestClassify/AuthBeatsConfig": _DETAIL,
    "TestClassify/BareForbiddenClassifiesAsAuth": _DETAIL,
    "TestClassify/ExplicitStatus401ClassifiesAsAuth": _DETAIL,
    "TestClassify/ExplicitStatus403ClassifiesAsAuth": _DETAIL,
    "TestClassify/ForbiddenContextLengthClassifiesAsConfig": _CONTEXT,
    "TestClassify/BareContextCanceledStaysNonRetryable": f"{_DETAIL}; {_MESSAGE}",
    "TestClassify/ProviderStatus500ContextCanceledClassifiesAsRetryable": _DETAIL_TEXT,
    "TestClassify/ProviderDisabled503ClassifiesAsProviderDisabled": _DISABLED,
    "TestClassify/ProviderDisabled503UnknownProvider": _DISABLED,
    "TestClassify/ProviderDisabledPlainErrorString": _DISABLED,
    "TestClassify/ProviderDisabledBeatsTimeout503": _DISABLED,
    "TestClassify_OpenAIResponsesAPIDiagnostics/FunctionCallOutputMissing/BareString": (
        f"{_DIAGNOSTIC}; {_MESSAGE}"
    ),
    "TestClassify_OpenAIResponsesAPIDiagnostics/FunctionCallOutputMissing/WrappedProviderError": (
        f"{_REJECTED}; {_DIAGNOSTIC}; {_MESSAGE}"
    ),
    "TestClassify_OpenAIResponsesAPIDiagnostics/WebSearchReasoningMissing/BareString": (
        f"{_CONTINUITY}; {_DIAGNOSTIC}; {_MESSAGE}"
    ),
    "TestClassify_OpenAIResponsesAPIDiagnostics/WebSearchReasoningMissing/WrappedProviderError": (
        f"{_CONTINUITY}; {_DIAGNOSTIC}; {_MESSAGE}"
    ),
    "TestClassify_PatternCoverage/QuotaLiteral": _QUOTA,
    "TestClassify_PatternCoverage/ContextLengthExceededLiteral": _CONTEXT,
    "TestClassify_PatternCoverage/MaximumContextLengthLiteral": _CONTEXT,
    "TestClassify_PatternCoverage/ContextExceededLiteral": _CONTEXT,
    "TestClassify_PatternCoverage/ProviderDisabledLiteral": _DISABLED,
    "TestClassify_StatusCodeBeatsTypedHTTP2StreamError": _DETAIL,
    "TestClassify_StreamSilenceTimeoutWrappedClassificationWins": _MESSAGE,
    "TestClassify_UsesStructuredProviderDetailFromResponseDump": f"{_REJECTED}; {_MESSAGE}",
    "TestClassify_UnwrapsBedrockTransportWrapper": (
        f"{_REJECTED}, its catch-all api_error type under a 400 no server failure; {_MESSAGE}"
    ),
    "TestClassify_MissingKeyPreClassified": _CODER_KIND.format(kind="missing_key"),
    "TestTerminalMessage/StreamSilenceTimeout_Anthropic": _MESSAGE,
    "TestTerminalMessage/StreamSilenceTimeout_OpenAI": _MESSAGE,
    "TestTerminalMessage/MissingKey": _CODER_KIND.format(kind="missing_key"),
    "TestStreamRetryPayloadPreservesRetryableMessage": _MESSAGE,
    "TestFormatDiagnosticDetail/RedactsURLUserinfoQueryAndFragment": _REDACT,
    "TestFormatDiagnosticDetail/RedactsWrappedURLError": _REDACT,
    "TestContentFilterError/CategoryVerbatim": _MESSAGE,
    "TestContentFilterError/NoMetadataFallsBackToDefault": _MESSAGE,
    "TestContentFilterError/WhitespaceCategory": _MESSAGE,
    "TestContentFilterError/UnknownProvider": _MESSAGE,
    "TestGenerateAssistant_ContentFilterRefusal/EmptyContentSurfacesTerminalError": _MESSAGE,
    "TestGenerateAssistant_ContentFilterRefusal/ReasoningOnlyContentSurfacesTerminalError": (
        _MESSAGE
    ),
}

#: Go test name -> the values chaterror gives instead of Go's, field by field (Python form).
PINNED: dict[str, dict[str, Any]] = {
    "TestClassify/AnthropicMissingMessageStop": {
        "detail": "anthropic stream closed before message_stop: EOF",
        "message": "Anthropic is temporarily unavailable. Try again in a moment.",
    },
    "TestClassify/OpenAIResponsesMissingTerminalEvent": {
        "detail": "openai responses stream closed before terminal event: EOF",
        "message": "OpenAI is temporarily unavailable. Try again in a moment.",
    },
    "TestClassify/AuthBeatsConfig": {"detail": "authentication failed: invalid model"},
    "TestClassify/BareForbiddenClassifiesAsAuth": {"detail": "forbidden"},
    "TestClassify/ExplicitStatus401ClassifiesAsAuth": {"detail": "status 401 from upstream"},
    "TestClassify/ExplicitStatus403ClassifiesAsAuth": {"detail": "status 403 from upstream"},
    "TestClassify/ForbiddenContextLengthClassifiesAsConfig": {
        "kind": Kind.CONTEXT_LENGTH,
        "message": "The conversation is too long for the model's context window."
        " Shorten it, start a new chat, or choose a model with a larger context window.",
    },
    "TestClassify/BareContextCanceledStaysNonRetryable": {
        "detail": "context canceled",
        "message": "The chat request failed unexpectedly.",
    },
    "TestClassify/ProviderStatus500ContextCanceledClassifiesAsRetryable": {
        "detail": "provider stream closed: context canceled context canceled",
    },
    "TestClassify/ProviderDisabled503ClassifiesAsProviderDisabled": {
        "kind": Kind.TIMEOUT,
        "retryable": True,
        "message": "OpenAI is temporarily unavailable. Try again in a moment.",
        "detail": 'service unavailable: provider_disabled: AI provider "openai" is disabled',
    },
    "TestClassify/ProviderDisabled503UnknownProvider": {
        "kind": Kind.TIMEOUT,
        "retryable": True,
        "message": "The AI provider is temporarily unavailable. Try again in a moment.",
        "detail": "service unavailable: provider_disabled:"
        ' AI provider "mycustomprovider" is disabled',
    },
    "TestClassify/ProviderDisabledPlainErrorString": {
        "kind": Kind.GENERIC,
        "message": "The chat request failed unexpectedly.",
    },
    "TestClassify/ProviderDisabledBeatsTimeout503": {
        "kind": Kind.TIMEOUT,
        "retryable": True,
        "message": "Google is temporarily unavailable. Try again in a moment.",
        "detail": 'service unavailable: provider_disabled: AI provider "google" is disabled',
    },
    "TestClassify_OpenAIResponsesAPIDiagnostics/FunctionCallOutputMissing/BareString": {
        "detail": "No Tool Output Found For Function Call call_sensitive123",
        "message": "The chat request failed unexpectedly.",
    },
    "TestClassify_OpenAIResponsesAPIDiagnostics/FunctionCallOutputMissing/WrappedProviderError": {
        "kind": Kind.CONFIG,
        "detail": "No tool output found for function call call_sensitive123",
        "message": _CONFIG,
    },
    "TestClassify_OpenAIResponsesAPIDiagnostics/WebSearchReasoningMissing/BareString": {
        "kind": Kind.CONFIG,
        "detail": "Item 'ws_sensitive123' of type 'web_search_call' WAS PROVIDED WITHOUT ITS"
        " REQUIRED 'reasoning' item: 'rs_sensitive123'",
        "message": _CONFIG,
    },
    "TestClassify_OpenAIResponsesAPIDiagnostics/WebSearchReasoningMissing/WrappedProviderError": {
        "kind": Kind.CONFIG,
        "detail": "Item 'ws_sensitive123' of type 'web_search_call' was provided without its"
        " required 'reasoning' item: 'rs_sensitive123'",
        "message": _CONFIG,
    },
    "TestClassify_PatternCoverage/QuotaLiteral": {"kind": Kind.RATE_LIMIT, "retryable": True},
    "TestClassify_PatternCoverage/ContextLengthExceededLiteral": {"kind": Kind.CONTEXT_LENGTH},
    "TestClassify_PatternCoverage/MaximumContextLengthLiteral": {"kind": Kind.CONTEXT_LENGTH},
    "TestClassify_PatternCoverage/ContextExceededLiteral": {"kind": Kind.CONTEXT_LENGTH},
    "TestClassify_PatternCoverage/ProviderDisabledLiteral": {"kind": Kind.GENERIC},
    "TestClassify_StatusCodeBeatsTypedHTTP2StreamError": {
        "detail": "provider returned status 401: stream error: stream ID 455;"
        " INTERNAL_ERROR; received from peer",
    },
    "TestClassify_StreamSilenceTimeoutWrappedClassificationWins": {
        "message": _STARTUP.format(who="OpenAI"),
    },
    "TestClassify_UsesStructuredProviderDetailFromResponseDump": {
        "kind": Kind.CONFIG,
        "message": _CONFIG,
    },
    "TestClassify_UnwrapsBedrockTransportWrapper": {
        "kind": Kind.CONFIG,
        "message": _CONFIG.replace("The AI provider", "AWS Bedrock"),
    },
    "TestClassify_MissingKeyPreClassified": {
        "kind": Kind.GENERIC,
        "message": "The chat request failed unexpectedly.",
    },
    "TestTerminalMessage/StreamSilenceTimeout_Anthropic": {
        "message": _STARTUP.format(who="Anthropic"),
    },
    "TestTerminalMessage/StreamSilenceTimeout_OpenAI": {"message": _STARTUP.format(who="OpenAI")},
    "TestTerminalMessage/MissingKey": {"message": "The chat request failed unexpectedly."},
    "TestStreamRetryPayloadPreservesRetryableMessage": {"error": _ANTHROPIC_DOWN},
    "TestFormatDiagnosticDetail/RedactsURLUserinfoQueryAndFragment": {
        "detail": 'Post "https://[REDACTED]@gateway.internal/v1/chat'
        '?test_token=test-value#fragment": unexpected EOF',
    },
    "TestFormatDiagnosticDetail/RedactsWrappedURLError": {
        "detail": 'stream failed: Get "https://[REDACTED]@gateway.internal/v1/chat'
        '?test_token=test-value": connection refused',
    },
    "TestContentFilterError/CategoryVerbatim": {"message": _FILTERED},
    "TestContentFilterError/NoMetadataFallsBackToDefault": {"message": _FILTERED},
    "TestContentFilterError/WhitespaceCategory": {"message": _FILTERED},
    "TestContentFilterError/UnknownProvider": {
        "message": "The AI provider's safety system blocked this request."
        " Rephrase the message and try again.",
    },
    "TestGenerateAssistant_ContentFilterRefusal/EmptyContentSurfacesTerminalError": {
        "message": _FILTERED,
    },
    "TestGenerateAssistant_ContentFilterRefusal/ReasoningOnlyContentSurfacesTerminalError": {
        "message": _FILTERED,
    },
}

# --- What chaterror is still missing ---------------------------------------------------------

#: Go test name -> the vocabulary chaterror lacks although the contract agrees with Go.
GAPS: dict[str, str] = {}  # empty since 2026-12: every gap found by this port is closed


# --- Building the Go inputs in Python --------------------------------------------------------


class ProviderError(Exception):
    """Go's ``fantasy.ProviderError`` in the shape of a Python SDK's status error."""

    def __init__(
        self,
        message: str,
        status_code: int,
        *,
        body: str | None = None,
        headers: dict[str, str] | None = None,
        title: str = "",
    ) -> None:
        super().__init__(f"{title}: {message}" if title else message)
        self.status_code = status_code
        self.headers = headers or {}
        self.body = body


class _Joined(ExceptionGroup):  # type: ignore[type-arg]
    """Go's ``errors.Join``: a group whose text is its members' texts, one a line."""

    def __str__(self) -> str:
        return "\n".join(map(str, self.exceptions))


def _join(*errors: Exception) -> Exception:
    return _Joined("errors.Join", list(errors))


def _wrap(text: str, cause: BaseException) -> Exception:
    """``fmt.Errorf("…: %w", cause)``: Go's text, raised from ``cause``."""
    exc = Exception(text)
    exc.__cause__ = cause
    return exc


def _error_body(message: str) -> str:
    return json.dumps({"error": {"message": message}})


def _http_date_in(seconds: int) -> str:
    """An HTTP date ``seconds`` from now, rounded up to the next whole second (as Go's test)."""
    when = datetime.now(timezone.utc) + timedelta(seconds=seconds)
    when = when.replace(microsecond=0) + timedelta(seconds=1)
    return format_datetime(when, usegmt=True)


def _filtered(provider: str, category: str | None, explanation: str | None) -> Exception:
    """The chat loop's content-filter classification, attached to its error."""
    err = ChatError(kind=Kind.CONTENT_FILTER, provider=provider, detail=explanation, code=category)
    return with_classification(Exception("model response blocked by content filter"), err)


_STREAM_RESET = "stream error: stream ID 455; INTERNAL_ERROR; received from peer"
_WRAPPED_BEDROCK = (
    'POST "https://bedrock-runtime.eu-north-1.amazonaws.com/v1/messages": 400 Bad Request {}'
)

#: Go test name -> the Python input, for rows whose Go input is a typed error chain.
BUILDERS: dict[str, Callable[[], object]] = {
    "TestClassify/ProviderTransportResetIsRetryable": lambda: _join(
        Exception("provider transport reset"), Exception("context canceled")
    ),
    "TestClassify/ProviderStatus500ContextCanceledClassifiesAsRetryable": lambda: _wrap(
        "provider stream closed: context canceled\ncontext canceled",
        _join(Exception("context canceled"), ProviderError("context canceled", 500)),
    ),
    "TestClassify/ProviderDisabled503ClassifiesAsProviderDisabled": lambda: ProviderError(
        'provider_disabled: AI provider "openai" is disabled\n', 503, title="service unavailable"
    ),
    "TestClassify/ProviderDisabled503UnknownProvider": lambda: ProviderError(
        'provider_disabled: AI provider "mycustomprovider" is disabled\n',
        503,
        title="service unavailable",
    ),
    "TestClassify/ProviderDisabledBeatsTimeout503": lambda: ProviderError(
        'provider_disabled: AI provider "google" is disabled\n', 503, title="service unavailable"
    ),
    "TestClassify/Generic503StillClassifiesAsTimeout": lambda: ProviderError(
        "service unavailable", 503
    ),
    "TestClassify_OpenAIResponsesAPIDiagnostics/FunctionCallOutputMissing/WrappedProviderError": (
        lambda: _wrap(
            "provider request failed: ",
            ProviderError(
                "",
                400,
                body=_error_body("No tool output found for function call call_sensitive123"),
            ),
        )
    ),
    "TestClassify_OpenAIResponsesAPIDiagnostics/WebSearchReasoningMissing/WrappedProviderError": (
        lambda: _wrap(
            "provider request failed: ",
            ProviderError(
                "",
                400,
                body=_error_body(
                    "Item 'ws_sensitive123' of type 'web_search_call' was provided without its"
                    " required 'reasoning' item: 'rs_sensitive123'"
                ),
            ),
        )
    ),
    "TestClassify_StatusCodeBeatsTypedHTTP2StreamError": lambda: _wrap(
        f"provider returned status 401: {_STREAM_RESET}", Exception(_STREAM_RESET)
    ),
    "TestClassify_UsageLimitMatchesStructuredDetail": lambda: ProviderError(
        "upstream failed", 500, body=_error_body("check your billing plan")
    ),
    "TestClassify_InsufficientQuotaBeats429RateLimit/StructuredProviderError": lambda: (
        ProviderError("upstream failed", 429, body=_error_body("insufficient_quota"))
    ),
    "TestClassify_UsageLimitPatternsDoNotBeat429/StructuredProviderQuotaText": lambda: (
        ProviderError("Resource has been exhausted (e.g. check quota).", 429)
    ),
    "TestClassify_StreamSilenceTimeoutWrappedClassificationWins": lambda: with_classification(
        Exception("context canceled"),
        ChatError(kind=Kind.STARTUP_TIMEOUT, provider="openai", retryable=True),
    ),
    "TestClassify_UsesStructuredProviderStatusAndRetryAfter": lambda: ProviderError(
        "", 429, headers={"Retry-After": "30"}
    ),
    "TestClassify_PrefersRetryAfterMsOverRetryAfter": lambda: ProviderError(
        "upstream failed", 429, headers={"Retry-After": "30", "ReTrY-AfTeR-Ms": "1500"}
    ),
    "TestClassify_ParsesRetryAfterHTTPDate": lambda: ProviderError(
        "upstream failed", 429, headers={"Retry-After": _http_date_in(3)}
    ),
    "TestClassify_IgnoresInvalidRetryAfter": lambda: ProviderError(
        "upstream failed", 429, headers={"Retry-After": "definitely not a delay"}
    ),
    "TestWithProviderPreservesRetryAfter": lambda: ProviderError(
        "", 429, headers={"Retry-After": "30"}
    ),
    "TestClassify_UsesStructuredProviderDetailFromResponseDump": lambda: ProviderError(
        "",
        400,
        body=json.dumps(
            {"error": {"type": "invalid_request_error", "message": "Image exceeds 5 MB maximum."}}
        ),
    ),
    "TestClassify_UsesTopLevelProviderMessage": lambda: ProviderError(
        "", 400, body=json.dumps({"message": "The provided request is not valid"})
    ),
    "TestClassify_UnwrapsBedrockTransportWrapper": lambda: ProviderError(
        "",
        400,
        body=json.dumps(
            {
                "error": {
                    "message": _WRAPPED_BEDROCK.replace(
                        "{}", '{"message":"The provided request is not valid"}'
                    ),
                    "type": "api_error",
                }
            }
        ),
    ),
    "TestClassify_DoesNotUnwrapNonTransportMessage": lambda: ProviderError(
        "", 400, body=_error_body("Value {x} is not allowed.")
    ),
    "TestClassify_UnwrapsTransportWrapperWithBraceInURL": lambda: ProviderError(
        "",
        400,
        body=_error_body(
            'POST "https://example.com/{resource}/invoke": 400 Bad Request {"message":"real error"}'
        ),
    ),
    "TestClassify_KeepsTransportWrapperWhenNoBody": lambda: ProviderError(
        'POST "https://example.com/api": 500 Internal Server Error', 500
    ),
    "TestClassify_KeepsTransportWrapperWhenInnerBodyNotJSON": lambda: ProviderError(
        "", 400, body=_error_body(_WRAPPED_BEDROCK.replace("{}", '{"foo":"bar"}'))
    ),
    "TestClassify_PrefersNestedMessageOverTopLevel": lambda: ProviderError(
        "", 400, body=json.dumps({"message": "top level", "error": {"message": "nested wins"}})
    ),
    "TestClassify_KeepsTopLevelMessageWhenErrorIsNonObject": lambda: ProviderError(
        "", 429, body=json.dumps({"message": "rate limited", "error": "rate_limit"})
    ),
    "TestClassify_AuthKeepsStructuredProviderDetail": lambda: ProviderError(
        "invalid api key test-key", 401, body=_error_body("Incorrect API key provided.")
    ),
    "TestClassify_FallsBackToProviderMessageForDetail": lambda: ProviderError(
        "  image exceeds 5 MB maximum  ", 400, body="not-json"
    ),
    "TestClassify_UnwrapsTransportWrapperInMessageFallback": lambda: ProviderError(
        _WRAPPED_BEDROCK.replace("{}", '{"message":"The provided request is not valid"}'), 400
    ),
    "TestClassify_TruncatesProviderDetail": lambda: ProviderError(
        "", 400, body=_error_body("x" * 510)
    ),
    "TestTerminalErrorPayloadIncludesProviderDetail": lambda: ProviderError(
        "", 400, body=_error_body("Image exceeds 5 MB maximum.")
    ),
    "TestFormatDiagnosticDetail/RedactsWrappedURLError": lambda: _wrap(
        'stream failed: Get "https://test-key@gateway.internal/v1/chat?test_token=test-value":'
        " connection refused",
        Exception(
            'Get "https://test-key@gateway.internal/v1/chat?test_token=test-value":'
            " connection refused"
        ),
    ),
    "TestContentFilterError/CategoryVerbatim": lambda: _filtered(
        "anthropic",
        "harmful_content",
        "The response was blocked. See https://example.com for help.",
    ),
    "TestContentFilterError/NoMetadataFallsBackToDefault": lambda: _filtered(
        "anthropic", None, None
    ),
    "TestContentFilterError/WhitespaceCategory": lambda: _filtered("anthropic", "   ", ""),
    "TestContentFilterError/UnknownProvider": lambda: _filtered("", "cyber", ""),
    "TestGenerateAssistant_ContentFilterRefusal/EmptyContentSurfacesTerminalError": lambda: (
        _filtered("anthropic", "harmful_content", "The response was blocked.")
    ),
    "TestGenerateAssistant_ContentFilterRefusal/ReasoningOnlyContentSurfacesTerminalError": (
        lambda: _filtered("anthropic", "harmful_content", "The response was blocked.")
    ),
}

_SENTINELS = {"io.EOF": "EOF", "cancellation sentinel": "context canceled"}
_PRECLASSIFIED = re.compile(
    r"pre-classified wrapper \{kind=(?P<kind>\w+), provider='(?P<provider>[^']*)',"
    r" retryable=(?P<retryable>true|false), status_code=(?P<status>\d+)"
)
#: Go kinds with no counterpart here (Coder-specific).
_CODER_KINDS = frozenset({"missing_key", "provider_disabled"})


def _inputs(row: dict[str, Any]) -> list[object]:
    """The Python inputs equivalent to the row's Go error."""
    name, text, wrapped = row["test"], row.get("input_error", ""), row.get("wrapped", "")
    if name in BUILDERS:
        return [BUILDERS[name]()]
    if wrapped.startswith("fmt-wrap of"):
        sentinel = next(t for s, t in _SENTINELS.items() if s in wrapped)
        return [_wrap(text, Exception(sentinel))]
    found = _PRECLASSIFIED.match(wrapped)
    if found:
        err = ChatError(
            kind=_kind(found["kind"]),
            provider=found["provider"],
            retryable=found["retryable"] == "true",
            status_code=int(found["status"]) or None,
        )
        return [with_classification(Exception(text), err)]
    # A plain string, a sentinel, or a typed Go error with no Python counterpart: its text.
    assert not wrapped or wrapped.startswith(("plain string", "the ", "typed ")), wrapped
    return [text, Exception(text)]


# --- Reading Go's expectations in Python -----------------------------------------------------


def _kind(go: str) -> Kind:
    return Kind.STARTUP_TIMEOUT if go == "stream_silence_timeout" else Kind(go)


def _first_sentence(message: str) -> str:
    return message.split(". ", 1)[0].rstrip(".")


def _python_form(field: str, value: Any) -> Any:
    """One Go field's value as chaterror spells it."""
    if field == "kind":
        return value if value in _CODER_KINDS else _kind(value)
    if field in ("status_code", "provider", "detail", "retry_after_ms") and not value:
        return None
    return value


def _fields(err: ChatError) -> dict[str, Any]:
    return {
        "kind": err.kind,
        "retryable": err.retryable,
        "status_code": err.status_code,
        "provider": err.provider,
        "message": err.message,
        "detail": err.detail,
        "retry_after_ms": None if err.retry_after is None else round(err.retry_after * 1000),
    }


def _compare(name: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    """Assert every Go field agrees, or differs exactly as the row's pin says."""
    pins = PINNED.get(name, {})
    for field, go_value in theirs.items():
        expected = _python_form(field, go_value)
        got = ours[field]
        is_text = field in ("message", "error")
        if field in pins:
            assert got == pins[field], (field, got)
            same = is_text and _first_sentence(pins[field]) == _first_sentence(expected)
            assert pins[field] != expected and not same, f"stale pin: {field} now agrees with Go"
        elif is_text:
            assert _first_sentence(got) == _first_sentence(expected), (field, got, expected)
        else:
            assert got == expected, (field, got, expected)


_COMPARED = ("kind", "retryable", "status_code", "provider", "message", "detail", "retry_after_ms")


def _check_classification(row: dict[str, Any], err: ChatError) -> None:
    name, expect = row["test"], row["expect"]
    ours = _fields(err)
    theirs = {k: v for k, v in expect.items() if k in _COMPARED}
    if "message_full_per_code" in expect:  # the message Go renders for this diagnostic code
        theirs["message"] = expect["message_full_per_code"]
    _compare(name, ours, theirs)
    if "retry_after_ms_min" in expect:
        assert ours["retry_after_ms"] is not None
        assert (
            expect["retry_after_ms_min"] <= ours["retry_after_ms"] <= expect["retry_after_ms_max"]
        )
    if "detail_rune_length" in expect:
        assert err.detail is not None and len(err.detail) == expect["detail_rune_length"]
    for word in expect.get("message_and_detail_not_contain", ()):
        assert word not in err.message  # messages never quote the input (CONTRACT §1)
    if "terminal_payload_kind" in expect:
        payload = chaterror.stream_error_payload(err)
        assert payload is not None and payload["kind"] == expect["terminal_payload_kind"]


def _check_coder_kind(row: dict[str, Any]) -> None:
    """A Coder-only kind has no Kind; Go's payload of that kind (message empty, as the Go test
    builds it) decodes as generic, nothing else lost."""
    go_kind = re.search(r"kind=(\w+)", row["wrapped"])[1]  # type: ignore[index]
    assert go_kind not in {k.value for k in Kind}
    stored = {"message": "", "kind": go_kind, "retryable": False}
    detail = re.search(r"detail='([^']*)'", row["wrapped"])
    if detail:
        stored["detail"] = detail[1]
    expect = row["expect"]
    theirs = {k: v for k, v in expect.items() if k in _COMPARED}
    _compare(row["test"], _fields(chaterror.decode_last_error(stored)), theirs)


def _check_classify(row: dict[str, Any]) -> None:
    name, hint = row["test"], row.get("provider_hint")
    if name in ("TestClassify_MissingKeyPreClassified", "TestTerminalMessage/MissingKey"):
        _check_coder_kind(row)
        return
    for value in _inputs(row):
        _check_classification(row, classify(value, provider=hint))
        if hint and name.startswith("TestWithProvider"):  # Go applies the hint afterwards
            _check_classification(row, classify(value).with_provider(hint))


_FIXED_NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
_RETRY_DELAY = re.compile(r"retry_delay\(attempt_index=(\d+)\)")


def _check_function(row: dict[str, Any]) -> None:
    name, function, expect = row["test"], row["function"], row["expect"]
    text = row.get("input_error", "")
    if function.startswith("extract_status_code"):
        _compare(name, {"status_code": status_in_text(text.lower())}, expect)
    elif function.startswith("detect_provider"):
        _compare(name, {"provider": provider_from_text(text.lower())}, expect)
    elif function.startswith("format_diagnostic_detail"):
        inputs = [None] if function.endswith("(None)") else _inputs(row)
        for value in inputs:
            detail = classify(value).detail
            _compare(name, {"detail": detail}, {"detail": expect["detail"]})
            if "detail_rune_length" in expect:
                assert detail is not None and len(detail) == expect["detail_rune_length"]
    elif function == "terminal_error_payload(empty classification)":
        assert chaterror.stream_error_payload(None) is expect["payload"]
    elif function.startswith("terminal_error_payload"):
        for value in _inputs(row):
            payload = chaterror.stream_error_payload(classify(value))
            assert payload is not None
            if "payload_detail" in expect:
                _compare(
                    name, {"detail": payload.get("detail")}, {"detail": expect["payload_detail"]}
                )
            if "payload" in expect:
                go = expect["payload"]
                ours = {k: payload.get(k) for k in go}
                ours["kind"] = Kind(ours["kind"])
                _compare(name, ours, go)
    elif function.startswith("stream_retry_payload"):
        _check_retry_payload(row)
    else:
        index = int(_RETRY_DELAY.fullmatch(function)[1])  # type: ignore[index]
        _check_retry_delay(index, expect["delay_ms"])


def _check_retry_payload(row: dict[str, Any]) -> None:
    name, go = row["test"], dict(row["expect"]["retry_payload"])
    if "classification=" in row["function"]:
        err = ChatError(
            message="OpenAI returned an unexpected error.",
            kind=Kind.GENERIC,
            provider="openai",
            retryable=True,
            status_code=503,
        )
    else:
        (value,) = _inputs(row)
        err = classify(value)
    retry = chaterror.stream_retry_payload(2, 3.0, err, now=lambda: _FIXED_NOW)
    if go.pop("retrying_at", None) is not None:  # Go: "now + 3s (within 1s)"; our clock is fixed
        assert retry.retrying_at == _FIXED_NOW + timedelta(seconds=3)
    ours = {
        "attempt": retry.attempt,
        "delay_ms": retry.delay_ms,
        "error": retry.error,
        "kind": retry.kind,
        "provider": retry.provider,
        "status_code": retry.status_code,
    }
    _compare(name, ours, go)


def _check_retry_delay(attempt_index: int, delay_ms: int) -> None:
    """Go's attempt index 0 is the first retry: our attempt 1 (1-based) has just failed."""
    policy = RetryPolicy(jitter=False)
    attempt = attempt_index + 1
    assert round(policy.backoff(attempt) * 1000) == delay_ms
    if attempt < policy.max_attempts:
        transient = ChatError(kind=Kind.TIMEOUT, retryable=True)
        wait = policy.wait(transient, attempt)
        assert wait is not None and math.isclose(wait, policy.backoff(attempt))


# --- The tests -------------------------------------------------------------------------------


def _param(row: dict[str, Any]) -> Any:
    name = row["test"]
    marks = [pytest.mark.xfail(strict=True, reason=GAPS[name])] if name in GAPS else []
    return pytest.param(row, id=name, marks=marks)


@pytest.mark.parametrize("row", [_param(row) for row in ROWS])
def test_go_row(row: dict[str, Any]) -> None:
    """Each Go test's expectation holds here, or differs exactly as pinned."""
    if "function" in row:
        _check_function(row)
    else:
        _check_classify(row)


_KNOWN_EXPECT_KEYS = frozenset(
    {
        *_COMPARED,
        "retry_after_ms_min",
        "retry_after_ms_max",
        "detail_rune_length",
        "message_contains",
        "message_full_per_code",
        "message_and_detail_not_contain",
        "terminal_payload_kind",
        "payload",
        "payload_detail",
        "retry_payload",
        "delay_ms",
    }
)


def test_fixture_is_the_whole_go_table() -> None:
    """The fixture holds every Go row once, and only fields this module knows how to compare."""
    names = [row["test"] for row in ROWS]
    assert len(names) == 214 and len(set(names)) == len(names)
    unknown = {key for row in ROWS for key in row["expect"]} - _KNOWN_EXPECT_KEYS
    assert not unknown


def test_every_pin_and_gap_names_a_go_row() -> None:
    """Each difference has a reason and pinned values, and no row is both agreed and a gap."""
    names = {row["test"] for row in ROWS}
    assert set(DIFFERENCES) == set(PINNED)
    assert set(DIFFERENCES) <= names and set(GAPS) <= names and set(BUILDERS) <= names
