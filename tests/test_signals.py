"""Evidence tables: what codes, classes, statuses and text say, and at what strength."""

from __future__ import annotations

import pytest

from chaterror import Kind
from chaterror.signals import (
    Tier,
    class_evidence,
    code_evidence,
    codes_in_text,
    errno_evidence,
    errnos_in_text,
    quota_evidence,
    status_evidence,
    status_in_text,
    text_evidence,
)


@pytest.mark.parametrize(
    ("code", "tier", "kind"),
    [
        ("insufficient_quota", Tier.CODE, Kind.USAGE_LIMIT),
        ("ThrottlingException", Tier.HINT, Kind.RATE_LIMIT),
        ("throttlingException", Tier.HINT, Kind.RATE_LIMIT),
        ("overloaded_error", Tier.CODE, Kind.OVERLOADED),
        ("API_KEY_INVALID", Tier.CODE, Kind.AUTH),
        ("context_length_exceeded", Tier.CODE, Kind.CONTEXT_LENGTH),
        ("model_not_found", Tier.CODE, Kind.CONFIG),
        ("content_filter", Tier.CODE, Kind.CONTENT_FILTER),
        ("RESOURCE_EXHAUSTED", Tier.HINT, Kind.RATE_LIMIT),
        ("invalid_request_error", Tier.FALLBACK, Kind.CONFIG),
        ("server_error", Tier.HINT, Kind.GENERIC),
    ],
)
def test_codes(code: str, tier: Tier, kind: Kind) -> None:
    """Provider codes map case-insensitively; generic family codes are only hints."""
    found = code_evidence(code)
    assert found is not None and (found.tier, found.kind) == (tier, kind)


def test_unknown_code_says_nothing() -> None:
    """A code nobody documented is no evidence."""
    assert code_evidence("something_new") is None


def test_daily_quota_ids_are_usage_limits() -> None:
    """A Gemini PerDay quota id is a hard cap; a per-minute one a rate limit."""
    assert (
        quota_evidence("GenerateRequestsPerDayPerProjectPerModel-FreeTier").kind is Kind.USAGE_LIMIT
    )
    assert quota_evidence("GenerateRequestsPerMinutePerProjectPerModel").kind is Kind.RATE_LIMIT


@pytest.mark.parametrize(
    ("status", "tier", "kind", "retryable"),
    [
        (401, Tier.HINT, Kind.AUTH, None),
        (403, Tier.FALLBACK, Kind.AUTH, None),
        (400, Tier.FALLBACK, Kind.CONFIG, None),
        (413, Tier.HINT, Kind.CONTEXT_LENGTH, None),
        (429, Tier.HINT, Kind.RATE_LIMIT, None),
        (529, Tier.HINT, Kind.OVERLOADED, None),
        (524, Tier.HINT, Kind.TIMEOUT, None),
        (500, Tier.HINT, Kind.GENERIC, True),
        (418, Tier.FALLBACK, Kind.GENERIC, False),
    ],
)
def test_statuses(status: int, tier: Tier, kind: Kind, retryable: bool | None) -> None:
    """Each status has one reading; unlisted 5xx are retryable generic, 4xx not."""
    found = status_evidence(status)
    assert (found.tier, found.kind, found.retryable) == (tier, kind, retryable)


def test_classes() -> None:
    """Certificate failures are config; transport classes are timeout hints."""
    cert = class_evidence("SSLCertVerificationError")
    read = class_evidence("ReadTimeout")
    assert cert is not None and (cert.tier, cert.kind) == (Tier.CODE, Kind.CONFIG)
    assert read is not None and (read.tier, read.kind) == (Tier.HINT, Kind.TIMEOUT)
    assert class_evidence("RateLimitError") is None  # the status says it


def test_errnos() -> None:
    """Connection errnos are transport; a name that does not resolve is config unless global."""
    assert errno_evidence(111, known_host=False).kind is Kind.TIMEOUT  # type: ignore[union-attr]
    assert errno_evidence(-2, known_host=False).kind is Kind.CONFIG  # type: ignore[union-attr]
    assert errno_evidence(-2, known_host=True).kind is Kind.TIMEOUT  # type: ignore[union-attr]
    assert errno_evidence(2, known_host=False) is None
    assert errnos_in_text("[Errno 111] refused; ConnectionResetError(104, 'reset')") == [111, 104]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Status: 404 (Not Found)\nErrorCode: DeploymentNotFound", ["DeploymentNotFound"]),
        (
            "An error occurred (ThrottlingException) when calling the Converse operation",
            ["ThrottlingException"],
        ),
        ("status = StatusCode.DEADLINE_EXCEEDED", ["DEADLINE_EXCEEDED"]),
        ("rpc error: code = Canceled desc = context canceled", ["Canceled"]),
        ("Error: insufficient_quota: You exceeded your current quota", ["insufficient_quota"]),
        ("plain words", []),
    ],
)
def test_codes_printed_in_text(text: str, codes: list[str]) -> None:
    """Codes SDKs print in text (.NET, botocore, gRPC) are read back."""
    assert codes_in_text(text) == codes


