"""Read provider error bodies: decoded JSON, raw text, and bodies embedded in exception text.

Every provider wraps its error differently (CONTRACT §3, ``src/chaterror/testing/cases/corpus/notes``):

- OpenAI and most compatibles: ``{"error": {"message", "type", "param", "code"}}``; the openai SDK
  keeps only the inner object.
- Anthropic: ``{"type": "error", "error": {"type", "message"}, "request_id"}``.
- Google: ``{"error": {"code", "message", "status", "details": [...]}}``, sometimes in a list.
- Bedrock: ``{"message"}`` with the code in a header; botocore: ``{"Error": {"Code", "Message"}}``.
- OpenRouter: the real reason in ``error.metadata.raw``, itself often JSON.
- Responses API streams: ``{"type": "error", "code", "message"}`` or a nested ``error``.
- Ollama and xAI: ``{"error": "<text>"}``; Mistral, vLLM, Cerebras, Cohere: a flat object.
- Baidu Qianfan's classic API: ``{"error_code": 17, "error_msg"}``; Tencent Cloud API 3.0:
  ``{"Response": {"Error": {"Code", "Message"}, "RequestId"}}``; MiniMax:
  ``{"base_resp": {"status_code": 1002, "status_msg"}}`` (``status_code`` 0 is success).
- IBM watsonx.ai: ``{"errors": [{"code", "message", "more_info"}], "trace", "status_code"}``;
  IBM Cloud IAM: ``{"errorCode", "errorMessage"}``; Databricks: ``{"error_code", "message"}``.

:func:`read_body` turns any of these into one :class:`Body`. :func:`bodies_in_text` finds the
JSON objects, Python ``repr`` dicts and SSE ``data:`` lines that SDKs and apps print.
"""

from __future__ import annotations

import ast
import bisect
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from chaterror.providers import provider_from_shape

__all__ = ["Body", "block_reason", "bodies_in_text", "parse_text", "read_body"]

# How deep nested JSON-in-a-string is followed, and how many objects a text may yield.
_MAX_DEPTH: Final = 4
_MAX_EMBEDDED: Final = 32
_MAX_ATTEMPTS: Final = 12
# strict=False: providers and terminals put raw newlines inside JSON strings.
_JSON: Final = json.JSONDecoder(strict=False)
# The characters a bracket matcher cares about; a backslash takes the next character with it.
_STRUCTURE: Final = re.compile(r"\\.|[\"'{}\[\]]", re.DOTALL)
# Python's literal parser is quadratic-ish on deep nesting; refuse what no provider sends.
_MAX_NESTING: Final = 32
_MAX_LITERAL: Final = 64 * 1024
_BRACKET: Final = re.compile(r"[{}\[\]()]")
# The brackets and quotes one embedded object may span: a provider's error has a few hundred.
_MAX_TOKENS: Final = 2048

_MESSAGE_KEYS: Final = (
    "message",
    "errorMessage",
    "error_message",
    "detail",
    "error_description",
    "error_msg",
    "err_msg",
)
# Body fields that say how long to wait, in seconds.
_RETRY_AFTER_KEYS: Final = (
    ("retry_after_ms", "ms"),
    ("retryAfterMs", "ms"),
    ("retry_after", "s"),
    ("retryAfter", "s"),
    ("retry_after_seconds", "s"),
    ("estimated_time", "s"),
    # CLIProxyAPI's 429 model_cooldown ({"code": "model_cooldown", "reset_seconds": 25803,
    # "reset_time": "7h10m2s"}, router-for-me/CLIProxyAPI#2018): when its credentials are free.
    ("reset_seconds", "s"),
)
_TRACE_ID: Final = re.compile(r"[0-9a-f]{16,64}")
_STATUS_KEYS: Final = (
    "status_code",
    "statusCode",
    "httpStatusCode",
    "http_status",
    "status",
    "raw_status_code",
    "code",
)


#: The evidence code a Google ErrorInfo whose metadata says ``"quota_limit_value": "0"`` (or a
#: QuotaFailure violation's ``"quotaValue": "0"``) is weighed as (never reported): no allowance
#: at all, whatever window the quota names.
ZERO_QUOTA: Final = "quota_limit_value_0"


