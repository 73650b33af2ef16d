"""The decision: precedence between kinds, retryability, and what classify accepts."""

from __future__ import annotations

import asyncio
import socket
import ssl
import sys
from typing import Any

import aiohttp
import httpcore
import httpx
import httpx2
import pytest
import requests
import urllib3

import chaterror
from chaterror import ChatError, Kind, classify, classify_response, with_classification
from chaterror._classify import RULES

if sys.version_info < (3, 11):  # pragma: no cover - the backport pytest already installs
    from exceptiongroup import BaseExceptionGroup


def _err(status: int, body: Any, headers: dict[str, str] | None = None) -> Exception:
    """An exception shaped like the openai/anthropic SDKs' APIStatusError."""
    exc = Exception(f"Error code: {status} - {body!r}")
    exc.status_code = status  # type: ignore[attr-defined]
    exc.body = body  # type: ignore[attr-defined]
    exc.headers = headers or {}  # type: ignore[attr-defined]
    return exc


# (input, kind, retryable): each id states the rule it pins.
PRECEDENCE = [
    pytest.param(
        _err(429, {"message": "You exceeded your current quota", "code": "insufficient_quota"}),
        Kind.USAGE_LIMIT,
        False,
        id="usage-limit-beats-rate-limit",
    ),
    pytest.param(
        "Error: 429 Rate limit reached on tokens per day (TPD). Please try again in 9m38s",
        Kind.USAGE_LIMIT,
        False,
        id="daily-cap-on-a-429-is-usage-limit",
    ),
    pytest.param(
        _err(
            429,
            "rate limit exceeded",
            {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "43200"},
        ),
        Kind.USAGE_LIMIT,
        False,
        id="spent-window-resetting-hours-away-is-a-cap",
    ),
    pytest.param(
        _err(
            429,
            "rate limit exceeded",
            {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "45"},
        ),
        Kind.RATE_LIMIT,
        True,
        id="spent-window-resetting-within-the-hour-is-a-rate-limit",
    ),
    pytest.param(
        _err(
            429,
            "Rate limit reached for gpt-4o on tokens per min (TPM)",
            {
                "x-ratelimit-remaining-tokens": "0",
                "x-ratelimit-reset-tokens": "6s",
                "x-ratelimit-remaining-requests": "9000",
                "x-ratelimit-reset-requests": "20h",
            },
        ),
        Kind.RATE_LIMIT,
        True,
        id="a-long-window-with-room-left-does-not-make-a-cap",
    ),
    pytest.param(
        _err(
            429,
            {"error": {"code": "model_cooldown", "reset_seconds": 25803, "reset_time": "7h10m2s"}},
        ),
        Kind.RATE_LIMIT,
        True,
        id="a-limit-asking-a-wait-of-hours-stays-a-rate-limit",
    ),
    pytest.param(
        "ERROR:apps.ollama.main:Connection error: Cannot connect to host localhost:11434"
        " ssl:default [getaddrinfo failed]",
        Kind.TIMEOUT,
        True,
        id="localhost-not-resolving-is-the-machine-not-a-typo",
    ),
    pytest.param(
        "Connection error: Cannot connect to host ollama-serv:11434 ssl:default"
        " [getaddrinfo failed]",
        Kind.CONFIG,
        False,
        id="a-made-up-host-not-resolving-is-config",
    ),
    pytest.param(
        "503 Context deadline exceeded",
        Kind.TIMEOUT,
        True,
        id="a-server-reporting-its-own-deadline-is-retryable",
    ),
    pytest.param(
        "rpc error: code = DeadlineExceeded desc = context deadline exceeded",
        Kind.TIMEOUT,
        False,
        id="the-callers-own-deadline-is-not",
    ),
    pytest.param(
        "Connection error.\nmore message: Request failed, status 400",
        Kind.CONFIG,
        False,
        id="a-status-the-server-answered-outranks-connection-words",
    ),
    pytest.param(
        "Your request has exceeded the timeout of 3 minutes. This may be caused by excessive"
        " traffic against Anyscale Endpoints",
        Kind.TIMEOUT,
        True,
        id="a-hedged-cause-is-not-capacity",
    ),
    pytest.param(
        _err(
            400,
            {
                "type": "invalid_request_error",
                "message": "prompt is too long: 211180 tokens > 200000 maximum",
            },
        ),
        Kind.CONTEXT_LENGTH,
        False,
        id="context-length-beats-config",
    ),
    pytest.param(
        _err(500, {"type": "server_error", "message": "Context size has been exceeded."}),
        Kind.CONTEXT_LENGTH,
        False,
        id="context-length-beats-generic",
    ),
    pytest.param(
        "proxy: upstream returned 401 after read timeout",
        Kind.AUTH,
        False,
        id="auth-beats-timeout",
    ),
    pytest.param(
        "503 Service Unavailable: invalid model 'gpt-5-typo'",
        Kind.CONFIG,
        False,
        id="config-beats-timeout-when-model-named",
    ),
    pytest.param(
        _err(429, {"message": "The model `gpt-x` does not exist", "type": "invalid_request_error"}),
        Kind.CONFIG,
        False,
        id="config-beats-rate-limit-when-model-named",
    ),
    pytest.param(
        'Post "https://api.openai.com/v1/chat/completions": context deadline exceeded',
        Kind.TIMEOUT,
        False,
        id="go-caller-deadline-is-not-retryable",
    ),
    pytest.param(
        TimeoutError("timed out"), Kind.TIMEOUT, True, id="python-timeouterror-is-retryable"
    ),
    pytest.param(
        _err(400, {"code": "invalid_api_key", "message": "rate limit on key checks"}),
        Kind.AUTH,
        False,
        id="structured-code-beats-keyword",
    ),
    pytest.param(
        _err(429, {"message": "The system is currently experiencing high demand"}),
        Kind.OVERLOADED,
        True,
        id="overloaded-beats-rate-limit",
    ),
    pytest.param(
        _err(
            529,
            {"type": "error", "error": {"type": "overloaded_error"}},
            {"x-should-retry": "false"},
        ),
        Kind.OVERLOADED,
        False,
        id="x-should-retry-overrides-the-kind",
    ),
    pytest.param(
        _err(400, {"code": "content_filter", "message": "Please modify your prompt and retry."}),
        Kind.CONTENT_FILTER,
        False,
        id="content-filter-is-not-retryable-despite-retry-words",
    ),
    pytest.param(
        "403 Your team has either used all available credits or reached its monthly spending limit",
        Kind.USAGE_LIMIT,
        False,
        id="billing-beats-forbidden",
    ),
    pytest.param(
        "500 Internal Server Error: upstream request timed out",
        Kind.TIMEOUT,
        True,
        id="timeout-beats-generic",
    ),
    pytest.param(
        _err(500, {"type": "api_error", "message": "Internal server error"}),
        Kind.GENERIC,
        True,
        id="unexpected-5xx-is-retryable-generic",
    ),
    pytest.param(
        _err(409, {"message": "conflict"}),
        Kind.GENERIC,
        False,
        id="unexpected-4xx-is-not-retryable",
    ),
    pytest.param(
        asyncio.CancelledError(), Kind.GENERIC, False, id="cancellation-is-generic-not-retryable"
    ),
    pytest.param(
        "Error code: 400 - {'error': {'message': 'Invalid timeout parameter'}}",
        Kind.CONFIG,
        False,
        id="timeout-as-a-parameter-name-is-not-a-timeout",
    ),
    # CONTRACT §10: "unavailable" in a region is no outage. A region the provider does not serve
    # is not permitted (auth), as "not available in your region" and OpenAI's
    # unsupported_country_region_territory are.
    pytest.param(
        "Error code: 404 - model gpt-4o is unavailable in your region",
        Kind.AUTH,
        False,
        id="unavailable-in-region-is-not-a-timeout",
    ),
    pytest.param(
        "geofence lookup failed", Kind.GENERIC, False, id="eof-inside-a-word-is-not-a-timeout"
    ),
    pytest.param("unexpected EOF", Kind.TIMEOUT, True, id="eof-as-a-word-is-a-timeout"),
    pytest.param(
        "Request too large for gpt-4o on tokens per min (TPM): Limit 30000, Requested 30601",
        Kind.CONTEXT_LENGTH,
        False,
        id="request-too-large-for-tpm-is-context-length",
    ),
    pytest.param(
        "Rate limit reached ... Please add a payment method to your account. Visit /account/billing",
        Kind.RATE_LIMIT,
        True,
        id="billing-words-in-a-rate-limit-stay-rate-limit",
    ),
    pytest.param(
        "Max retries exceeded with url: /v1/chat (Caused by NewConnectionError('[Errno 111] Connection refused'))",
        Kind.TIMEOUT,
        True,
        id="max-retries-exceeded-is-transport-not-rate-limit",
    ),
    pytest.param(
        '[tongyi] Error: PluginInvokeError: {"error_type":"ServiceUnavailableError","message":'
        '"Failed to invoke model qwq-32b, status code: 400, message: \\u003c400\\u003e '
        'InternalError.Algo.InvalidParameter: This model only supports incremental_output"}',
        Kind.CONFIG,
        False,
        id="provider-code-beats-a-wrappers-label",
    ),
    pytest.param(
        "<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 30720]",
        Kind.CONTEXT_LENGTH,
        False,
        id="overflow-wording-beats-invalid-parameter",
    ),
    pytest.param(
        "[tongyi] Server Unavailable Error, Failed to invoke model qwen-turbo, status code: 500, "
        'message: messages with role "tool" must be a response to a preceeding message with '
        '"tool_calls".',
        Kind.CONFIG,
        False,
        id="invalid-tool-turns-fail-again-whatever-the-status",
    ),
    pytest.param(
        "openai.PermissionDeniedError: Error code: 403 - {'error': {'message': 'Project "
        "`proj_9Koe` does not have access to model `gpt-4o-mini`', 'type': "
        "'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
        Kind.AUTH,
        False,
        id="project-without-the-model-is-auth-not-a-missing-model",
    ),
    pytest.param(
        '429 {"error":{"message":"Rate limit exceeded: free-models-per-day-high-balance.",'
        '"type":"rate_limit_error","code":"429"}}',
        Kind.USAGE_LIMIT,
        False,
        id="a-daily-free-model-cap-is-not-a-throttle",
    ),
    pytest.param(
        "400: User location is not supported for the API use without a billing account linked.",
        Kind.AUTH,
        False,
        id="location-refusal-is-auth-though-it-names-billing",
    ),
    pytest.param(
        "Error code: 502 - {'error': {'phase': 'stream_read', 'type': 'protocol_error', "
        "'message': 'upstream response body timeout', 'code': 502}}",
        Kind.TIMEOUT,
        True,
        id="a-gateway-type-named-protocol-error-is-no-http2-reset",
    ),
    pytest.param(
        "Error code: 502 - {'error': {'type': 'protocol_error', 'message': 'stream error: "
        "stream ID 5; PROTOCOL_ERROR'}}",
        Kind.GENERIC,
        False,
        id="an-http2-protocol-error-reset-is-not-retried-even-behind-a-502",
    ),
    pytest.param(
        "Error code: 500 - {'error': {'message': 'EngineCore encountered an issue. See stack trace "
        "(above) for the root cause.', 'type': 'InternalServerError', 'code': 500}}",
        Kind.GENERIC,
        True,
        id="a-dead-engine-behind-a-500-is-retried-as-any-5xx",
    ),
    pytest.param(
        "vllm.v1.engine.exceptions.EngineDeadError: EngineCore encountered an issue. See stack "
        "trace (above) for the root cause. connection reset by peer",
        Kind.GENERIC,
        False,
        id="a-dead-engine-with-no-status-is-generic-not-a-broken-connection",
    ),
    pytest.param(
        "Error code: 500 - {'error': {'message': 'context canceled'}}",
        Kind.GENERIC,
        True,
        id="a-5xx-overturns-a-phrase-verdict-below-code-tier",
    ),
    pytest.param(
        "You exceeded your current quota, please check your plan and billing details. For details, "
        "see: https://help.aliyun.com/zh/model-studio/error-code#token-limit (type=insufficient_quota "
        "param=insufficient_quota)",
        Kind.RATE_LIMIT,
        True,
        id="dashscope-insufficient-quota-is-its-per-minute-throttle",
    ),
]


