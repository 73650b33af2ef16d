"""Evidence: what each code, status, exception class and phrase says about the kind of failure.

This module is data. Each table maps something an error carries to a :class:`Kind` at a
:class:`Tier`, the strength of that evidence:

``CODE``
    The provider's own specific machine-readable answer (``insufficient_quota``,
    ``context_length_exceeded``, ``API_KEY_INVALID``, a Gemini ``PerDay`` quota id) or a Python
    exception type that names the failure exactly (``SSLCertVerificationError``).
``PHRASE``
    Wording that names the failure unambiguously ("prompt is too long", "credit balance is too
    low", "model is overloaded"), matched on word boundaries.
``HINT``
    Family-level evidence: a status code with one usual meaning (429, 401, 503), a generic code
    (``rate_limit_error``, ``RESOURCE_EXHAUSTED``, ``ThrottlingException``), a transport
    exception class, a generic keyword ("rate limit", "timed out").
``FALLBACK``
    "The request was rejected" with no reason: 400, 403, 404, ``invalid_request_error``,
    ``INVALID_ARGUMENT``, ``ValidationException``.

:mod:`chaterror.classify` decides; this module only says what the evidence is.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from chaterror.kind import Kind

__all__ = [
    "Evidence",
    "Tier",
    "class_evidence",
    "code_evidence",
    "codes_in_text",
    "errno_evidence",
    "errnos_in_text",
    "quota_evidence",
    "status_evidence",
    "status_in_text",
    "text_evidence",
]


class Tier(enum.IntEnum):
    """How strongly a piece of evidence speaks; lower is stronger."""

    #: The provider's specific code, or an exception type that names the failure.
    CODE = 0
    #: Unambiguous wording.
    PHRASE = 1
    #: Family-level: status codes, generic codes, transport classes, generic keywords.
    HINT = 2
    #: A rejection with no reason given.
    FALLBACK = 3


@dataclass(frozen=True, slots=True)
class Evidence:
    """One finding: this input looks like ``kind``, this strongly, and why."""

    tier: Tier
    kind: Kind
    why: str
    #: Set when the evidence decides retryability itself (a caller's deadline, a 5xx code).
    retryable: bool | None = None


_C, _P, _H, _F = Tier.CODE, Tier.PHRASE, Tier.HINT, Tier.FALLBACK
K = Kind

# ---------------------------------------------------------------------------------------------
# Provider codes and types, matched case-insensitively (Bedrock streams send "throttlingException"
# where the HTTP API sends "ThrottlingException"). Sources: each provider's error docs, the
# fixture notes in tests/fixtures/corpus/notes/.
_CODES: Final[Mapping[str, tuple[Tier, Kind, bool | None]]] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "insufficient_quota",
                "billing_hard_limit_reached",
                "billing_not_active",
                "insufficient_balance",
                "insufficient_user_quota",
                "billing_error",
                "payment_required",
                "servicequotaexceededexception",
                "budget_exceeded",
                "credits_exhausted",
            ),
            (_C, K.USAGE_LIMIT, None),
        ),
        **dict.fromkeys(
            (
                "overloaded_error",
                "engine_overloaded_error",
                "server_is_overloaded",
                # Bedrock: the model is still loading; SDKs retry it (bedrock-runtime docs).
                "modelnotreadyexception",
                "overloaded",
                "server_overloaded",
            ),
            (_C, K.OVERLOADED, None),
        ),
        **dict.fromkeys(
            (
                "invalid_api_key",
                "authentication_error",
                "permission_error",
                "api_key_invalid",
                "api_key_expired",
                "unauthenticated",
                "permission_denied",
                "unauthorized",
                "accessdeniedexception",
                "unrecognizedclientexception",
                "invalidsignatureexception",
                "expiredtokenexception",
                "consumer_suspended",
                "invalid_authentication",
                "account_deactivated",
                "access_denied",
                # A region block: nothing in the request is wrong, the caller is not permitted.
                "unsupported_country_region_territory",
                "request_forbidden",
                "forbidden",
            ),
            (_C, K.AUTH, None),
        ),
        **dict.fromkeys(
            (
                "model_not_found",
                "deploymentnotfound",
                "not_found_error",
                "notfounderror",
                "resourcenotfoundexception",
                "invalid_model",
                "unsupported_parameter",
                "unsupported_value",
                "unsupported_file",
                "not_found",
                "model_not_available",
                "unknown_model",
                # Groq: the model produced a tool call that fails the request's schema.
                "tool_use_failed",
            ),
            (_C, K.CONFIG, None),
        ),
        **dict.fromkeys(
            (
                "context_length_exceeded",
                "string_above_max_length",
                "exceed_context_size_error",
                # Anthropic 413 (Cloudflare, body over 32 MB).
                "request_too_large",
                "context_window_exceeded",
                "model_context_window_exceeded",
                "prompt_too_long",
            ),
            (_C, K.CONTEXT_LENGTH, None),
        ),
        **dict.fromkeys(
            (
                "content_filter",
                "content_policy_violation",
                "invalid_prompt",
                "responsibleaipolicyviolation",
                "safety",
                "prohibited_content",
                "model_armor",
                "blocklist",
                "spii",
                "image_safety",
                "recitation",
                "content_filtered",
            ),
            (_C, K.CONTENT_FILTER, None),
        ),
        **dict.fromkeys(
            (
                "modeltimeoutexception",
                "deadline_exceeded",
                "timeout_error",
                "request_timeout",
                "gateway_timeout",
                "timeout",
                "requesttimeout",
                "requesttimeoutexception",
                "serviceunavailableexception",
                # Cloudflare in front of OpenAI; OpenRouter's upstream dropped mid-stream.
                "cf_bad_gateway",
                "provider_unavailable",
            ),
            (_C, K.TIMEOUT, None),
        ),
        **dict.fromkeys(
            (
                "server_error",
                "api_error",
                "internal_error",
                "internal",
                "internalserverexception",
                "internal_server_error",
                "modelstreamerrorexception",
            ),
            (_H, K.GENERIC, True),
        ),
        # Bedrock 424: the model failed on this input; the fixes are on the request.
        "modelerrorexception": (_C, K.GENERIC, False),
        # gRPC / Go: the caller cancelled.
        "canceled": (_C, K.GENERIC, False),
        "cancelled": (_C, K.GENERIC, False),
        **dict.fromkeys(
            (
                "rate_limit_exceeded",
                "rate_limit_error",
                "rate_limited",
                "throttlingexception",
                "too_many_requests",
                "too_many_requests_error",
                "resource_exhausted",
                "ratelimitexceeded",
                "rate_limit",
                "throttling",
                "toomanyrequestsexception",
                "limitexceededexception",
                # Cerebras: despite the name, a per-minute limit (grammar-nazi-bot#958).
                "request_quota_exceeded",
                # OpenAI's rate-limit error types.
                "tokens",
                "requests",
            ),
            (_H, K.RATE_LIMIT, None),
        ),
        # Google 503: overload or an outage; the message tells which.
        "unavailable": (_H, K.TIMEOUT, None),
        **dict.fromkeys(
            (
                "invalid_request_error",
                "badrequesterror",
                "invalid_argument",
                "validationexception",
                "bad_request",
                "invalid_request",
                "unprocessableentityerror",
                "failed_precondition",
                # xAI's second body shape puts the gRPC status phrase in "code".
                "client specified an invalid argument",
            ),
            (_F, K.CONFIG, None),
        ),
    }
)


def code_evidence(code: str) -> Evidence | None:
    """What a provider code or error type says, if anything."""
    entry = _CODES.get(code.strip().lower())
    if entry is None:
        return None
    tier, kind, retryable = entry
    return Evidence(tier, kind, f"code {code}", retryable)


def quota_evidence(quota_id: str) -> Evidence:
    """A Gemini ``QuotaFailure`` id: a daily or free-tier-zero quota is a hard cap."""
    if "perday" in quota_id.lower().replace("_", "").replace("-", ""):
        return Evidence(_C, K.USAGE_LIMIT, f"quota {quota_id}")
    return Evidence(_H, K.RATE_LIMIT, f"quota {quota_id}")


# ---------------------------------------------------------------------------------------------
# HTTP statuses. Statuses that carry one usual meaning are HINTs; "rejected" statuses whose
# reason lies in the body are FALLBACK.
_STATUS: Final[Mapping[int, tuple[Tier, Kind]]] = MappingProxyType(
    {
        400: (_F, K.CONFIG),
        401: (_H, K.AUTH),
        402: (_H, K.USAGE_LIMIT),
        403: (_F, K.AUTH),
        404: (_F, K.CONFIG),
        405: (_F, K.CONFIG),
        407: (_H, K.AUTH),
        408: (_H, K.TIMEOUT),
        410: (_F, K.CONFIG),
        413: (_H, K.CONTEXT_LENGTH),
        415: (_F, K.CONFIG),
        422: (_F, K.CONFIG),
        429: (_H, K.RATE_LIMIT),
        502: (_H, K.TIMEOUT),
        503: (_H, K.TIMEOUT),
        504: (_H, K.TIMEOUT),
        # Cloudflare's origin errors: unknown, down, timed out, unreachable, TLS, timeout.
        **dict.fromkeys(range(520, 528), (_H, K.TIMEOUT)),
        529: (_H, K.OVERLOADED),
    }
)


def status_evidence(status: int) -> Evidence:
    """What an HTTP status says: its table entry, else generic (retryable for 5xx)."""
    entry = _STATUS.get(status)
    if entry is not None:
        return Evidence(entry[0], entry[1], f"status {status}")
    tier = _H if status >= 500 else _F
    return Evidence(tier, K.GENERIC, f"status {status}", status >= 500)


# ---------------------------------------------------------------------------------------------
# Exception classes, by name anywhere in the MRO (SDKs are recognised by shape, never imported).
# Status-derived classes (RateLimitError, BadRequestError …) are absent on purpose: the status
# attribute they carry says the same, and LiteLLM's mapping of them is unreliable.
_CLASSES: Final[Mapping[str, tuple[Tier, Kind]]] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "SSLCertVerificationError",
                "ClientConnectorCertificateError",
                "CertificateError",
                "NoRegionError",
                "ParamValidationError",
                "UnsupportedProtocol",
                "InvalidURL",
                "MissingSchema",
                "InvalidSchema",
                "InvalidUrlClientError",
                "LocalProtocolError",
            ),
            (_C, K.CONFIG),
        ),
        **dict.fromkeys(("NoCredentialsError", "PartialCredentialsError"), (_C, K.AUTH)),
        "ContentFilterFinishReasonError": (_C, K.CONTENT_FILTER),
        "ContentPolicyViolationError": (_C, K.CONTENT_FILTER),
        "ContextWindowExceededError": (_C, K.CONTEXT_LENGTH),
        "BudgetExceededError": (_C, K.USAGE_LIMIT),
        **dict.fromkeys(
            (
                # builtins, asyncio, socket
                "TimeoutError",
                "ConnectionError",
                "ConnectionResetError",
                "ConnectionRefusedError",
                "ConnectionAbortedError",
                "BrokenPipeError",
                "IncompleteReadError",
                # ssl (certificate failures are above)
                "SSLError",
                "SSLEOFError",
                "SSLZeroReturnError",
                "SSLSyscallError",
                # httpx, httpx2, httpcore
                "TimeoutException",
                "ConnectTimeout",
                "ReadTimeout",
                "WriteTimeout",
                "PoolTimeout",
                "ConnectError",
                "ReadError",
                "WriteError",
                "RemoteProtocolError",
                "NetworkError",
                "ProxyError",
                "StreamError",
                # requests, urllib3, http.client
                "Timeout",
                "ReadTimeoutError",
                "ConnectTimeoutError",
                "NewConnectionError",
                "ProtocolError",
                "ChunkedEncodingError",
                "IncompleteRead",
                "RemoteDisconnected",
                # aiohttp
                "ServerTimeoutError",
                "ConnectionTimeoutError",
                "SocketTimeoutError",
                "ClientConnectorError",
                "ClientConnectionError",
                "ClientOSError",
                "ClientPayloadError",
                "ServerDisconnectedError",
                "ServerConnectionError",
                # botocore
                "EndpointConnectionError",
                "ConnectionClosedError",
                # openai, anthropic, and SDKs generated like them
                "APITimeoutError",
                "APIConnectionError",
                # google-api-core
                "DeadlineExceeded",
                "ServiceUnavailable",
            ),
            (_H, K.TIMEOUT),
        ),
    }
)


def class_evidence(name: str) -> Evidence | None:
    """What an exception class name says, if anything."""
    entry = _CLASSES.get(name)
    return None if entry is None else Evidence(entry[0], entry[1], f"class {name}")


# OS error numbers of a connection that failed or broke (Linux, macOS, Windows).
_TRANSPORT_ERRNOS: Final = frozenset(
    {
        32,
        54,
        60,
        61,
        64,
        65,
        101,
        103,
        104,
        110,
        111,
        112,
        113,
        10053,
        10054,
        10060,
        10061,
        10065,
        121,
    }
)
# getaddrinfo: the name does not exist (permanent) or could not be looked up now (transient).
_DNS_PERMANENT: Final = frozenset({-2, -5, 11001})
_DNS_TRANSIENT: Final = frozenset({-3, 11002})


def errno_evidence(errno: int, *, known_host: bool) -> Evidence | None:
    """What an OS error number says. A name that does not resolve is a bad endpoint (config),
    unless it is a provider's own API host: then the network is what is broken."""
    if errno in _TRANSPORT_ERRNOS or errno in _DNS_TRANSIENT:
        return Evidence(_H, K.TIMEOUT, f"errno {errno}")
    if errno in _DNS_PERMANENT:
        if known_host:
            return Evidence(_H, K.TIMEOUT, f"errno {errno} for a provider host")
        return Evidence(_P, K.CONFIG, f"errno {errno}: host does not resolve")
    return None