@dataclass(slots=True)
class Body:
    """What one error body says, in provider-neutral terms."""

    message: str | None = None
    #: Machine-readable codes and types, most specific first; the first is reported as ``code``.
    codes: list[str] = field(default_factory=list)
    #: Codes that are evidence only, never reported (Google's legacy ``errors[].reason``).
    extra_codes: list[str] = field(default_factory=list)
    #: Numeric codes that are not HTTP statuses (Cloudflare 2009, Mistral "1300"): reported
    #: only when the body has no other code.
    numbers: list[str] = field(default_factory=list)
    #: An app's own category in the error field (Cursor's ``{"error": "ERROR_OPENAI",
    #: "details"}``): reported only when nothing else in the input names a code.
    last_codes: list[str] = field(default_factory=list)
    #: A JavaScript error's class name (``{"name": "ThrottlingException", …}``): a code, after
    #: those of a body its message carries (``{"name": "DeepgramApiError", "message":
    #: "{\"err_code\": \"BAD_REQUEST\", …}"}``: the client's class wraps the provider's code).
    class_code: str | None = None
    status: int | None = None
    request_id: str | None = None
    #: Google ``QuotaFailure`` ids ("GenerateRequestsPerDayPerProjectPerModel-FreeTier").
    quota_ids: list[str] = field(default_factory=list)
    #: Google ``DebugInfo.detail``: the server's own account of the failure ("[ORIGINAL ERROR]
    #: generic::failed_precondition: User location is not supported …"), read as text when the
    #: message is a placeholder ("$grpcMessage").
    notes: list[str] = field(default_factory=list)
    #: Google ``RetryInfo.retryDelay`` ("26s").
    retry_delay: str | None = None
    #: Which provider's shape this is, when the shape alone says so.
    shape: str | None = None


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _status(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 100 <= value <= 599:
        return value
    return None


#: Codes that say nothing: "error", a relay's "UNKNOWN_ERROR", and Dify's plugin error_type
#: "InvokeError" (the base class of its model errors, langgenius/dify api/core/model_runtime/
#: errors/invoke.py): the provider's code beneath them does.
#: A Responses stream's event names ("response.failed") say which event carried the error, not
#: what failed; an RFC 9457 "about:blank" type names no problem.
_EMPTY_CODES: Final = frozenset(
    {
        "error",
        "unknown_error",
        "unknown",
        "invokeerror",
        "about:blank",
        "response.failed",
        "response.incomplete",
    }
)


#: A problem-details ``type`` (RFC 9457 §3.1.1): an absolute URI or a path, with a last segment.
_PROBLEM_TYPE: Final = re.compile(r"(?:https?://[^\s/]+)?/(?:[^\s/]+/)*[A-Za-z][\w-]*/?")


def _add_code(body: Body, value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = _str(value)
    # Bedrock's error type as a relay copies it from x-amzn-ErrorType: "AccessDeniedException:
    # http://internal.amazon.com/coral/…" is AccessDeniedException (botocore reads it the same).
    if text and ":http" in text:
        text = text.split(":http", 1)[0]
    # An RFC 9457 problem type is a URI naming the problem ("/reference/…/errors/content-policy-
    # violation/", Warp's API; "https://example.com/probs/out-of-credit"): its last path
    # segment is the name, spelt as a code ("content_policy_violation"); "about:blank" names
    # nothing.
    if text and _PROBLEM_TYPE.fullmatch(text):
        text = text.rstrip("/").rsplit("/", 1)[-1].replace("-", "_")
    if not text or text.lower() in _EMPTY_CODES or text in body.codes:
        return
    if text.lstrip("-").isdigit():  # "code": 400 is a status; "code": 2009 a last resort
        if _status(text) is None and text not in body.numbers:
            body.numbers.append(text[:20])
        return
    body.codes.append(text[:200])


def parse_text(text: str, depth: int = 0) -> Any:
    """Parse ``text`` as JSON, else as a Python literal (SDK ``repr`` output); ``None`` if neither.

    Only text that starts like an object or array is tried, and deep or huge literals are
    refused, so this is cheap on prose and bounded on hostile input.
    """
    stripped = text.strip()
    if (
        depth > _MAX_DEPTH
        or not stripped
        or stripped[0] not in '{["'
        or len(stripped) > _MAX_LITERAL
    ):
        return None
    try:
        return _JSON.decode(stripped)
    except (ValueError, RecursionError):
        pass
    if stripped[0] == '"' or _nesting(stripped) > _MAX_NESTING:
        return None
    try:
        return ast.literal_eval(stripped)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def _nesting(text: str) -> int:
    depth = deepest = 0
    for char in _BRACKET.findall(text):
        if char in "{[(":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def _find_error_object(
    value: Any, depth: int
) -> tuple[Mapping[str, Any] | None, Mapping[str, Any]]:
    """Return (the innermost error object, the envelope around it)."""
    envelope: Mapping[str, Any] = value if isinstance(value, dict) else {}
    for _ in range(_MAX_DEPTH + 2):
        if isinstance(value, list):
            value = next((item for item in value[:4] if isinstance(item, dict)), None)
            envelope = value if isinstance(value, dict) else envelope
            continue
        if not isinstance(value, dict):
            return None, envelope
        inner = value.get("error")
        if isinstance(inner, str):
            parsed = parse_text(inner, depth + 1)
            if isinstance(parsed, (dict, list)):
                value = envelope = parsed  # type: ignore[assignment]
                continue
        if isinstance(inner, list) and inner and isinstance(inner[0], dict):
            envelope, value = value, inner[0]  # Cloudflare: "error": [{"code", "message"}]
            continue
        if isinstance(inner, dict):
            envelope, value = value, inner
            continue
        listed = value.get("errors")  # watsonx.ai: {"errors": [{"code", "message"}], "trace"}
        if listed is None and "httpStatus" in value:
            # IONOS Cloud's APIs: {"httpStatus": 401, "messages": [{"errorCode": "paas-auth-1",
            # "message"}]} (never a chat request's messages: the status key says it is an error).
            listed = value.get("messages")
        if value is envelope and "error" not in value and _first_dict(listed) is not None:
            value = _first_dict(listed)
            continue
        wrapped = value.get("details")  # gateways: {"error": "...", "details": {"error": {...}}}
        if isinstance(wrapped, dict) and isinstance(wrapped.get("error"), dict):
            envelope, value = wrapped, wrapped["error"]
            continue
        botocore = value.get("Error")
        if isinstance(botocore, dict):
            envelope, value = value, botocore
            continue
        tencent = value.get("Response")  # Tencent Cloud API 3.0: {"Response": {"Error": {…}}}
        if isinstance(tencent, dict) and isinstance(tencent.get("Error"), dict):
            envelope, value = tencent, tencent["Error"]
            continue
        minimax = _minimax_error(value)
        if minimax is not None:
            return minimax, value
        failed = value.get("response")  # Responses API "response.failed" event
        if isinstance(failed, dict) and isinstance(failed.get("error"), dict):
            envelope, value = value, failed["error"]
            continue
        incomplete = _incomplete_reason(failed if isinstance(failed, dict) else value)
        if incomplete is not None:
            return {"code": incomplete}, value
        return (value if _looks_like_error(value) else None), envelope
    return (value if isinstance(value, dict) else None), envelope


def _incomplete_reason(response: Mapping[str, Any]) -> str | None:
    """The reason a Responses API response stopped short ("response.incomplete": status
    "incomplete", ``incomplete_details.reason`` max_output_tokens or content_filter,
    platform.openai.com/docs/api-reference/responses/object), which it carries instead of an
    error object."""
    details = response.get("incomplete_details")
    if response.get("status") != "incomplete" or not isinstance(details, dict):
        return None
    return _str(details.get("reason"))


#: Deepgram's envelope is ``{"err_code": "TOKEN_LIMIT_EXCEEDED", "err_msg": "…", "request_id"}``
#: (developers.deepgram.com/docs/errors).
_ERROR_MARKERS: Final = frozenset(
    {"error", "__type", "errorType", "$metadata", "code", "error_code", "err_code"}
)


def _minimax_error(value: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """MiniMax's ``base_resp`` with a non-zero ``status_code``, as a plain ``{code, message}``
    error (a zero status code is MiniMax's success)."""
    base = value.get("base_resp")
    if not isinstance(base, dict):
        return None
    code = base.get("status_code")
    if isinstance(code, bool) or not isinstance(code, int) or code == 0:
        return None
    return {"code": code, "message": base.get("status_msg")}


def _first_dict(value: object) -> Mapping[str, Any] | None:
    """The first item of a non-empty list, if it is an object."""
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return value[0]
    return None


def _looks_like_error(value: Mapping[str, Any]) -> bool:
    """A flat object is an error only if it says something an error says; a stream chunk
    (``{"type": "message_start", "message": {…}}``) is not."""
    if not _ERROR_MARKERS.isdisjoint(value.keys()):
        return True
    return any(isinstance(value.get(key), str) for key in (*_MESSAGE_KEYS, "Message"))


def read_body(value: Any, depth: int = 0) -> Body | None:
    """Summarise a decoded error body (or body text); ``None`` when it holds no error."""
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value[:_MAX_LITERAL]).decode("utf-8", "replace")
    if isinstance(value, str):
        parsed = parse_text(value, depth)
        if parsed is None:
            return None
        value = parsed
    if isinstance(value, dict):
        reason = block_reason(value)
        if reason is not None:
            return _blocked_body(value, reason)
    if isinstance(value, list) and value and isinstance(value[0], dict) and "@type" in value[0]:
        body = Body(shape=provider_from_shape({"details": value}, {}))  # a bare details list
        _read_google_details(body, value)
        return body if body.codes or body.quota_ids or body.retry_delay else None
    error, envelope = _find_error_object(value, depth)
    if error is None:
        return None
    body = Body(shape=provider_from_shape(error, envelope))
    _read_error_object(body, error, depth)
    _read_envelope(body, envelope, error)
    if body.message and "{" in body.message and depth < _MAX_DEPTH:
        _read_embedded_message(body, body.message, depth)
    if body.class_code:
        _add_code(body, body.class_code)
    if not (body.message or body.codes or body.status or body.quota_ids or body.numbers):
        return None
    return body


def _read_embedded_message(body: Body, message: str, depth: int) -> None:
    """A message that carries another error object (Mistral's TS SDK, @google/genai wrapping a
    non-JSON response, LiteLLM quoting the provider): read it as well, outer fields first."""
    for inner_value in bodies_in_text(message, depth + 1):
        inner = read_body(inner_value, depth + 1)
        if inner is None:
            continue
        for code in inner.codes:
            _add_code(body, code)
        body.extra_codes.extend(inner.extra_codes)
        body.quota_ids.extend(inner.quota_ids)
        body.status = body.status or inner.status
        body.retry_delay = body.retry_delay or inner.retry_delay
        body.shape = body.shape or inner.shape
        if inner.message:
            body.message = inner.message
        return


def _read_error_object(body: Body, error: Mapping[str, Any], depth: int) -> None:
    # A key the object lacks reads as None, which no helper below keeps: such keys are skipped.
    body.message = next((m for k in _MESSAGE_KEYS if k in error and (m := _str(error[k]))), None)
    if body.message is None:
        body.message = _str(error.get("Message")) or _str(error.get("error"))
    nested = error.get("message")
    if body.message is None and isinstance(nested, Mapping):
        # LiteLLM's guardrails raise with a dict as the detail ({"message": {"error": "Content
        # blocked: us_ssn pattern detected", "pattern": "us_ssn"}}, its content filter).
        body.message = _str(nested.get("error")) or _str(nested.get("message"))
    # Order is reporting preference: the specific code, then the type.
    details = error.get("details")
    if isinstance(details, dict):  # Anthropic: error.details.error_code names the cap
        _add_code(body, details.get("error_code"))
    # error_code: Baidu Qianfan's classic API; errorCode: IBM IAM.
    for key in _CODE_KEYS:
        if key in error:
            _add_code(body, error[key])
    # OAuth 2.0 error responses (RFC 6749 §5.2, RFC 6750 §3.1: {"error": "invalid_token",
    # "error_description": …}), as MCP servers and identity providers send them: the error
    # field is the code, the description the message.
    # An identifier there without a description is an app's own category (Cursor's
    # {"error": "ERROR_OPENAI", "details"}): a code of last resort.
    oauth = _str(error.get("error"))
    if oauth and "error_description" in error and _OAUTH_CODE.fullmatch(oauth):
        _add_code(body, oauth)
    elif oauth and _IDENTIFIER_CODE.fullmatch(oauth) and oauth not in body.last_codes:
        body.last_codes.append(oauth)
    name = _str(error.get("name"))  # AWS SDK for JavaScript: the exception's class name
    if name and name.endswith(("Exception", "Error")):
        body.class_code = name
    # upstream_status: a relay's copy of the provider's own status (Zed's API server).
    body.status = next(
        (s for k in _ERROR_STATUS_KEYS if k in error and (s := _status(error[k])) is not None),
        body.status,
    )
    google_status = _str(error.get("status"))
    if (google_status and google_status.isupper() and "_" in google_status) or google_status in (
        "UNAVAILABLE",
        "INTERNAL",
        "UNAUTHENTICATED",
        "CANCELLED",
        "UNKNOWN",
        "ABORTED",
    ):
        _read_google_details(body, error.get("details"))
        _add_code(body, google_status)
    # An enum beside the message ({"message": "Input is too long.", "reason":
    # "CONTENT_LENGTH_EXCEEDS_THRESHOLD"}, an AWS-style ValidationException reason as Amazon
    # Q's API sends it through Kiro): a specific code, in capitals only (Google's legacy
    # "reason" values are camelCase and sit in errors[], below).
    reason = _str(error.get("reason"))
    if reason and _ENUM_REASON.fullmatch(reason):
        _add_code(body, reason)
    for legacy in error.get("errors") or ():
        if isinstance(legacy, dict):
            reason = _str(legacy.get("reason"))
            if reason:
                body.extra_codes.append(reason)
    for inner_key in ("innererror", "inner_error"):  # Azure content filter
        inner = error.get(inner_key)
        if isinstance(inner, dict):
            code = _str(inner.get("code"))
            if code:
                body.extra_codes.append(code)
    metadata = error.get("metadata")
    if isinstance(metadata, dict):
        _read_openrouter_metadata(body, metadata, depth)
    # The same as a router's upstream_error object beside its own ({"error": "upstream_error",
    # "upstream_error": {"code": "PERMISSION_DENIED", "message": …}},
    # docs.ai-stats.phaseo.app/v1/api-reference/errors).
    upstream = error.get("upstreamResponse") or error.get("upstream_error")
    if isinstance(upstream, dict) and depth < _MAX_DEPTH:
        _read_upstream(body, upstream, depth)


#: An UPPER_SNAKE enum value, the only "reason" an error object's top level is read as a code by.
_ENUM_REASON: Final = re.compile(r"(?<![A-Z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8}")
#: The keys an error object names its code by, in reporting preference: specific, then type.
_OAUTH_CODE: Final = re.compile(r"[a-z_]{3,40}")
#: A snake_case identifier, perhaps under a dotted namespace (aiXplain's "err.not_enough_balance").
_IDENTIFIER_CODE: Final = re.compile(
    r"[A-Za-z][A-Za-z0-9]{0,40}(?:\.[A-Za-z0-9]{1,40}){0,2}(?:_[A-Za-z0-9]{1,40}){1,6}"
)
_CODE_KEYS: Final = (
    "code",
    "error_code",
    "type",
    "Code",
    "errorType",
    "__type",
    "error_type",
    "errorCode",
    "err_code",
)
_ERROR_STATUS_KEYS: Final = (
    "status_code",
    "statusCode",
    "status",
    "raw_status_code",
    "code",
    "upstream_status",
)


def _read_upstream(body: Body, upstream: Mapping[str, Any], depth: int) -> None:
    """A relay's error that carries the provider's own response (``"upstreamStatus": 429,
    "upstreamResponse": {"error": {…google.rpc…}}``): its codes are the specific ones."""
    inner = read_body(upstream, depth + 1)
    if inner is None:
        return
    body.codes[:0] = [code for code in inner.codes if code not in body.codes]
    body.extra_codes.extend(inner.extra_codes)
    body.quota_ids.extend(inner.quota_ids)
    body.status = body.status or inner.status
    body.retry_delay = body.retry_delay or inner.retry_delay
    body.shape = body.shape or inner.shape


def _read_google_details(body: Body, details: object) -> None:
    if not isinstance(details, list):
        return
    for item in details[:16]:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("@type", ""))
        # An ErrorInfo a backend or relay wrote without its "@type" (Cloud Code's 503 details:
        # [{"reason": "MODEL_CAPACITY_EXHAUSTED", "domain": "cloudcode-pa.googleapis.com"}]).
        if kind.endswith("ErrorInfo") or (not kind and "reason" in item and "domain" in item):
            reason = _str(item.get("reason"))
            if reason:
                body.codes.insert(0, reason)
            metadata = item.get("metadata")
            if isinstance(metadata, dict) and str(metadata.get("quota_limit_value")) == "0":
                body.extra_codes.append(ZERO_QUOTA)
        elif kind.endswith("QuotaFailure"):
            for violation in item.get("violations") or ():
                if isinstance(violation, dict):
                    quota = _str(violation.get("quotaId")) or _str(violation.get("quota_id"))
                    if quota:
                        body.quota_ids.append(quota)
                    # The Gemini API's violations carry the limit itself ("quotaValue": "0" on
                    # a free-tier metric a model does not have, discuss.ai.google.dev, 2025).
                    if str(violation.get("quotaValue")) == "0":
                        body.extra_codes.append(ZERO_QUOTA)
        elif kind.endswith("DebugInfo"):
            detail = _str(item.get("detail"))
            if detail:
                body.notes.append(detail[:2000])
        elif kind.endswith("RetryInfo"):
            delay = item.get("retryDelay")
            body.retry_delay = _str(delay) if isinstance(delay, str) else body.retry_delay


def _read_openrouter_metadata(body: Body, metadata: Mapping[str, Any], depth: int) -> None:
    error_type = _str(metadata.get("error_type"))
    if error_type:
        body.codes.append(error_type)
    raw = metadata.get("raw")
    if isinstance(raw, (dict, list)) or (isinstance(raw, str) and raw.strip()[:1] in "{["):
        inner = read_body(raw, depth + 1)
        if inner is not None:
            body.message = inner.message or body.message
            body.extra_codes.extend(inner.codes)
            body.status = body.status or inner.status
            return
    raw_text = _str(raw)
    if raw_text:
        body.message = raw_text


def _read_envelope(body: Body, envelope: Mapping[str, Any], error: Mapping[str, Any]) -> None:
    if envelope is error:
        envelope = {}
    for key in ("request_id", "requestId", "RequestId"):
        if key not in envelope and key not in error:
            continue
        request_id = _str(envelope.get(key)) or _str(error.get(key))
        if request_id:
            body.request_id = request_id
            break
    trace = _str(envelope.get("trace"))  # watsonx.ai's request id: 32 hex digits, not a stack
    if body.request_id is None and trace and _TRACE_ID.fullmatch(trace):
        body.request_id = trace
    if body.retry_delay is None:  # Replicate, Hugging Face: a wait in the body itself
        # vLLM Semantic Router puts it in the error's details ({"error": {"details": {"window":
        # "1h", "retry_after": 60}}}, vllm-project/semantic-router website/…/api/router.md).
        details = error.get("details")
        places = (envelope, error, details) if isinstance(details, dict) else (envelope, error)
        for key, unit in _RETRY_AFTER_KEYS:
            place = next((p for p in places if key in p), None)
            if place is None:
                continue
            delay = place[key]
            if isinstance(delay, (int, float)) and not isinstance(delay, bool) and delay >= 0:
                body.retry_delay = f"{delay}{unit}"
                break
    if body.status is None:
        for key in ("status", "statusCode", "status_code", "httpCode"):
            if key not in envelope:
                continue
            status = _status(envelope[key])
            if status is not None:
                body.status = status
                break
    meta = envelope.get("$metadata") or error.get("$metadata")
    if isinstance(meta, dict):  # AWS SDK for JavaScript v3
        body.status = body.status or _status(meta.get("httpStatusCode"))
        body.request_id = body.request_id or _str(meta.get("requestId"))
    response_meta = envelope.get("ResponseMetadata")
    if isinstance(response_meta, dict):  # botocore
        body.status = body.status or _status(response_meta.get("HTTPStatusCode"))
        body.request_id = body.request_id or _str(response_meta.get("RequestId"))


_BLOCK_FINISH_REASONS: Final = frozenset(
    {
        "SAFETY",
        "PROHIBITED_CONTENT",
        "BLOCKLIST",
        "SPII",
        "IMAGE_SAFETY",
        "RECITATION",
        "MODEL_ARMOR",
        "content_filter",
        # The Vercel AI SDK's unified finish reason (vercel/ai map-*-finish-reason.ts) and Zhipu's
        # "sensitive" (docs.bigmodel.cn chat completions: stopped by the safety review).
        "content-filter",
        "sensitive",
    }
)


def block_reason(value: Mapping[str, Any]) -> str | None:
    """Return why a *successful* response was blocked (Gemini prompt feedback, a
    ``content_filter`` finish reason), or ``None`` when it was not."""
    feedback = value.get("promptFeedback") or value.get("prompt_feedback")
    if isinstance(feedback, dict):
        reason = _str(feedback.get("blockReason") or feedback.get("block_reason"))
        if reason and reason != "BLOCKED_REASON_UNSPECIFIED":
            return reason
    # Qianfan ERNIE's 200 with need_clear_history true: the input carries a safety risk, close
    # the session (cloud.baidu.com ERNIE-4.0-8K response fields). Reported under Qianfan's own
    # code for unsafe content: the key's name alone would mark a clean body as blocked.
    if value.get("need_clear_history") is True:
        return "unsafe_request"
    for key in ("candidates", "choices"):
        items = value.get(key)
        if not isinstance(items, list):
            continue
        for item in items[:8]:
            if isinstance(item, dict):
                reason = _str(item.get("finishReason") or item.get("finish_reason"))
                if reason in _BLOCK_FINISH_REASONS:
                    return reason
                if _refused(item):
                    return "refusal"
    # A Responses API output message whose content is a refusal part (platform.openai.com/docs/
    # api-reference/responses/object: output[].content[] {"type": "refusal", "refusal": …}).
    output = value.get("output")
    if isinstance(output, list):
        for item in output[:8]:
            parts = item.get("content") if isinstance(item, dict) else None
            if isinstance(parts, list) and any(
                isinstance(p, dict) and p.get("type") == "refusal" for p in parts[:8]
            ):
                return "refusal"
    return None


def _refused(item: Mapping[str, Any]) -> bool:
    """A candidate whose safety rating says it was blocked (ai.google.dev/api/generate-content
    #safetyrating: ``blocked`` "was this content blocked because of this rating?"), or a
    Structured Outputs message the model refused (platform.openai.com/docs/guides/structured-
    outputs#refusals: ``message.refusal`` holds the refusal and ``content`` is null)."""
    ratings = item.get("safetyRatings") or item.get("safety_ratings")
    if isinstance(ratings, list) and any(
        isinstance(r, dict) and r.get("blocked") is True for r in ratings[:16]
    ):
        return True
    message = item.get("message")
    return isinstance(message, dict) and bool(_str(message.get("refusal")))


def _blocked_body(value: Mapping[str, Any], reason: str) -> Body:
    feedback = value.get("promptFeedback") or value.get("prompt_feedback")
    message = None
    if isinstance(feedback, dict):
        message = _str(feedback.get("blockReasonMessage") or feedback.get("block_reason_message"))
        # A blocked prompt whatever the reason (ai.google.dev/api/generate-content#BlockReason:
        # OTHER, "blocked due to unknown reasons", is still the provider refusing the input).
        message = message or f"blockReason: {reason}"
    return Body(message=message, codes=[reason], shape=provider_from_shape(value, value))


def bodies_in_text(text: str, depth: int = 0) -> Iterator[Any]:
    """Yield decoded objects embedded in ``text``: JSON, Python reprs, SSE ``data:`` lines.

    An object that does not parse (a truncated paste, a JavaScript literal, a repr with raw
    newlines) is read loosely, key by key. Bounded and linear: a handful of objects and of
    failed attempts, an object spans at most :data:`_MAX_TOKENS` brackets and quotes, and the
    bracket matching and loose reading of one attempt are reused by the next.
    """
    found = attempts = 0
    start = 0
    brackets = _Brackets(text)
    loose = _LoosePairs(text)
    opens = _Opens(text)
    while found < _MAX_EMBEDDED and attempts < _MAX_ATTEMPTS:
        index = opens.next(start)
        if index < 0:
            return
        attempts += 1
        try:
            parsed, end = _JSON.raw_decode(text, index)
        except (ValueError, RecursionError):
            end = brackets.end(index)
            segment = text[index:end] if end > 0 else text[index:]
            parsed = parse_text(segment, depth) if end > 0 else None
            if parsed is None:
                parsed = _loose_object(loose.between(index, end if end > 0 else len(text)))
            if end < 0:
                end = len(text)
        if isinstance(parsed, (dict, list)) and parsed:
            found += 1
            yield parsed
            start = end
        else:
            start = index + 1


# Key-value pairs in text that is object-like but not parseable. Keys may be unquoted (JS).
_LOOSE_PAIR: Final = re.compile(
    r"""(?<![@\w])["']?(message|code|type|status|reason|quotaId|retryDelay|errorType|request_id|name)"""
    r"""["']?\s*:\s*(?:"((?:[^"\\]|\\.){0,2000})"|'((?:[^'\\]|\\.){0,2000})'|(\d{3}))""",
)


# Where a loose pair may start: one of its keys followed by a colon. A plain alternation is
# found by the regex engine's fast literal search; the full pattern is tried only there.
_LOOSE_KEY: Final = re.compile(
    r"""(?:message|code|type|status|reason|quotaId|retryDelay|errorType|request_id|name)"""
    r"""\\?["']?\s*:"""
)
# The same pairs in a repr printed inside another repr, where every quote is escaped (\'): a
# value ends at the first quote of its kind, escaped or not.
_LOOSE_PAIR_ESCAPED: Final = re.compile(
    r"""(?<![@\w])\\?["']?(message|code|type|status|reason|quotaId|retryDelay|errorType|request_id|name)"""
    r"""\\?["']?\s*:\s*(?:\\?"([^"\\]{0,2000})\\?"|\\?'([^'\\]{0,2000})\\?'|(\d{3}))""",
)


class _LoosePairs:
    """The loose key-value pairs of one text, found in one pass on first use, each with its
    brace depth (a truncated paste loses its closing braces, not its opening ones)."""

    def __init__(self, text: str) -> None:
        self._text = text
        # A repr inside a repr escapes its quotes once more (\' \"): read them as quotes.
        escaped = "\\'" in text or '\\"' in text
        self._pattern = _LOOSE_PAIR_ESCAPED if escaped else _LOOSE_PAIR
        self._pairs: list[tuple[re.Match[str], int]] | None = None
        self._starts: list[int] = []

    def _find(self) -> list[tuple[re.Match[str], int]]:
        """What ``_LOOSE_PAIR.finditer`` finds, trying the pattern only where a key is."""
        text, pairs, last_end = self._text, [], 0
        depth = counted = 0
        for key in _LOOSE_KEY.finditer(text, 0, _MAX_LITERAL):
            at = key.start()
            if at < last_end:
                continue  # inside the value of the pair before
            quoted = at > last_end and text[at - 1] in "\"'"
            pattern = self._pattern
            match = (quoted and pattern.match(text, at - 1, _MAX_LITERAL)) or pattern.match(
                text, at, _MAX_LITERAL
            )
            if match:
                depth += text.count("{", counted, at) - text.count("}", counted, at)
                counted = at
                pairs.append((match, depth))
                last_end = match.end()
        return pairs

    def between(self, start: int, stop: int) -> list[tuple[re.Match[str], int]]:
        if self._pairs is None:
            self._pairs = self._find()
            self._starts = [m.start() for m, _ in self._pairs]
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, stop)
        return [(m, d) for m, d in self._pairs[first:last] if m.end() <= stop]