@pytest.mark.parametrize(("error", "kind", "retryable"), PRECEDENCE)
def test_precedence(error: object, kind: Kind, retryable: bool) -> None:
    """The more specific and the more structured signal decides."""
    err = classify(error)
    assert (err.kind, err.retryable) == (kind, retryable), chaterror.explain(error)


def test_rules_cover_every_kind_in_every_tier() -> None:
    """The rule table orders every (tier, kind) pair exactly once."""
    assert len(RULES) == len(set(RULES)) == 4 * len(Kind)


STATUS = [
    pytest.param(
        "Cannot connect to host api.openai.com:443 ssl:default", None, id="port-is-not-a-status"
    ),
    pytest.param("http2: stream ID 429 reset", None, id="stream-id-is-not-a-status"),
    pytest.param("HTTP/2 200\nevent: error", None, id="a-2xx-is-not-an-error-status"),
    pytest.param("[Errno 111] Connection refused", None, id="errno-is-not-a-status"),
    pytest.param("Error code: 503 - {}", 503, id="sdk-prefix"),
    pytest.param("Status: 401 (PermissionDenied)", 401, id="dotnet-status"),
    pytest.param("<title>api.x | 524: A timeout occurred</title>", 524, id="cloudflare-title"),
    pytest.param(
        "[500] wrapper: [400 Bad Request] API key not valid", 400, id="reason-phrase-beats-wrapper"
    ),
    pytest.param("API request failed with status code 404", 404, id="status-code-words"),
]