# ---------------------------------------------------------------------------------------------
# Text. One entry per (tier, kind, retryable) with an alternation of patterns, matched
# case-insensitively with word boundaries. `unless` names providers whose boilerplate uses the
# wording for something else.
@dataclass(frozen=True, slots=True)
class _Phrases:
    tier: Tier
    kind: Kind
    pattern: str
    retryable: bool | None = None
    unless: frozenset[str] = frozenset()
    #: Match on word boundaries; off for scripts without spaces between words.
    bounded: bool = True


_PHRASES: Final[tuple[_Phrases, ...]] = (
    _Phrases(
        _P,
        K.CONTENT_FILTER,
        r"content management policy|content[_ ]filter(?:ing|ed)?"
        r"|content[_ ]policy|safety system|input was flagged|requires moderation"
        r"|flagged as potentially violating|responsible ?ai policy|blocked due to safety"
        r"|prohibited[_ ]content|content exists risk|blocked output|usage guidelines"
        r"|block_?reason:?\s*['\"]?(?:safety|other|blocklist"
        r"|prohibited_content|model_armor)",
    ),
    _Phrases(
        _P,
        K.CONTEXT_LENGTH,
        r"maximum context length|context[_ ]length[_ ](?:is )?exceeded"
        r"|context length (?:of|is only)|(?:exceeds?|exceeded|exceeding) (?:the )?"
        r"(?:model'?s? |available )?context(?: window| limit| length| size)?"
        r"|context window (?:of|exceeded|is full)|request size exceeds model context"
        r"|prompt is too long|input is too long|too many input tokens"
        r"|input token count \(?\d+\)? exceeds|input length exceeds the context"
        r"|context size has been exceeded|context overflow|context the overflows"
        r"|n_keep:? ?\d+ ?>= ?n_ctx|request too large for (?:model|gpt|[\w.-]+ in organi)"
        r"|requested \d+ tokens \(\d+ in the messages|reduce the length of the messages"
        r"|content'?: string too long|expected maxlength: \d+, actual"
        r"|tokens \+ `?max_new_tokens`? must be"
        r"|max_tokens must be at least 1, got -\d+"
        r"|request exceeds the maximum size|exceed context limit"
        r"|input tokens exceed the configured limit|contextwindowexceedederror"
        r"|maximum (?:prompt|input|model) length|longer than the maximum model length"
        r"|limit exceeded by \d+ tokens",
    ),
    # "exceeded your current quota" is OpenAI's insufficient_quota text, but Google's generic
    # 429 RESOURCE_EXHAUSTED message for per-minute limits too (ai.google.dev rate-limits).
    _Phrases(
        _P,
        K.USAGE_LIMIT,
        r"exceeded your current quota|check your plan and billing details",
        unless=frozenset({"google"}),
    ),
    _Phrases(
        _P,
        K.USAGE_LIMIT,
        r"insufficient[_ ](?:quota|balance|credits?|funds)|credit balance is too low"
        r"|requires more credits|can only afford|used all available credits"
        r"|spend(?:ing)? limit|reached (?:your|its) (?:specified |monthly )?(?:api )?usage"
        r" limits?|regain access on|out of extra usage|extra usage is required"
        r"|billing hard limit|payment required|purchase (?:more )?credits"
        r"|add more credits|(?:tokens|requests) per day|limit_rpd"
        r"|per ?day per|\w*perday|daily (?:quota|limit)|\blimit: ?0\b"
        r"|prompt tokens limit exceeded|higher monthly limit|enable billing"
        r"|monthly (?:usage |spend(?:ing)? )?(?:limit|quota|cap)"
        r"|reached (?:your|its|the) (?:\w+ ){0,2}(?:usage|spend(?:ing)?) limit"
        r"|(?:calls|requests|tokens|queries) ?(?:/|per) ?month|budget (?:has been )?exceeded"
        r"|exceeded (?:the |your )?budget|crossed budget",
    ),
    _Phrases(
        _P,
        K.OVERLOADED,
        r"overloaded|high (?:demand|traffic|load)|(?:at|out of|no) capacity"
        r"|capacity (?:constraints|exceeded|exhausted)"
        r"|resource exhausted\. please try again later|not ready to serve"
        r"|server is busy|too busy",
    ),
    _Phrases(
        _P,
        K.AUTH,
        r"invalid (?:x-)?api[ _-]?key|incorrect api key|api key not (?:valid|found)"
        r"|invalid api token|invalid (?:authentication|credentials|bearer token)"
        r"|authentication (?:failed|required)|missing (?:subscription|api|authentication)"
        r" (?:key|token)|access denied due to|no api key provided"
        r"|api[_ ]key\b.{0,60}\bmust be set|unauthorized|permission denied"
        r"|organization must be verified|location is not supported"
        r"|request not allowed|security token included in the request is invalid"
        r"|not authorized to perform|api key expired|organization has been disabled"
        r"|account (?:has been |is )?(?:disabled|suspended|deactivated)"
        r"|not available in your (?:country|region|location)",
    ),
    _Phrases(
        _P,
        K.CONFIG,
        r"model\W{1,3}[\w./:-]{1,80}\W{1,3}(?:not found|does not exist|is not supported)"
        r"|(?:no such|invalid|unknown|unsupported) model|model[_ ]not[_ ]found"
        r"|that model does not exist|no endpoints found|does not exist or you do not"
        r"|deployment for this resource does not exist|end of (?:its )?life"
        r"|marked by provider as legacy|not supported with this model|does not support"
        r"|unsupported (?:parameter|value)|on-demand throughput isn.t supported"
        r"|maximum tokens you requested exceeds|max_tokens is too large"
        r"|supports at most \d+ (?:completion|output) tokens|should alternate"
        r"|must alternate|tool call validation failed|string too long"
        r"|try pulling it first|certificate[_ ]verify[_ ]failed|wrong_version_number"
        r"|was provided without its required|invalid url|unsupported protocol"
        r"|not a valid model|unrecognized request argument|requires more system memory"
        r"|the model returned the following errors|invalid max_tokens|valid range of"
        r"|max[_ ]tokens must be (?:less|at most|<=)|maximum output for this model"
        r"|expected `?\w+`? or `?\w+`?, but found",
    ),
    # LiteLLM's router has no deployment under its TPM/RPM budget (litellm#20867).
    _Phrases(_P, K.RATE_LIMIT, r"no deployments available for selected model"),
    _Phrases(
        _P,
        K.STARTUP_TIMEOUT,
        r"no first (?:token|chunk|byte)|sent no first|did not start responding"
        r"|first[_ ]chunk[_ ]timeout|stream[_ ]silence[_ ]timeout",
    ),
    # A caller's own deadline (Go's context, an app's fixed budget): retrying hits it again.
    _Phrases(
        _P,
        K.TIMEOUT,
        r"context deadline exceeded|exceeded the [\w-]+ deadline"
        r"|client\.timeout exceeded",
        retryable=False,
    ),
    _Phrases(
        _P,
        K.GENERIC,
        r"cancelled by cancel scope|\bcancellederror|context canceled"
        r"|(?:chat|request|operation) interrupted|request was cancell?ed",
        retryable=False,
    ),
    _Phrases(
        _H,
        K.RATE_LIMIT,
        r"rate[ _-]?limit(?:ed|s|ing)?|too many requests|throttl(?:ed|ing)"
        r"|ratelimiterror|request rate is too high|too many tokens|\bquota\b"
        r"|resource has been exhausted|resource_exhausted",
    ),
    _Phrases(
        _H,
        K.AUTH,
        r"forbidden|authenticationerror|permissiondeniederror"
        r"|unauthenticated|\bauthentication\b",
    ),
    _Phrases(_H, K.OVERLOADED, r"overloadederror"),
    _Phrases(
        _H,
        K.TIMEOUT,
        r"timed[ -]?out|time-out|(?<!invalid )timeout(?!\s*(?:parameter|param|value|must"
        r"|should|field|is invalid))|timeouterror|deadline exceeded|apitimeouterror"
        r"|connection (?:error|reset|refused|aborted|closed|lost|broken|timed)"
        r"|connect call failed|cannot connect to host|failed to establish a new connection"
        r"|max retries exceeded with url|all connection attempts failed"
        r"|server disconnected|remote end closed|remotedisconnected|peer closed connection"
        r"|incomplete chunked read|incompleteread|broken pipe|\beof\b|unexpected_eof"
        r"|bad gateway|gateway time-?out|service unavailable|server unavailable"
        r"|temporarily unavailable|upstream connect error|reset before headers"
        r"|no route to host|network is unreachable|network connection lost"
        r"|temporary failure in name resolution|error code: 52\d|a timeout occurred"
        r"|origin is unreachable|web server is down|stream disconnected before completion"
        r"|closed before (?:message_stop|terminal event|completion)|goaway"
        r"|http2: stream closed|use of closed network connection|client conn"
        r"|received from peer|unable to round-trip|actively refused|connecterror"
        r"|readtimeout|connecttimeout|readerror|remoteprotocolerror|apiconnectionerror"
        r"|clientconnectorerror|serverdisconnectederror|newconnectionerror"
        r"|chunkedencodingerror|sslerror|ssleoferror|endpointconnectionerror"
        r"|stream stalled|stalled for \d+",
    ),
    # Windows reports socket errors in the user's language; "超时" is "timed out".
    _Phrases(_H, K.TIMEOUT, r"超时", bounded=False),
    _Phrases(
        _H,
        K.GENERIC,
        r"internal server error|server error|internal error"
        r"|internalservererror|servererror|the server had an error",
        retryable=True,
    ),
    _Phrases(
        _F,
        K.CONFIG,
        r"badrequesterror|notfounderror|invalid_request_error"
        r"|unprocessableentityerror|validationexception|invalid_argument",
    ),
)