@pytest.mark.parametrize(
    ("text", "kind", "tier"),
    [
        ("prompt is too long: 211180 tokens > 200000 maximum", Kind.CONTEXT_LENGTH, Tier.PHRASE),
        ("Your credit balance is too low", Kind.USAGE_LIMIT, Tier.PHRASE),
        ("The model is overloaded. Please try again later.", Kind.OVERLOADED, Tier.PHRASE),
        ("Too many tokens per day, please wait", Kind.USAGE_LIMIT, Tier.PHRASE),
        ("Rate limit reached", Kind.RATE_LIMIT, Tier.HINT),
        ("read timed out", Kind.TIMEOUT, Tier.HINT),
        ("[信号灯超时时间已到]", Kind.TIMEOUT, Tier.HINT),
        ("403 personal-team-blocked:spending-limit", Kind.USAGE_LIMIT, Tier.PHRASE),
        ("Please ensure it's on good standing to use it", Kind.USAGE_LIMIT, Tier.PHRASE),
        ("Timed out waiting for first response event.", Kind.STARTUP_TIMEOUT, Tier.PHRASE),
        ("did not return an initial response within 25s", Kind.STARTUP_TIMEOUT, Tier.PHRASE),
        ("model did not respond (no output within 1m30s)", Kind.STARTUP_TIMEOUT, Tier.PHRASE),
        ("blocked: prompt: BlockedReasonProhibitedContent ()", Kind.CONTENT_FILTER, Tier.PHRASE),
        ("{'error': 'Violated guardrail policy'}", Kind.CONTENT_FILTER, Tier.PHRASE),
        ("The guardrail checks defined in the config failed", Kind.CONTENT_FILTER, Tier.PHRASE),
        (
            "Potential NSFW content was detected in one or more images.",
            Kind.CONTENT_FILTER,
            Tier.PHRASE,
        ),
        ('"message": "No auth credentials found"', Kind.AUTH, Tier.PHRASE),
        ("Authorization header is correct, but the token seems invalid", Kind.AUTH, Tier.PHRASE),
        (
            "length of prompt_tokens (68957) must be less than max_seq_len (65536).",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        (
            "but the maximum supported sequence length is just 4096!",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        ("Range of input length should be [1, 204800]", Kind.CONTEXT_LENGTH, Tier.PHRASE),
        (
            "You have used up your daily free allocation of 10,000 neurons.",
            Kind.USAGE_LIMIT,
            Tier.PHRASE,
        ),
        ("No more data centers to forward the request to", Kind.OVERLOADED, Tier.PHRASE),
        ("reason=EDGE_FUNCTION_INVOCATION_TIMEOUT, status=504", Kind.TIMEOUT, Tier.PHRASE),
        ("Timeout should be used inside a task", Kind.GENERIC, Tier.PHRASE),
        (
            "Prompt is 11543 tokens but the model context window is 4096 tokens.",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        (
            "WARNING: exceed session max length. Please end the session.",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        ("Invalid 'messages[0].content': string too long.", Kind.CONTEXT_LENGTH, Tier.PHRASE),
        ('{"code":2005,"message":"Failed to get response from provider"}', Kind.TIMEOUT, Tier.HINT),
        ("You didn't provide an API key. You need to provide your API key", Kind.AUTH, Tier.PHRASE),
        # A hint: a status printed beside it (openai-python 0.x's 429) decides.
        (
            "The server experienced an error while processing your request.",
            Kind.GENERIC,
            Tier.HINT,
        ),
        (
            "You don't have access to this model or the model name is invalid",
            Kind.CONFIG,
            Tier.PHRASE,
        ),
        ("max retry count reached. Reason: TooManyRequests", Kind.RATE_LIMIT, Tier.HINT),
        ("当前分组上游负载已饱和，请稍后再试", Kind.RATE_LIMIT, Tier.HINT),
        ("Function 'abc': Not found for account 'xyz'", Kind.CONFIG, Tier.PHRASE),
        ("model max length exceeded, max length:8192", Kind.CONTEXT_LENGTH, Tier.PHRASE),
        ("invalid request: message must be at least 1 token long", Kind.CONFIG, Tier.PHRASE),
        ("max_tokens参数非法。请检查文档。", Kind.CONFIG, Tier.PHRASE),
        ('{"message":"The provided model identifier is invalid."}', Kind.CONFIG, Tier.PHRASE),
        ("The API deployment for the resource does not exist.", Kind.CONFIG, Tier.PHRASE),
        ("Your quota will reset after 8h44m7s.", Kind.USAGE_LIMIT, Tier.PHRASE),
        (
            "Error raised by inference API: Model facebook/opt-1.3b time out",
            Kind.TIMEOUT,
            Tier.HINT,
        ),
        (
            "max_tokens for preview model `llama-3.1-8b-instant` must be less than or equal to 8000",
            Kind.CONFIG,
            Tier.PHRASE,
        ),
        (
            "The request was rejected because it was considered high\n risk",
            Kind.CONTENT_FILTER,
            Tier.PHRASE,
        ),
        ("403 user quota is not enough", Kind.USAGE_LIMIT, Tier.PHRASE),
        (
            "user [3] quota [-20847155]preConsumedQuota [743]is not enough",
            Kind.USAGE_LIMIT,
            Tier.PHRASE,
        ),
        ("用户额度不足, 剩余额度: ＄-0.000002", Kind.USAGE_LIMIT, Tier.PHRASE),
        (
            'messages with role "tool" must be a response to a preceeding message with "tool_calls".',
            Kind.CONFIG,
            Tier.PHRASE,
        ),
        (
            "Token sequence length is longer than the specified maximum sequence length for this "
            "model (1336 > 512).",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        ("Rate limit exceeded: free-models-per-day-high-balance.", Kind.USAGE_LIMIT, Tier.PHRASE),
        ('{"error":"pull model manifest: file does not exist"}', Kind.CONFIG, Tier.PHRASE),
        ("You've hit your limit · resets 8pm (America/New_York)", Kind.USAGE_LIMIT, Tier.PHRASE),
        ("Weekly limit reached · resets Oct 9 at 9am", Kind.USAGE_LIMIT, Tier.PHRASE),
        (
            "Enqueued token limit reached for gpt-4o-mini in organization org-x.",
            Kind.RATE_LIMIT,
            Tier.PHRASE,
        ),
        ("The max allowed tokens per submitted batch is 120000.", Kind.CONTEXT_LENGTH, Tier.PHRASE),
        (
            "The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
            Kind.TIMEOUT,
            Tier.PHRASE,
        ),
        ("Function id 'x': DEGRADED function cannot be invoked", Kind.OVERLOADED, Tier.PHRASE),
        (
            "prompt token count of 93854 exceeds the limit of 90000",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        (
            "An error occurred while processing your request. You can retry your request, or contact us",
            Kind.GENERIC,
            Tier.PHRASE,
        ),
        ('{"stop_reason": "refusal"}', Kind.CONTENT_FILTER, Tier.PHRASE),
        ("ReplicateError: The specified version does not exist", Kind.CONFIG, Tier.PHRASE),
        ("reset before headers. reset reason: overflow", Kind.OVERLOADED, Tier.PHRASE),
        (
            "Cannot truncate to 89998, required 355220: text:355351",
            Kind.CONTEXT_LENGTH,
            Tier.PHRASE,
        ),
        ("litellm.ContentPolicyViolationError: Azure Exception", Kind.CONTENT_FILTER, Tier.CODE),
        ("You don't have access to the model with the specified model ID.", Kind.AUTH, Tier.PHRASE),
        ("Error [TRPCError]: InvalidProviderAPIKey", Kind.AUTH, Tier.CODE),
        ("Key limit exceeded (total limit).", Kind.USAGE_LIMIT, Tier.PHRASE),
        (
            "YOUR INPUT VIOLATES OPENAI CONTENT MODERATION API. PLEASE TRY AGAIN.",
            Kind.CONTENT_FILTER,
            Tier.PHRASE,
        ),
        (
            "Project `proj_9Koe` does not have access to model `gpt-4o-mini`",
            Kind.AUTH,
            Tier.CODE,
        ),
    ],
)
def test_phrases(text: str, kind: Kind, tier: Tier) -> None:
    """Phrases yield evidence of their kind and tier."""
    assert (tier, kind) in {(e.tier, e.kind) for e in text_evidence(text, None)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "User location is not supported for the API use without a billing account linked.",
            Kind.USAGE_LIMIT,
            id="location-refusal-is-not-a-billing-problem",
        ),
        pytest.param(
            "Rate limit reached, resets in 20s",
            Kind.USAGE_LIMIT,
            id="a-reset-seconds-away-is-no-cap",
        ),
        pytest.param(
            "Error code: 520 - <title>api.x | 520: Web server is returning an unknown error</title>",
            Kind.TIMEOUT,
            id="cloudflare-520-is-no-timeout",
        ),
        pytest.param(
            'File "app.py", line 3, in main\n    call()',
            Kind.CONTENT_FILTER,
            id="traceback-joins-nothing",
        ),
    ],
)
def test_phrases_that_do_not_fire(text: str, kind: Kind) -> None:
    """Wording close to a phrase gives no evidence of its kind above the fallback tier."""
    assert kind not in {e.kind for e in text_evidence(text, None) if e.tier < Tier.FALLBACK}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Either the server is overloaded or there is an error in the application.",
            Kind.OVERLOADED,
            id="werkzeug-stock-500-page",
        ),
        pytest.param(
            "Rate limit exceeded.; no quota headers", Kind.USAGE_LIMIT, id="quota-headers"
        ),
        pytest.param(
            "The TCP handshake timed out, which may indicate the origin is overloaded, firewalling",
            Kind.OVERLOADED,
            id="cloudflare-522-guess-among-causes",
        ),
        pytest.param("Your quota will reset after 45s.", Kind.USAGE_LIMIT, id="reset-in-seconds"),
        pytest.param(
            "this is OmniRoute's request queue (resilienceSettings.requestQueue.maxWaitMs)",
            Kind.OVERLOADED,
            id="a-queue-named-is-not-a-full-queue",
        ),
    ],
)
def test_boilerplate_is_not_evidence(text: str, kind: Kind) -> None:
    """Stock wording that only mentions a kind (a framework's 500 page, a missing header) is not it."""
    assert kind not in {e.kind for e in text_evidence(text, None)}


def test_overlapping_phrases_are_all_found() -> None:
    """'too many tokens per day' is both a throttling hint and a daily cap."""
    kinds = {e.kind for e in text_evidence("Too many tokens per day", None)}
    assert {Kind.RATE_LIMIT, Kind.USAGE_LIMIT} <= kinds


def test_google_quota_boilerplate_is_not_a_usage_limit() -> None:
    """Google's generic 429 text ('exceeded your current quota') is not read as a hard cap."""
    text = "You exceeded your current quota, please check your plan and billing details."
    assert Kind.USAGE_LIMIT in {e.kind for e in text_evidence(text, "openai")}
    assert Kind.USAGE_LIMIT not in {e.kind for e in text_evidence(text, "google")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param("API error (402): {...}", 402, id="parentheses"),
        pytest.param('responseStatusCode: "400"', 400, id="response-status-code"),
        pytest.param("Could not respond. 405 status code (no body)", 405, id="number-then-status"),
        pytest.param("Openai Error:500:server_error:The server had an error", 500, id="no-space"),
        pytest.param("Client Error: NOT FOUND for url: https://x/v1", 404, id="reason-only"),
        pytest.param("404 404 page not found", 404, id="standing-alone"),
        pytest.param("dial tcp 10.0.0.1:503: connection refused", None, id="a-port-is-no-status"),
        pytest.param("Client Error: Teapot for url: https://x", None, id="unknown-reason"),
    ],
)
def test_status_written_in_text(text: str, status: int | None) -> None:
    """Statuses printed in the ways SDKs and apps print them are read; ports never are."""
    assert status_in_text(text) == status


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        pytest.param("sync_call Failed, code: Arrearage, message: x", ["Arrearage"], id="labelled"),
        pytest.param("x type: server_error param: null code: null", ["server_error"], id="type"),
        pytest.param(
            "Error: (content_filter) The response", ["content_filter"], id="parenthesised"
        ),
        pytest.param("Error 503, UNAVAILABLE, 'Deadline'", ["UNAVAILABLE"], id="canonical-caps"),
        pytest.param("the service is unavailable", [], id="canonical-in-prose-is-not"),
        pytest.param("stream error: stream ID 5; PROTOCOL_ERROR", ["PROTOCOL_ERROR"], id="http2"),
        pytest.param(
            "Error code: InvalidApiKey. Error message: Invalid API-key provided.",
            ["InvalidApiKey"],
            id="labelled-then-a-full-stop",
        ),
        pytest.param("rate limit exceeded(TPM)(1039)", ["1039"], id="closing-declared-number"),
        pytest.param(
            "header: {\n    code: 11200,\n    message: 'AppIdNoAuthError'",
            ["11200"],
            id="js-object",
        ),
        pytest.param("HTTP status code: 429", [], id="a-labelled-status-is-no-code"),
        pytest.param(
            "Cannot truncate prompt with n_keep (15028) >= n_ctx (7424)",
            [],
            id="closing-size-is-not",
        ),
    ],
)
def test_labelled_codes_in_text(text: str, codes: list[str]) -> None:
    """Codes printed with a label, in parentheses or as canonical capitals are read."""
    assert codes_in_text(text) == codes