@pytest.mark.parametrize(("text", "status"), STATUS)
def test_status_from_text(text: str, status: int | None) -> None:
    """Only valid HTTP error statuses are read from text, never ports or stream ids."""
    assert classify(text).status_code == status


def test_attached_classification_wins() -> None:
    """A ChatError attached by the app is returned as is, through a cause chain too."""
    mine = ChatError(kind=Kind.STARTUP_TIMEOUT, provider="openai")
    inner = with_classification(RuntimeError("rate limit"), mine)
    outer = ValueError("wrapped")
    outer.__cause__ = inner
    assert classify(outer) is mine
    assert classify(inner) is mine


def test_with_classification_rejects_bad_arguments() -> None:
    """Clear errors for arguments of the wrong type."""
    with pytest.raises(TypeError, match="needs an exception"):
        with_classification("text", ChatError(kind=Kind.GENERIC))  # type: ignore[type-var]
    with pytest.raises(TypeError, match="needs a ChatError"):
        with_classification(ValueError(), "x")  # type: ignore[arg-type]


def test_chaterror_is_returned_unchanged() -> None:
    """classify(ChatError) is the identity; classifying twice is idempotent."""
    err = classify("Error code: 429 - rate limit")
    assert classify(err) is err


def test_hint_outranks_everything() -> None:
    """An explicit provider hint wins over host, SDK and text, and is normalised."""
    err = classify(_err(429, {"message": "x"}), provider="Azure OpenAI")
    assert err.provider == "azure"
    assert "Azure OpenAI" in err.message