def _loose_object(pairs: Iterable[tuple[re.Match[str], int]]) -> dict[str, Any]:
    """Best-effort reading of an object-like segment from its key-value pairs: for each known
    key, its value nearest the top level; nested google.rpc details flattened into the shapes
    :func:`read_body` understands."""
    flat: dict[str, Any] = {}
    depth_of: dict[str, int] = {}
    quota_ids: list[str] = []
    reasons: list[str] = []
    for match, depth in pairs:
        key = match.group(1)
        value: Any = next((g for g in match.groups()[1:] if g is not None), "")
        if match.group(4) is not None:
            value = int(value)
        if key in ("type", "code") and value == "error":
            continue  # Anthropic's envelope type, not a code
        if key == "quotaId":
            quota_ids.append(value)
        elif key == "reason" and isinstance(value, str) and value.isupper():
            reasons.append(value)
        elif key == "retryDelay":
            flat.setdefault("details", []).append(
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": value}
            )
        elif depth < depth_of.get(key, depth + 1):
            flat[key] = value
            depth_of[key] = depth
    if quota_ids:
        flat.setdefault("details", []).append(
            {"@type": "google.rpc.QuotaFailure", "violations": [{"quotaId": q} for q in quota_ids]}
        )
    if reasons:
        flat.setdefault("details", []).append(
            {"@type": "google.rpc.ErrorInfo", "reason": reasons[0]}
        )
    return flat


