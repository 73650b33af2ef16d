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
from typing import Any, Final

from chaterror._scan import Gated, GatedTable, Scan
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
    #: Set when the failure is the endpoint itself (DNS, TLS, URL): the message says so.
    endpoint: bool = False


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


_ENDPOINT_CLASSES: Final = frozenset(
    {
        "SSLCertVerificationError",
        "ClientConnectorCertificateError",
        "CertificateError",
        "UnsupportedProtocol",
        "InvalidURL",
        "MissingSchema",
        "InvalidSchema",
        "InvalidUrlClientError",
    }
)


def class_evidence(name: str) -> Evidence | None:
    """What an exception class name says, if anything."""
    entry = _CLASSES.get(name)
    if entry is None:
        return None
    return Evidence(entry[0], entry[1], f"class {name}", endpoint=name in _ENDPOINT_CLASSES)


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
        return Evidence(_P, K.CONFIG, f"errno {errno}: host does not resolve", endpoint=True)
    return None


# ---------------------------------------------------------------------------------------------
# Text. Each entry: tier, kind, the trigger substrings every match contains, and a lower-case
# pattern matched on word boundaries in the lower-cased text. `unless` names providers whose
# boilerplate uses the wording for something else; `retryable` is set where the wording itself
# decides it.
@dataclass(frozen=True, slots=True)
class _Phrase:
    tier: Tier
    kind: Kind
    triggers: tuple[str, ...]
    pattern: str
    retryable: bool | None = None
    unless: frozenset[str] = frozenset()
    #: Match on word boundaries; off for scripts without spaces between words.
    bounded: bool = True
    #: The failure is the endpoint itself (TLS, URL).
    endpoint: bool = False


def _p(kind: Kind, triggers: str, pattern: str, **extra: Any) -> _Phrase:
    return _Phrase(_P, kind, tuple(triggers.split("|")), pattern, **extra)


def _h(kind: Kind, triggers: str, pattern: str, **extra: Any) -> _Phrase:
    return _Phrase(_H, kind, tuple(triggers.split("|")), pattern, **extra)