# Transport failures, as the real exception classes.
_req = httpx.Request("POST", "https://api.openai.com/v1/chat/completions")
_req2 = httpx2.Request("POST", "https://api.anthropic.com/v1/messages")
_gaierror_permanent = socket.gaierror(-2, "Name or service not known")
_gaierror_transient = socket.gaierror(-3, "Temporary failure in name resolution")
TRANSPORT = [
    pytest.param(
        httpx.ConnectTimeout("timed out", request=_req),
        Kind.TIMEOUT,
        True,
        id="httpx-connect-timeout",
    ),
    pytest.param(
        httpx.ReadTimeout("", request=_req), Kind.TIMEOUT, True, id="httpx-read-timeout-empty-text"
    ),
    pytest.param(
        httpx.ConnectError("[Errno 111] Connection refused", request=_req),
        Kind.TIMEOUT,
        True,
        id="httpx-refused",
    ),
    pytest.param(
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        Kind.TIMEOUT,
        True,
        id="httpx-disconnected",
    ),
    pytest.param(
        httpx.ConnectError(
            "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed", request=_req
        ),
        Kind.CONFIG,
        False,
        id="httpx-certificate-failure-is-config",
    ),
    pytest.param(
        httpx2.ReadTimeout("", request=_req2), Kind.TIMEOUT, True, id="httpx2-read-timeout"
    ),
    pytest.param(
        httpx.UnsupportedProtocol("Request URL is missing an 'http://' or 'https://' protocol."),
        Kind.CONFIG,
        False,
        id="httpx-bad-url-is-config",
    ),
    pytest.param(
        requests.exceptions.ConnectTimeout("connect timeout"),
        Kind.TIMEOUT,
        True,
        id="requests-connect-timeout",
    ),
    pytest.param(
        requests.exceptions.ChunkedEncodingError("Connection broken"),
        Kind.TIMEOUT,
        True,
        id="requests-chunked",
    ),
    pytest.param(
        urllib3.exceptions.ProtocolError("Connection aborted."),
        Kind.TIMEOUT,
        True,
        id="urllib3-protocol",
    ),
    pytest.param(
        ConnectionRefusedError(111, "Connection refused"), Kind.TIMEOUT, True, id="builtin-refused"
    ),
    pytest.param(
        ConnectionResetError(104, "Connection reset by peer"),
        Kind.TIMEOUT,
        True,
        id="builtin-reset",
    ),
    pytest.param(
        ssl.SSLCertVerificationError(1, "certificate verify failed"),
        Kind.CONFIG,
        False,
        id="ssl-cert-is-config",
    ),
    pytest.param(
        ssl.SSLError(1, "[SSL] record layer failure"),
        Kind.TIMEOUT,
        True,
        id="ssl-other-is-transport",
    ),
    pytest.param(_gaierror_permanent, Kind.CONFIG, False, id="dns-name-unknown-is-config"),
    pytest.param(_gaierror_transient, Kind.TIMEOUT, True, id="dns-temporary-failure-is-timeout"),
    pytest.param(asyncio.TimeoutError(), Kind.TIMEOUT, True, id="asyncio-timeout"),
    pytest.param(
        KeyboardInterrupt(), Kind.GENERIC, False, id="keyboard-interrupt-is-a-cancellation"
    ),
    pytest.param(httpcore.ReadTimeout("timed out"), Kind.TIMEOUT, True, id="httpcore-read-timeout"),
    pytest.param(
        httpcore.RemoteProtocolError(
            "peer closed connection without sending complete message body"
        ),
        Kind.TIMEOUT,
        True,
        id="httpcore-incomplete-body",
    ),
    pytest.param(
        aiohttp.ServerDisconnectedError(), Kind.TIMEOUT, True, id="aiohttp-server-disconnected"
    ),
    pytest.param(
        aiohttp.ConnectionTimeoutError(), Kind.TIMEOUT, True, id="aiohttp-connect-timeout"
    ),
    pytest.param(
        aiohttp.ClientPayloadError("Response payload is not completed"),
        Kind.TIMEOUT,
        True,
        id="aiohttp-payload",
    ),
    pytest.param(
        aiohttp.InvalidURL("not a url"), Kind.CONFIG, False, id="aiohttp-invalid-url-is-config"
    ),
]