_WORD: Final = r"\b"
# One pass over the text. Each alternative sits in a lookahead, so matches may overlap: "too
# many tokens per day" yields both "too many tokens" (rate_limit) and "tokens per day".
_TEXT_RE: Final = re.compile(
    "(?="
    + "|".join(
        f"(?P<p{i}>{_WORD if p.bounded else ''}(?:{p.pattern}))" for i, p in enumerate(_PHRASES)
    )
    + ")",
    re.IGNORECASE,
)


def text_evidence(text: str, provider: str | None) -> Iterator[Evidence]:
    """Yield evidence for every phrase found in ``text`` (one scan of the whole text)."""
    seen: set[str] = set()
    for match in _TEXT_RE.finditer(text):
        group = match.lastgroup
        if group is None or group in seen:
            continue
        seen.add(group)
        entry = _PHRASES[int(group[1:])]
        if provider in entry.unless:
            continue
        yield Evidence(entry.tier, entry.kind, f"text {match.group(group)!r}", entry.retryable)


# ---------------------------------------------------------------------------------------------
# Structured values printed inside text: statuses, codes, errnos.

# Status markers, most reliable first. Only 4xx and 5xx count: a 200 around a stream error is
# not the failure's status, and three digits after a colon are usually a port.
_STATUS_PATTERNS: Final = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b([45]\d\d) (?:bad request|unauthorized|payment required|forbidden|not found"
        r"|request timeout|payload too large|request entity too large|too many requests"
        r"|internal server error|bad gateway|service unavailable|gateway time-?out)\b",
        r"\berror code:? ?([45]\d\d)\b",
        r"\b(?:status[_ ]?code|statuscode|http[_ ]?status(?:code)?|error_code|httpcode)['\"]?"
        r"\s*[:=]?\s*['\"]?([45]\d\d)\b",
        r"\bstatus['\"]?\s*[:=]?\s*['\"]?([45]\d\d)\b",
        r"\bhttp(?:/[\d.]+)?\s*(?:code\s*)?([45]\d\d)\b",
        r"<title>[^<]{0,80}?\b([45]\d\d)\b",
        r"(?:^|[(\[]\s*|:\s+|\berror\s+)([45]\d\d)(?=\s*(?:[-:{\[\"'(]|[a-z]|$))",
        r"(?<![:.\d/=#-])\b(401|403|408|429|500|502|503|504|529)\b"
        r"(?!\s*(?:tokens?|ms|milliseconds?|seconds?|s\b|requests?|bytes|%))",
    )
)