_PHRASES: Final[tuple[_Phrase, ...]] = (
    # content_filter
    _p(
        K.CONTENT_FILTER,
        "content",
        r"content management policy|content[_ ]filter(?:ing|ed)?"
        r"|content[_ ]policy|content exists risk",
    ),
    _p(K.CONTENT_FILTER, "safety", r"safety system|blocked due to safety"),
    _p(K.CONTENT_FILTER, "flagged", r"input was flagged|flagged as potentially violating"),
    _p(K.CONTENT_FILTER, "moderation", r"requires moderation"),
    _p(K.CONTENT_FILTER, "responsible", r"responsible ?ai policy"),
    _p(K.CONTENT_FILTER, "prohibited", r"prohibited[_ ]content"),
    _p(K.CONTENT_FILTER, "blocked output", r"blocked output"),
    _p(K.CONTENT_FILTER, "guidelines", r"usage guidelines"),
    _p(
        K.CONTENT_FILTER,
        "block",
        r"block_?reason:?\s*['\"]?(?:safety|other|blocklist"
        r"|prohibited_content|model_armor)",
    ),
    # context_length
    _p(
        K.CONTEXT_LENGTH,
        "context",
        r"maximum context length|context[_ ]length[_ ](?:is )?exceeded"
        r"|context length (?:of|is only)|(?:exceeds?|exceeded|exceeding) (?:the )?"
        r"(?:model'?s? |available )?context(?: window| limit| length| size)?"
        r"|context window (?:of|exceeded|is full)|request size exceeds model context"
        r"|context size has been exceeded|context overflow|context the overflows",
    ),
    _p(K.CONTEXT_LENGTH, "prompt", r"prompt is too long|maximum prompt length"),
    _p(
        K.CONTEXT_LENGTH,
        "input",
        r"input is too long|too many input tokens"
        r"|input token count \(?\d+\)? exceeds|input length exceeds the context"
        r"|input tokens exceed the configured limit|maximum input length",
    ),
    _p(K.CONTEXT_LENGTH, "n_keep", r"n_keep:? ?\d+ ?>= ?n_ctx"),
    _p(
        K.CONTEXT_LENGTH,
        "request too large",
        r"request too large for (?:model|gpt|[\w.-]+ in organi)",
    ),
    _p(K.CONTEXT_LENGTH, "requested", r"requested \d+ tokens \(\d+ in the messages"),
    _p(K.CONTEXT_LENGTH, "reduce the length", r"reduce the length of the messages"),
    _p(K.CONTEXT_LENGTH, "string too long", r"content'?: string too long"),
    _p(K.CONTEXT_LENGTH, "maxlength", r"expected maxlength: \d+, actual"),
    _p(K.CONTEXT_LENGTH, "max_new_tokens", r"tokens \+ `?max_new_tokens`? must be"),
    _p(K.CONTEXT_LENGTH, "max_tokens must be at least", r"max_tokens must be at least 1, got -\d+"),
    _p(K.CONTEXT_LENGTH, "maximum size", r"request exceeds the maximum size"),
    _p(K.CONTEXT_LENGTH, "contextwindowexceedederror", r"contextwindowexceedederror"),
    _p(K.CONTEXT_LENGTH, "maximum model length", r"maximum model length"),
    _p(K.CONTEXT_LENGTH, "limit exceeded by", r"limit exceeded by \d+ tokens"),
    # usage_limit. "exceeded your current quota" is OpenAI's insufficient_quota text, but also
    # Google's generic 429 RESOURCE_EXHAUSTED message for per-minute limits (ai.google.dev).
    _p(
        K.USAGE_LIMIT,
        "current quota|billing details",
        r"exceeded your current quota|check your plan and billing details",
        unless=frozenset({"google"}),
    ),
    _p(K.USAGE_LIMIT, "insufficient", r"insufficient[_ ](?:quota|balance|credits?|funds)"),
    _p(
        K.USAGE_LIMIT,
        "credit",
        r"credit balance is too low|requires more credits"
        r"|used all available credits|purchase (?:more )?credits|add more credits",
    ),
    _p(K.USAGE_LIMIT, "afford", r"can only afford"),
    _p(K.USAGE_LIMIT, "spend", r"spend(?:ing)? limit"),
    _p(
        K.USAGE_LIMIT,
        "usage limit",
        r"reached (?:your|its|the) (?:[\w-]+ ){0,3}usage limits?"
        r"|usage limits? (?:reached|exceeded)",
    ),
    _p(K.USAGE_LIMIT, "regain access", r"regain access on"),
    _p(K.USAGE_LIMIT, "extra usage", r"out of extra usage|extra usage is required"),
    _p(K.USAGE_LIMIT, "billing hard limit", r"billing hard limit"),
    _p(K.USAGE_LIMIT, "payment required", r"payment required"),
    _p(K.USAGE_LIMIT, "per day|perday", r"(?:tokens|requests) per day|per ?day per"),
    _p(K.USAGE_LIMIT, "perday", r"\w*perday"),
    _p(K.USAGE_LIMIT, "limit_rpd", r"limit_rpd"),
    _p(K.USAGE_LIMIT, "daily", r"daily (?:quota|limit)"),
    _p(K.USAGE_LIMIT, "limit:", r"limit: ?0\b"),
    _p(K.USAGE_LIMIT, "prompt tokens limit exceeded", r"prompt tokens limit exceeded"),
    _p(
        K.USAGE_LIMIT,
        "monthly",
        r"higher monthly limit|monthly (?:usage |spend(?:ing)? )?"
        r"(?:limit|quota|cap)",
    ),
    _p(K.USAGE_LIMIT, "enable billing", r"enable billing"),
    _p(K.USAGE_LIMIT, "month", r"(?:calls|requests|tokens|queries) ?(?:/|per) ?month"),
    _p(
        K.USAGE_LIMIT,
        "budget",
        r"budget (?:has been )?exceeded|exceeded (?:the |your )?budget"
        r"|crossed budget",
    ),
    # overloaded
    _p(K.OVERLOADED, "overloaded", r"overloaded"),
    _p(K.OVERLOADED, "high demand|high traffic|high load", r"high (?:demand|traffic|load)"),
    _p(
        K.OVERLOADED,
        "capacity",
        r"(?:at|out of|no) capacity|capacity (?:constraints|exceeded"
        r"|exhausted)",
    ),
    _p(K.OVERLOADED, "resource exhausted", r"resource exhausted\. please try again later"),
    _p(K.OVERLOADED, "not ready to serve", r"not ready to serve"),
    _p(K.OVERLOADED, "busy", r"server is busy|too busy"),
    # auth
    _p(
        K.AUTH,
        "invalid",
        r"invalid (?:x-)?api[ _-]?key|invalid api token"
        r"|invalid (?:authentication|credentials|bearer token)",
    ),
    _p(K.AUTH, "incorrect api key", r"incorrect api key"),
    _p(K.AUTH, "api key", r"api key not (?:valid|found)|api key expired|no api key provided"),
    _p(K.AUTH, "authentication", r"authentication (?:failed|required)"),
    _p(K.AUTH, "missing", r"missing (?:subscription|api|authentication) (?:key|token)"),
    _p(K.AUTH, "access denied due to", r"access denied due to"),
    _p(K.AUTH, "must be set", r"api[_ ]key\b.{0,60}\bmust be set"),
    _p(K.AUTH, "unauthorized", r"unauthorized"),
    _p(K.AUTH, "permission denied", r"permission denied"),
    _p(K.AUTH, "organization", r"organization must be verified|organization has been disabled"),
    _p(K.AUTH, "location is not supported", r"location is not supported"),
    _p(K.AUTH, "request not allowed", r"request not allowed"),
    _p(K.AUTH, "security token", r"security token included in the request is invalid"),
    _p(K.AUTH, "not authorized to perform", r"not authorized to perform"),
    _p(K.AUTH, "account", r"account (?:has been |is )?(?:disabled|suspended|deactivated)"),
    _p(K.AUTH, "not available in your", r"not available in your (?:country|region|location)"),
    # config
    _p(
        K.CONFIG,
        "model",
        r"model\W{1,3}[\w./:-]{1,80}\W{1,3}(?:not found|does not exist"
        r"|is not supported)|(?:no such|invalid|unknown|unsupported) model|model[_ ]not[_ ]found"
        r"|that model does not exist|not supported with this model|not a valid model"
        r"|maximum output for this model|the model returned the following errors",
    ),
    _p(K.CONFIG, "no endpoints found", r"no endpoints found"),
    _p(
        K.CONFIG,
        "does not exist",
        r"does not exist or you do not"
        r"|deployment for this resource does not exist",
    ),
    _p(K.CONFIG, "end of", r"end of (?:its )?life"),
    _p(K.CONFIG, "legacy", r"marked by provider as legacy"),
    _p(K.CONFIG, "does not support", r"does not support"),
    _p(K.CONFIG, "unsupported", r"unsupported (?:parameter|value|protocol)"),
    _p(K.CONFIG, "on-demand throughput", r"on-demand throughput isn.t supported"),
    _p(K.CONFIG, "maximum tokens you requested", r"maximum tokens you requested exceeds"),
    _p(
        K.CONFIG,
        "max_tokens|max tokens",
        r"max_tokens is too large|invalid max_tokens"
        r"|max[_ ]tokens must be (?:less|at most|<=)",
    ),
    _p(K.CONFIG, "supports at most", r"supports at most \d+ (?:completion|output) tokens"),
    _p(K.CONFIG, "alternate", r"(?:should|must) alternate"),
    _p(K.CONFIG, "tool call validation failed", r"tool call validation failed"),
    _p(K.CONFIG, "string too long", r"string too long"),
    _p(K.CONFIG, "try pulling it first", r"try pulling it first"),
    _p(K.CONFIG, "certificate", r"certificate[_ ]verify[_ ]failed", endpoint=True),
    _p(K.CONFIG, "wrong_version_number", r"wrong_version_number", endpoint=True),
    _p(K.CONFIG, "was provided without its required", r"was provided without its required"),
    _p(K.CONFIG, "invalid url", r"invalid url", endpoint=True),
    _p(K.CONFIG, "unrecognized request argument", r"unrecognized request argument"),
    _p(K.CONFIG, "requires more system memory", r"requires more system memory"),
    _p(K.CONFIG, "valid range of", r"valid range of"),
    _p(K.CONFIG, "but found", r"expected `?\w+`? or `?\w+`?, but found"),
    # LiteLLM's router has no deployment under its TPM/RPM budget (litellm#20867).
    _p(K.RATE_LIMIT, "no deployments available", r"no deployments available for selected model"),
    _p(
        K.STARTUP_TIMEOUT,
        "first",
        r"no first (?:token|chunk|byte)|sent no first"
        r"|first[_ ]chunk[_ ]timeout",
    ),
    _p(K.STARTUP_TIMEOUT, "did not start responding", r"did not start responding"),
    _p(K.STARTUP_TIMEOUT, "silence", r"stream[_ ]silence[_ ]timeout"),
    # A caller's own deadline (Go's context, an app's fixed budget): retrying hits it again.
    _p(
        K.TIMEOUT,
        "deadline",
        r"context deadline exceeded|exceeded the [\w-]+ deadline",
        retryable=False,
    ),
    _p(K.TIMEOUT, "client.timeout", r"client\.timeout exceeded", retryable=False),
    _p(
        K.GENERIC,
        "cancel",
        r"cancelled by cancel scope|cancellederror|context canceled"
        r"|request was cancell?ed",
        retryable=False,
    ),
    _p(K.GENERIC, "interrupted", r"(?:chat|request|operation) interrupted", retryable=False),
    # hints
    _h(
        K.RATE_LIMIT,
        "rate",
        r"rate[ _-]?limit(?:ed|s|ing)?|ratelimiterror|request rate is too high",
    ),
    _h(K.RATE_LIMIT, "too many", r"too many (?:requests|tokens)"),
    _h(K.RATE_LIMIT, "throttl", r"throttl(?:ed|ing)"),
    _h(K.RATE_LIMIT, "quota", r"quota\b"),
    _h(K.RATE_LIMIT, "exhausted", r"resource has been exhausted|resource_exhausted"),
    _h(K.AUTH, "forbidden", r"forbidden"),
    _h(K.AUTH, "authentication", r"authenticationerror|authentication\b"),
    _h(K.AUTH, "permissiondeniederror", r"permissiondeniederror"),
    _h(K.AUTH, "unauthenticated", r"unauthenticated"),
    _h(K.OVERLOADED, "overloadederror", r"overloadederror"),
    _h(
        K.TIMEOUT,
        "timed|time-out|timeout",
        r"timed[ -]?out|time-out"
        r"|(?<!invalid )timeout(?!\s*(?:parameter|param|value|must|should|field|is invalid))"
        r"|timeouterror|apitimeouterror|readtimeout|connecttimeout|a timeout occurred",
    ),
    _h(K.TIMEOUT, "deadline exceeded", r"deadline exceeded"),
    _h(
        K.TIMEOUT,
        "connect",
        r"connection (?:error|reset|refused|aborted|closed|lost|broken|timed)"
        r"|connect call failed|cannot connect to host|failed to establish a new connection"
        r"|all connection attempts failed|network connection lost|upstream connect error"
        r"|connecterror|clientconnectorerror|newconnectionerror|apiconnectionerror"
        r"|endpointconnectionerror",
    ),
    _h(K.TIMEOUT, "max retries exceeded", r"max retries exceeded with url"),
    _h(
        K.TIMEOUT,
        "disconnected",
        r"server disconnected|serverdisconnectederror|remotedisconnected"
        r"|stream disconnected before completion",
    ),
    _h(
        K.TIMEOUT,
        "closed",
        r"remote end closed|peer closed connection"
        r"|closed before (?:message_stop|terminal event|completion)"
        r"|use of closed network connection|http2: stream closed",
    ),
    _h(K.TIMEOUT, "incomplete", r"incomplete chunked read|incompleteread"),
    _h(K.TIMEOUT, "broken pipe", r"broken pipe"),
    _h(K.TIMEOUT, "eof", r"eof\b|unexpected_eof|ssleoferror"),
    _h(K.TIMEOUT, "gateway", r"bad gateway|gateway time-?out"),
    _h(K.TIMEOUT, "unavailable", r"(?:service|server|temporarily) unavailable"),
    _h(K.TIMEOUT, "reset before headers", r"reset before headers"),
    _h(K.TIMEOUT, "unreachable", r"(?:network|origin) is unreachable"),
    _h(K.TIMEOUT, "no route to host", r"no route to host"),
    _h(K.TIMEOUT, "temporary failure", r"temporary failure in name resolution"),
    _h(K.TIMEOUT, "error code: 52", r"error code: 52\d"),
    _h(K.TIMEOUT, "web server is down", r"web server is down"),
    _h(K.TIMEOUT, "goaway", r"goaway"),
    _h(K.TIMEOUT, "client conn", r"client conn"),
    _h(K.TIMEOUT, "received from peer", r"received from peer"),
    _h(K.TIMEOUT, "round-trip", r"unable to round-trip"),
    _h(K.TIMEOUT, "actively refused", r"actively refused"),
    _h(
        K.TIMEOUT,
        "readerror|remoteprotocolerror|chunkedencodingerror|sslerror",
        r"readerror|remoteprotocolerror|chunkedencodingerror|sslerror",
    ),
    _h(K.TIMEOUT, "stalled", r"stream stalled|stalled for \d+"),
    # Windows reports socket errors in the user's language; "超时" is "timed out".
    _h(K.TIMEOUT, "超时", r"超时", bounded=False),
    _h(
        K.GENERIC,
        "server error|internal error|servererror|server had an error",
        r"(?:internal )?server error|internal error|(?:internal)?servererror"
        r"|the server had an error",
        retryable=True,
    ),
    _Phrase(
        _F,
        K.CONFIG,
        (
            "badrequesterror",
            "notfounderror",
            "invalid_request_error",
            "unprocessableentityerror",
            "validationexception",
            "invalid_argument",
        ),
        r"badrequesterror|notfounderror|invalid_request_error|unprocessableentityerror"
        r"|validationexception|invalid_argument",
    ),
)