@pytest.mark.parametrize(("error", "kind", "retryable"), TRANSPORT)
def test_transport_errors(error: BaseException, kind: Kind, retryable: bool) -> None:
    """Transport exceptions classify by class and errno, without importing their libraries."""
    err = classify(error)
    assert (err.kind, err.retryable) == (kind, retryable)


def test_aiohttp_response_error_carries_status_and_headers() -> None:
    """aiohttp's ClientResponseError is read by its status, headers and request URL."""
    from multidict import CIMultiDict, CIMultiDictProxy
    from yarl import URL

    info = aiohttp.RequestInfo(
        URL("https://api.mistral.ai/v1/chat/completions"),
        "POST",
        CIMultiDictProxy(CIMultiDict()),
        URL("https://api.mistral.ai/v1/chat/completions"),
    )
    exc = aiohttp.ClientResponseError(
        info,
        (),
        status=429,
        message="Too Many Requests",
        headers=CIMultiDictProxy(CIMultiDict({"Retry-After": "4"})),
    )
    err = classify(exc)
    assert (err.kind, err.status_code, err.retry_after, err.provider) == (
        Kind.RATE_LIMIT,
        429,
        4.0,
        "mistral",
    )


def test_dns_failure_for_a_provider_host_is_the_network() -> None:
    """A provider's own API host not resolving means the network is down, not a typo."""
    err = classify(
        "HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded"
        " (Caused by NameResolutionError: [Errno -2] Name or service not known)"
    )
    assert (err.kind, err.retryable, err.provider) == (Kind.TIMEOUT, True, "openai")