def status_in_text(text: str) -> int | None:
    """Return the HTTP error status that ``text`` reports, if it reports one."""
    for pattern in _STATUS_PATTERNS:
        for match in pattern.finditer(text):
            prefix = text[max(0, match.start() - 12) : match.start()].lower()
            if "stream id" in prefix or "port" in prefix or "errno" in prefix:
                continue
            return int(match.group(1))
    return None


# Bedrock runtime's exceptions (botocore bedrock-runtime service-2.json), named in JS SDK output.
_AWS_EXCEPTIONS: Final = (
    "Validation|Throttling|AccessDenied|ResourceNotFound|ServiceQuotaExceeded|ModelTimeout"
    "|ModelError|ModelNotReady|InternalServer|ServiceUnavailable|ModelStreamError|Conflict"
)
# Codes rendered in text by SDKs: .NET "ErrorCode: X", botocore "An error occurred (X) when",
# gRPC "StatusCode.X" / "code = X desc", protobuf "block_reason: X".
_CODE_IN_TEXT_RE: Final = re.compile(
    r"\berrorcode:\s*([A-Za-z_]\w{2,60})|\ban error occurred \((\w{3,80})\) when calling"
    r"|\bstatuscode\.([A-Z_]{3,40})\b|\bcode = (\w{3,40}) desc\b|\bblock_reason:\s*([A-Z_]{3,40})"
    r"|\breason: \"([A-Z_]{3,40})\"|^\W*(?:error:\s*)?([a-z]+(?:_[a-z]+)+):\s"
    rf"|\b((?:{_AWS_EXCEPTIONS})Exception)\b",
    re.IGNORECASE,
)


def codes_in_text(text: str) -> list[str]:
    """Return provider codes printed in ``text`` by SDKs that do not keep them structured."""
    return [next(g for g in m.groups() if g) for m in _CODE_IN_TEXT_RE.finditer(text)][:8]


_ERRNO_RE: Final = re.compile(
    r"\[(?:errno|winerror) (-?\d{1,5})\]|\b(?:Connection\w*Error|OSError|TimeoutError)\((-?\d{1,5}), ",
    re.IGNORECASE,
)


def errnos_in_text(text: str) -> list[int]:
    """Return OS error numbers printed in ``text`` ("[Errno 111]", "ConnectionResetError(104, ")."""
    return [int(next(g for g in m.groups() if g)) for m in _ERRNO_RE.finditer(text)][:8]