_PHRASE_TABLE: Final = GatedTable(
    tuple(Gated(p.triggers, (r"\b(?:" if p.bounded else "(?:") + p.pattern + ")") for p in _PHRASES)
)


def text_evidence(text: str | Scan, provider: str | None) -> Iterator[Evidence]:
    """Yield evidence for every phrase found in the scanned text."""
    scan = text if isinstance(text, Scan) else Scan(text)
    for index, match in _PHRASE_TABLE.matches(scan):
        entry = _PHRASES[index]
        if provider not in entry.unless:
            yield Evidence(
                entry.tier, entry.kind, f"text {match.group()!r}", entry.retryable, entry.endpoint
            )


# ---------------------------------------------------------------------------------------------
# Structured values printed inside text: statuses, codes, errnos.

# Status markers, most reliable first. Only 4xx and 5xx count: a 200 around a stream error is
# not the failure's status, and three digits after a colon are usually a port.
_ANY_STATUS: Final = re.compile(r"(?<!\d)[45]\d\d(?!\d)")
_STATUS_PATTERNS: Final = tuple(
    re.compile(p)
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


def status_in_text(text: str | Scan) -> int | None:
    """Return the HTTP error status that the text reports, if it reports one."""
    scan = text if isinstance(text, Scan) else Scan(text)
    text = scan.lower
    if not _ANY_STATUS.search(text):
        return None
    for pattern in _STATUS_PATTERNS:
        for match in pattern.finditer(text):
            prefix = text[max(0, match.start() - 12) : match.start()]
            if "stream id" in prefix or "port" in prefix or "errno" in prefix:
                continue
            return int(match.group(1))
    return None


# Bedrock runtime's exceptions (botocore bedrock-runtime service-2.json), named in JS SDK output.
_AWS_EXCEPTIONS: Final = (
    "validation|throttling|accessdenied|resourcenotfound|servicequotaexceeded|modeltimeout"
    "|modelerror|modelnotready|internalserver|serviceunavailable|modelstreamerror|conflict"
)
# Codes rendered in text by SDKs: .NET "ErrorCode: X", botocore "An error occurred (X) when",
# gRPC "StatusCode.X" / "code = X desc", protobuf "block_reason: X", api-core 'reason: "X"',
# a CLI's "Error: insufficient_quota: …", AWS JS "ValidationException".
_CODES_IN_TEXT: Final = GatedTable(
    (
        Gated(("errorcode:",), r"\berrorcode:\s*([a-z_]\w{2,60})"),
        Gated(("an error occurred (",), r"\ban error occurred \((\w{3,80})\) when calling"),
        Gated(("statuscode.",), r"\bstatuscode\.([a-z_]{3,40})\b"),
        Gated(("code = ",), r"\bcode = (\w{3,40}) desc\b"),
        Gated(("block_reason",), r"\bblock_reason:\s*([a-z_]{3,40})"),
        Gated(('reason: "',), r"\breason: \"([a-z_]{3,40})\""),
        Gated(("exception",), rf"\b((?:{_AWS_EXCEPTIONS})exception)\b"),
    )
)
# Bounded lead-in: a run of 64 KiB of punctuation must not be backtracked through.
_LEADING_CODE: Final = re.compile(r"^\W{0,16}(?:error:\s*)?([a-z]+(?:_[a-z]+)+):\s")


def codes_in_text(text: str | Scan) -> list[str]:
    """Return provider codes printed in the text by SDKs that do not keep them structured."""
    scan = text if isinstance(text, Scan) else Scan(text)
    codes = [
        scan.original(m, 1)
        for index in _CODES_IN_TEXT.candidates(scan)
        for m in _CODES_IN_TEXT.entries[index].regex.finditer(scan.lower)
    ]
    leading = _LEADING_CODE.match(scan.lower)
    if leading:
        codes.append(scan.original(leading, 1))
    return list(dict.fromkeys(codes))[:8]


_ERRNOS: Final = Gated(
    ("errno", "winerror", "error("),
    r"\[(?:errno|winerror) (-?\d{1,5})\]|\b(?:connection\w*error|oserror|timeouterror)\((-?\d{1,5}), ",
)


def errnos_in_text(text: str | Scan) -> list[int]:
    """Return OS error numbers printed in the text ("[Errno 111]", "ConnectionResetError(104, ")."""
    scan = text if isinstance(text, Scan) else Scan(text)
    return [int(next(g for g in m.groups() if g)) for m in scan.finditer(_ERRNOS)][:8]