def test_cause_chain_is_read() -> None:
    """The SDK's generic wrapper defers to the transport error it was raised from."""
    try:
        try:
            raise ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed")
        except ssl.SSLError as exc:
            raise RuntimeError("Connection error.") from exc
    except RuntimeError as outer:
        err = classify(outer)
    assert err.kind is Kind.CONFIG
    assert err.detail is not None and "Connection error." in err.detail


def test_cycle_of_causes_terminates() -> None:
    """A cycle of __cause__ links is walked once."""
    a, b = ValueError("a"), ValueError("rate limit")
    a.__cause__, b.__cause__ = b, a
    assert classify(a).kind is Kind.RATE_LIMIT


def test_exception_group_members_are_read() -> None:
    """An exception group is classified from its members."""
    group = BaseExceptionGroup("many", [ValueError("x"), ConnectionResetError(104, "reset")])
    assert classify(group).kind is Kind.TIMEOUT


class _Hostile(Exception):
    def __str__(self) -> str:
        raise RuntimeError("no str for you")

    def __repr__(self) -> str:
        raise RuntimeError("no repr either")

    @property
    def status_code(self) -> int:
        raise RuntimeError("no status")

    @property
    def response(self) -> object:
        raise RuntimeError("no response")


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(None, id="none"),
        pytest.param(b"\xff\xfe rate limit \x00", id="bytes-not-utf8"),
        pytest.param(_Hostile(), id="hostile-exception"),
        pytest.param({"error": {"code": {"nested": [1, 2]}, "message": 3}}, id="wrong-typed-body"),
        pytest.param(["a", {"b": None}], id="list"),
        pytest.param(object(), id="plain-object"),
        pytest.param(42, id="int"),
        pytest.param("{" * 5000 + "}" * 5000, id="deep-brackets"),
        pytest.param("[" * 100_000, id="unclosed-brackets"),
    ],
)
def test_anything_gives_a_valid_chaterror(value: object) -> None:
    """classify never raises and always returns a complete ChatError."""
    err = classify(value)
    assert isinstance(err, ChatError) and err.message
    assert ChatError.model_validate_json(err.to_json()) == err


def test_none_is_a_generic_unknown_failure() -> None:
    """None classifies as a non-retryable generic failure with the generic message."""
    err = classify(None)
    assert (err.kind, err.retryable, err.message) == (
        Kind.GENERIC,
        False,
        "The chat request failed unexpectedly.",
    )


def test_huge_html_is_bounded() -> None:
    """A 10 MB HTML page is read up to the scan limit; the title becomes the detail."""
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 10_000_000
    err = classify(page)
    assert (err.kind, err.status_code, err.detail) == (Kind.TIMEOUT, 502, "502 Bad Gateway")


def test_classify_response_parts() -> None:
    """classify_response reads bytes, text or decoded bodies and header pairs."""
    body = b'{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}'
    err = classify_response(429, body, [("retry-after", "7"), ("request-id", "req_01")])
    assert (err.kind, err.provider, err.retry_after, err.request_id) == (
        Kind.RATE_LIMIT,
        "anthropic",
        7.0,
        "req_01",
    )
    assert (
        classify_response(529, {"type": "error", "error": {"type": "overloaded_error"}}).kind
        is Kind.OVERLOADED
    )
    assert classify_response(None, "rate limit").kind is Kind.RATE_LIMIT
    url = "https://openrouter.ai/api/v1/chat/completions"
    assert classify_response(402, "{}", url=url).provider == "openrouter"


def test_classify_response_rejects_a_bad_status() -> None:
    """A status that is not an int is a caller bug, reported clearly."""
    with pytest.raises(TypeError, match="status_code must be an int"):
        classify_response("429", "")  # type: ignore[arg-type]