class _Opens:
    """Where the next object may start ("{" or "[{"), each search reused until passed: a text
    without "[{" is searched for it once, not once per attempt."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._brace = self._bracket = -2  # -2: not searched yet; -1: none left

    def next(self, start: int) -> int:
        if self._brace != -1 and self._brace < start:
            self._brace = self._text.find("{", start)
        if self._bracket != -1 and self._bracket < start:
            self._bracket = self._text.find("[{", start)
        brace, bracket = self._brace, self._bracket
        if bracket >= 0 and (brace < 0 or bracket < brace):
            return bracket
        return brace


class _Brackets:
    """Quote-aware bracket matching over one text, linear across attempts.

    A pass from an opening bracket records where every bracket it meets unquoted closes, so a
    later attempt at one of them is answered without scanning again. A pass gives up (no close)
    beyond :data:`_MAX_TOKENS` tokens or :data:`_MAX_NESTING` levels: no provider sends that.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._ends: dict[int, int] = {}

    def end(self, start: int) -> int:
        """Index just past the bracket that closes ``text[start]``; -1 if none."""
        known = self._ends.get(start)
        if known is not None:
            return known
        stack: list[int] = []
        quote = ""
        for count, match in enumerate(_STRUCTURE.finditer(self._text, start)):
            if count >= _MAX_TOKENS:
                return -1
            token = match.group()
            if token[0] == "\\":
                continue
            if quote:
                if token == quote:
                    quote = ""
            elif token in "\"'":
                quote = token
            elif token in "{[":
                if len(stack) >= _MAX_NESTING:
                    return -1
                stack.append(match.start())
            else:
                self._ends[stack.pop()] = match.end()
                if not stack:
                    return match.end()
        for opened in stack:  # the text ended: none of these closes
            self._ends[opened] = -1
        return -1