def test_response_object_is_read_without_io() -> None:
    """An httpx response is read from memory; an unread streaming body is left alone."""
    response = httpx.Response(
        503,
        headers={"retry-after": "2"},
        content=b'{"error": {"message": "The model is overloaded.", "status": "UNAVAILABLE"}}',
        request=httpx.Request("POST", "https://generativelanguage.googleapis.com/v1beta/x"),
    )
    err = classify(response)
    assert (err.kind, err.provider, err.retry_after, err.code) == (
        Kind.OVERLOADED,
        "google",
        2.0,
        "UNAVAILABLE",
    )

    def never_read() -> Any:
        raise AssertionError("classify must not read a stream")
        yield b""  # pragma: no cover

    streaming = httpx.Response(429, stream=httpx.ByteStream(b""), request=_req)
    streaming.stream = type("S", (), {"__iter__": lambda self: never_read()})()  # type: ignore[assignment]
    assert classify(streaming).kind is Kind.RATE_LIMIT


def test_blocked_gemini_response_object() -> None:
    """A successful Gemini response with a block reason is a content filter."""
    from google.genai import types

    response = types.GenerateContentResponse(
        prompt_feedback=types.GenerateContentResponsePromptFeedback(
            block_reason=types.BlockedReason.PROHIBITED_CONTENT
        )
    )
    err = classify(response, provider="google")
    assert (err.kind, err.code) == (Kind.CONTENT_FILTER, "PROHIBITED_CONTENT")


class _LookAlike:
    """Not a ChatError, only named like one."""

    kind = "auth"
    retryable = False


_LookAlike.__name__ = "ChatError"


def test_only_a_real_chaterror_is_returned_as_attached() -> None:
    """An attached object whose class is merely named ChatError is ignored, not returned."""
    exc = Exception("Error code: 429 - rate limit exceeded")
    exc.__chaterror__ = _LookAlike()  # type: ignore[attr-defined]
    err = classify(exc)
    assert isinstance(err, ChatError) and err.kind is Kind.RATE_LIMIT


_RESET = {"x-ratelimit-reset-tokens": "6m0s", "x-ratelimit-reset-requests": "1s"}


@pytest.mark.parametrize(
    ("status", "body", "retry_after"),
    [
        pytest.param(429, {"error": {"code": "rate_limit_exceeded"}}, 360.0, id="rate-limit-waits"),
        pytest.param(500, {"error": {"message": "server error"}}, None, id="500-does-not"),
        pytest.param(503, {"error": {"message": "unavailable"}}, None, id="503-does-not"),
        pytest.param(529, {"error": {"type": "overloaded_error"}}, None, id="overloaded-does-not"),
    ],
)
def test_reset_headers_apply_to_rate_limits_only(
    status: int, body: dict[str, Any], retry_after: float | None
) -> None:
    """x-ratelimit-reset-*, sent on every OpenAI response, sets retry_after for a rate_limit
    only: a 500 must not wait out a six-minute token window (CONTRACT §5)."""
    assert classify_response(status, body, _RESET).retry_after == retry_after


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        pytest.param({"retry-after": 5}, 5.0, id="int-seconds"),
        pytest.param({"retry-after-ms": 1500}, 1.5, id="int-millis"),
        pytest.param([("retry-after", 7)], 7.0, id="int-in-pairs"),
        pytest.param({"retry-after": True}, None, id="bool-is-not-a-number"),
    ],
)
def test_numeric_header_values_are_read(headers: Any, retry_after: float | None) -> None:
    """Header values given as numbers (a dict built by hand) are read like their text."""
    assert classify_response(429, None, headers).retry_after == retry_after


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "{'status_code': 400, 'headers': {':exception-type': 'internalServerException', "
            "':content-type': 'application/json', ':message-type': 'exception'}, 'body': "
            'b\'{"message":"The system encountered an unexpected error during processing. '
            "Try your request again.\"}'}",
            id="logged-event",
        ),
    ],
)
def test_an_event_streams_framing_status_is_not_the_services(text: str) -> None:
    """botocore frames every event-stream exception as a 400: Bedrock's internal error stays a
    retryable server failure, with no status reported."""
    err = classify(text)
    assert (err.kind, err.retryable, err.status_code) == (Kind.GENERIC, True, None)


@pytest.mark.parametrize(
    ("text", "kind", "retryable"),
    [
        pytest.param(
            "{'error': {'type': 'invalid_request_error', 'code': 'string_above_max_length', "
            "'message': \"Invalid 'session.tools[3].description': string too long.\", "
            "'param': 'session.tools[3].description'}}",
            Kind.CONFIG,
            False,
            id="a-tool-description-is-a-setting",
        ),
        pytest.param(
            "{'error': {'type': 'invalid_request_error', 'code': 'string_above_max_length', "
            "'message': \"Invalid 'messages[0].content': string too long.\", "
            "'param': 'messages[0].content'}}",
            Kind.CONTEXT_LENGTH,
            False,
            id="a-message-is-the-context",
        ),
        pytest.param(
            'Statuscode: 500 | {"error":{"message":"internal server error","type":"requests"}}',
            Kind.GENERIC,
            True,
            id="type-requests-on-a-500-is-no-rate-limit",
        ),
    ],
)
def test_openai_codes_that_depend_on_their_context(text: str, kind: Kind, retryable: bool) -> None:
    """string_above_max_length and the "requests" type say less than the words around them."""
    err = classify(text)
    assert (err.kind, err.retryable) == (kind, retryable)


def test_a_bare_provider_code_in_grpc_details_decides() -> None:
    """xai-sdk's gRPC detail names its code in brackets: [input_too_large] is an overflow."""
    text = (
        "status = StatusCode.INVALID_ARGUMENT\n"
        'details = "Failed to start sampling: [input_too_large] Current message (1149677 tokens)'
        ' exceeds budget (975424 tokens)"'
    )
    assert classify(text).kind is Kind.CONTEXT_LENGTH


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("litellm.BadRequestError: Together_aiException - Error code: 400 - {}", "together"),
        ("litellm.RateLimitError: VertexAIException - Resource exhausted", "google"),
        ("litellm.NotFoundError: NotFoundError: DeepseekException - {}", "deepseek"),
        ("litellm.BadRequestError: MadeUpRouterException - {}", None),
    ],
)
def test_a_printed_litellm_error_names_its_provider(text: str, provider: str | None) -> None:
    """LiteLLM prints the provider it called as its exception's prefix ("Together_aiException")."""
    assert classify(text).provider == provider


def test_a_cooldown_states_its_wait() -> None:
    """CLIProxyAPI's model_cooldown body gives the wait in reset_seconds."""
    body = {"error": {"code": "model_cooldown", "reset_seconds": 25803, "reset_time": "7h10m2s"}}
    assert classify(_err(429, body)).retry_after == 25803.0


def test_a_zero_quota_value_is_a_cap() -> None:
    """A Gemini QuotaFailure violation whose quotaValue is "0" never refills: usage_limit."""
    body = {
        "error": {
            "code": 429,
            "status": "RESOURCE_EXHAUSTED",
            "message": "You exceeded your current quota",
            "details": [
                {
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [
                        {"quotaId": "GenerateContentRequestsPerMinute", "quotaValue": "0"}
                    ],
                }
            ],
        }
    }
    assert classify(_err(429, body)).kind is Kind.USAGE_LIMIT
    body["error"]["details"][0]["violations"][0]["quotaValue"] = "15"  # type: ignore[index]
    assert classify(_err(429, body)).kind is Kind.RATE_LIMIT


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("AccountOverdueError: 403 Forbidden\nRequest ID: 0217", "AccountOverdueError"),
        ("ThrottlingException: Too many requests, please wait", "ThrottlingException"),
        ("ValidationError: 1 validation error for Settings", None),
        ("BadRequestError: Error code: 400", None),
    ],
)
def test_a_known_code_opening_the_text_is_reported(text: str, code: str | None) -> None:
    """A provider's PascalCase code printed first is its code, even one named like a class
    (Volcengine's AccountOverdueError, AWS's ThrottlingException), but an SDK's or Python's own
    class opening a traceback's last line is not."""
    assert classify(text).code == code
