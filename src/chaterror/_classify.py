"""Decide: turn the evidence an error carries into one :class:`ChatError`.

:func:`classify` reads the input by shape (:mod:`chaterror._extract`), asks
:mod:`chaterror.signals` what each fact means, and lets the first matching rule of
:data:`RULES` decide the kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final, TypeVar

from chaterror._evidence import Evidence, Tier
from chaterror._extract import Facts, gather
from chaterror._resets import resets_at_from
from chaterror._scan import Gated, Scan
from chaterror._wrappers import litellm_named_provider
from chaterror.error import ChatError
from chaterror.kind import Kind
from chaterror.message import CANCELLED_MESSAGE, endpoint_message
from chaterror.providers import (
    PROVIDERS,
    hosts_in_text,
    is_global_host,
    normalize_provider,
    provider_from_headers,
    provider_from_host,
    provider_from_module,
    provider_from_urls,
    provider_from_words,
    provider_number,
    provider_override,
    provider_status,
)
from chaterror.retry_after import reset_wait, retry_after_from, spent_window_wait
from chaterror.signals import (
    H2_RESET_CODES,
    H2_RESET_TEXT,
    TYPE_VALIDATION_TEXT,
    ZOD_ISSUE_CODES,
    bare_codes_in_text,
    class_evidence,
    code_evidence,
    codes_in_text,
    errno_evidence,
    errnos_in_text,
    oversized_request_evidence,
    quota_evidence,
    status_class_evidence,
    status_evidence,
    status_in_text,
    text_evidence,
)

__all__ = ["RULES", "classify", "classify_response", "explain", "with_classification"]

_E = TypeVar("_E", bound=BaseException)

# The precedence, as one ordered table: the first (tier, kind) with evidence wins.
#
# Tiers first. The provider's own specific code outranks any wording ("a structured signal beats
# a keyword"); unambiguous wording outranks family-level hints, because statuses and generic
# codes are reused across meanings (a 429 is a rate limit, a daily cap, a too-large request or a
# busy provider; an invalid_request_error is a bad parameter, a context overflow or no credit);
# a bare rejection (400, 403, 404, invalid_request_error) is the last resort.
#
# Within a tier, the more specific kind first:
# - content_filter: a safety refusal arrives as a 400 with "retry" in its text; it is neither
#   config nor retryable.
# - context_length beats config and generic: overflow arrives as a 400 (or llama.cpp's 500), and
#   the user must shorten the conversation, not change settings.
# - usage_limit beats rate_limit (insufficient_quota and daily caps arrive as 429s) and auth
#   (billing arrives as 403 from xAI).
# - overloaded beats rate_limit and timeout: capacity wording on a 429 or 503 is about the
#   provider, not this account or the network.
# - auth beats config and timeout: a 401 in a proxy's transport text is the root cause.
# - config beats rate_limit and timeout: "503 invalid model" fails again however long we wait.
# - startup_timeout beats timeout: the stream guard's verdict is the more precise one.
# - rate_limit beats timeout, and timeout beats generic: a 500 that says "timed out" is a
#   timeout; generic is what is left.
_KIND_ORDER: Final = (
    Kind.CONTENT_FILTER,
    Kind.CONTEXT_LENGTH,
    Kind.USAGE_LIMIT,
    Kind.OVERLOADED,
    Kind.AUTH,
    Kind.CONFIG,
    Kind.STARTUP_TIMEOUT,
    Kind.RATE_LIMIT,
    Kind.TIMEOUT,
    Kind.GENERIC,
)
#: Every rule in order of precedence; two special rules come before these: a classification the
#: application attached (returned as is) and the application's own cancellation.
RULES: Final[tuple[tuple[Tier, Kind], ...]] = tuple(
    (tier, kind) for tier in Tier for kind in _KIND_ORDER
)
#: A wait this long turns a rate limit into a daily cap.
_A_DAY: Final = 86_400.0
#: A spent window that resets further away than this is no short window.
_AN_HOUR: Final = 3_600.0

# A name that did not resolve, as Python, Node (ENOTFOUND, EAI_AGAIN), urllib3 ("Failed to
# resolve"), gRPC ("DNS resolution failed", "empty address list"), curl 6 ("Could not resolve
# host"), Java (UnknownHostException), Chromium (net::ERR_NAME_NOT_RESOLVED) and Go ("server
# misbehaving", a SERVFAIL: transient) print it.
_DNS_TEXT: Final = Gated(
    (
        "name or service",
        "nodename",
        "no address associated",
        "getaddrinfo",
        "no such host",
        "enotfound",
        "eai_again",
        "failed to resolve",
        "dns resolution failed",
        "could not resolve host",
        "unknownhostexception",
        "server misbehaving",
        "err_name_not_resolved",
        "empty address list",
    ),
    r"name or service not known|nodename nor servname|no address associated with hostname"
    # urllib3's "Failed to resolve 'host' (…)": the quote keeps out "Failed to resolve access
    # token" (SAP Cloud SDK's TokenRequestFailedException).
    r"|getaddrinfo failed|no such host|\benotfound\b|\beai_again\b|failed to resolve ['\"]"
    r"|dns resolution failed|could not resolve host|unknownhostexception|server misbehaving"
    r"|err_name_not_resolved|empty address list",
)
# Headers that carry the error's code when the body may not: AWS's x-amzn-ErrorType
# ("ThrottlingException:http://internal.amazon.com/…") and Baidu Cloud's gateway header
# (X-Bce-Error-Code "IamSignatureInvalid" on Qianfan's empty 403, as the qianfan SDK logs it).
_CODE_HEADERS: Final = ("x-amzn-errortype", "x-bce-error-code")
_DNS_TRANSIENT_WORDS: Final = ("temporary failure", "eai_again", "server misbehaving")
# The host a DNS failure names ("getaddrinfo ENOTFOUND proxy-server", curl's "Could not resolve
# host: x", urllib3's "Failed to resolve 'x'", Go's "lookup x: no such host"): when it is named,
# it, not a provider URL elsewhere in the text, says whose name did not resolve.
# aiohttp's ClientConnectorError too ("Cannot connect to host localhost:11434 ssl:default
# [getaddrinfo failed]").
_DNS_HOST: Final = Gated(
    (
        "enotfound",
        "eai_again",
        "could not resolve host",
        "failed to resolve",
        "lookup ",
        "cannot connect to host",
    ),
    r"\b(?:enotfound|eai_again) ([a-z0-9][a-z0-9.-]{0,252})"
    r"|cannot connect to host ([a-z0-9][a-z0-9.-]{0,252})"
    r"|could not resolve host:? '?(?:[a-z][a-z0-9+.-]{0,15}://)?([a-z0-9][a-z0-9.-]{0,252})"
    r"|failed to resolve '([a-z0-9][a-z0-9.-]{0,252})'"
    r"|\blookup ([a-z0-9][a-z0-9.-]{0,252})(?: on [\d.:\[\]a-f]+)?: no such host",
)


def _always_resolves(host: str | None) -> bool:
    """A provider's global API host, or ``localhost`` (always this machine, RFC 6761 §6.3): a
    resolver failing on it is the network or the machine, not an endpoint someone mistyped."""
    host = host.rstrip(".").lower() if host else host
    return host == "localhost" or is_global_host(host)


_HTML_TITLE: Final = re.compile(
    r"<title>\s*([^<]{1,200}?)\s*</title>|<h1>\s*([^<]{1,200}?)\s*</h1>", re.IGNORECASE
)
# "Error code: 504", "HTTP 502", "503": a text that is only a status. Anchored, and no two
# adjacent runs of spaces, so it cannot backtrack.
_BARE_STATUS: Final = re.compile(
    r"^\s*(?:(?:error code|status(?: code)?|http)\s*:?\s*)?\d{3}\W*$", re.IGNORECASE
)
# botocore gives every exception event of a stream status 400, whatever the service's error
# (botocore/eventstream.py EventStreamMessage.to_response_dict): the status says nothing. The
# marker is the event's message-type header, as a logged repr of the event prints it.
_EVENT_EXCEPTION: Final = Gated(
    (":message-type",), r"""['"]:message-type['"]\s*:\s*['"]exception['"]"""
)
_REQUEST_ID_TEXT: Final = Gated(
    ("request",), r"\brequest[ _-]?id\W{1,4}((?:req_)?[a-z0-9][a-z0-9-]{11,63})\b"
)


def classify(error: object, *, provider: str | None = None) -> ChatError:
    """Classify any failure into a :class:`ChatError`. Never raises, never does I/O.

    Args:
        error: An exception (chained or grouped), an HTTP response object, a decoded error body,
            the error's text or bytes, a :class:`ChatError`, or ``None``.
        provider: The provider the call went to, if the caller knows it ("openai",
            "Azure OpenAI" …). It outranks every provider the error itself suggests.

    Returns:
        The classification. ``None`` and unrecognisable input give a non-retryable ``generic``.
    """
    hint = normalize_provider(provider) if isinstance(provider, str) else None
    try:
        if isinstance(error, ChatError):
            return _with_hint(error, hint)
        return _classify_facts(gather(error), hint)
    except Exception:  # pragma: no cover - the last line of defence; tests pin every path
        return ChatError._trusted(kind=Kind.GENERIC, provider=hint)


def classify_response(
    status_code: int | None,
    body: object = None,
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
    *,
    provider: str | None = None,
    url: str | None = None,
) -> ChatError:
    """Classify an HTTP error from its raw parts, for code that holds them rather than an
    exception (a proxy, a webhook, a hand-rolled client).

    Args:
        status_code: The HTTP status.
        body: The response body: bytes, text, or already-decoded JSON.
        headers: Response headers, as a mapping or pairs.
        provider: The provider the request went to, if known.
        url: The request URL, used to recognise the provider.
    """
    if status_code is not None and (
        isinstance(status_code, bool) or not isinstance(status_code, int)
    ):
        raise TypeError(f"status_code must be an int or None, not {type(status_code).__name__}")
    response = RawResponse(status_code, body, headers, url)
    return classify(response, provider=provider)


class RawResponse:
    """An HTTP response built from raw parts, read by the same code as httpx or requests."""

    def __init__(self, status: int | None, body: object, headers: object, url: str | None) -> None:
        self.status_code = status
        self.headers = dict(headers) if headers is not None else {}  # type: ignore[call-overload]
        self.url = url
        if isinstance(body, (Mapping, list)):
            import json

            self._content: object = json.dumps(body, default=str)
        else:
            self._content = body if isinstance(body, (str, bytes)) else None


def with_classification(error: _E, classified: ChatError) -> _E:
    """Attach ``classified`` to ``error`` so every later :func:`classify` of it (or of an
    exception chained to it) returns that classification. Returns ``error`` for ``raise``.
    """
    if not isinstance(error, BaseException):
        raise TypeError(f"with_classification() needs an exception, not {type(error).__name__}")
    if not isinstance(classified, ChatError):
        raise TypeError(f"with_classification() needs a ChatError, not {type(classified).__name__}")
    error.__chaterror__ = classified  # type: ignore[attr-defined]
    return error


def explain(error: object, *, provider: str | None = None) -> list[str]:
    """Return the evidence :func:`classify` weighed, strongest first, one line each.

    For debugging a surprising classification; the format may change between versions.
    """
    hint = normalize_provider(provider) if isinstance(provider, str) else None
    facts = gather(error)
    scan = Scan(facts.scan_text())
    found = _provider(facts, hint, scan)
    evidence = _evidence(facts, found, scan, _status(facts, scan), _all_codes(facts, scan, found))
    order = {rule: i for i, rule in enumerate(RULES)}
    ranked = sorted(evidence, key=lambda e: order[(e.tier, e.kind)])
    return [f"{e.tier.name.lower()} {e.kind.value}: {e.why}" for e in ranked]


def _with_hint(error: ChatError, hint: str | None) -> ChatError:
    return error.with_provider(hint) if hint and error.provider is None else error


def _classify_facts(facts: Facts, hint: str | None) -> ChatError:
    if facts.attached is not None:
        return _with_hint(facts.attached, hint)
    scan = Scan(facts.scan_text())
    provider = _provider(facts, hint, scan)
    status = _status(facts, scan)
    codes = _all_codes(facts, scan, provider)  # read once: reported and weighed
    common: dict[str, Any] = {
        "provider": provider,
        "status_code": status,
        "detail": _detail(facts),
        "code": next(filter(None, [*codes[0], *codes[1]]), None),
        "request_id": _request_id(facts, scan),
        "retry_after": retry_after_from(
            facts.headers, _retry_delay(facts), scan.text, reset_headers=False
        ),
    }
    if facts.cancelled:
        return ChatError._trusted(
            kind=Kind.GENERIC, retryable=False, message=CANCELLED_MESSAGE, **common
        )
    evidence = _evidence(facts, provider, scan, status, codes)
    kind, found = _decide(evidence)
    if kind is Kind.RATE_LIMIT and (
        (common["retry_after"] or 0.0) >= _A_DAY
        or (spent_window_wait(facts.headers) or 0.0) > _AN_HOUR
    ):
        # A limit the provider says lifts in a day or more is a daily quota, a hard cap
        # (CONTRACT §2), whatever it calls itself: Azure's S0 tier "exceeded token rate limit …
        # Please retry after 86400 seconds" is the day's allowance spent. So is a window with
        # nothing left that resets more than an hour away, since per-second, minute and hour
        # windows reset within the hour (agentgateway's 429 "rate limit exceeded" for a virtual
        # key's daily token budget, x-ratelimit-remaining 0 and x-ratelimit-reset 43200,
        # agentgateway/website …/llm/virtual-keys.md). A rate limit that only asks for a wait of
        # hours stays one: OpenAI's TPM "try again in 14h29m" and Copilot's "rate limit … try
        # again in 2 hours" are labelled so by two rounds.
        kind, found = Kind.USAGE_LIMIT, []
    if kind is Kind.RATE_LIMIT and common["retry_after"] is None:
        common["retry_after"] = reset_wait(facts.headers)  # CONTRACT §5: rate limits only
    retryable = _retryable(facts, kind, found, status)
    if kind is Kind.CONFIG and any(e.endpoint for e in found):
        common["message"] = endpoint_message(provider)
    if kind is Kind.USAGE_LIMIT:
        common["resets_at"] = resets_at_from(scan, (q for b in facts.bodies for q in b.quota_ids))
    return ChatError._trusted(kind=kind, retryable=retryable, **common)


def _decide(evidence: list[Evidence]) -> tuple[Kind, list[Evidence]]:
    present = {(e.tier, e.kind) for e in evidence}
    for rule in RULES:
        if rule in present:
            kind = rule[1]
            return kind, [e for e in evidence if e.kind is kind]
    return Kind.GENERIC, []


def _retryable(facts: Facts, kind: Kind, found: list[Evidence], status: int | None) -> bool | None:
    should_retry = facts.headers.get("x-should-retry", "").strip().lower()
    if should_retry in ("true", "false"):
        return should_retry == "true"
    # The strongest evidence that says anything about retrying decides: Bedrock's phrase "Try
    # your request again" over ModelErrorException's hint that a 424 is not worth repeating.
    said = [e for e in found if e.retryable is not None]
    strongest = min((e.tier for e in said), default=None)
    verdicts = {e.retryable for e in said if e.tier == strongest}
    if kind is Kind.GENERIC and status is not None and status >= 400:
        # The status says whose failure it is. Behind a 5xx, "context canceled" is the server
        # cancelling its own work (retry it); behind a 4xx, a 5xx-flavoured code such as
        # api_error does not make the rejected request worth repeating. A code-tier verdict names
        # the failure itself (vLLM's dead engine) and stands whatever the status.
        # 424 Failed Dependency is no rejection: the request was sound and the model it needed
        # failed (Bedrock's ModelErrorException and ModelStreamErrorException, SageMaker's
        # ModelError, botocore's service models), so the provider's "Try your request again"
        # stands as it does behind a 5xx.
        verdicts.discard(status < 500 and status != 424)
        verdicts |= {e.retryable for e in found if e.retryable is not None and e.tier is Tier.CODE}
    if False in verdicts:
        return False
    if True in verdicts:
        return True
    return None  # the kind's default; generic is retryable only for a 5xx status


def _provider(facts: Facts, hint: str | None, scan: Scan) -> str | None:
    if hint:
        return hint
    found = provider_from_host(facts.host, facts.port) or provider_from_headers(facts.headers)
    if found:
        return found
    if facts.named_provider:  # a wrapper's own provider field (LiteLLM's llm_provider)
        return normalize_provider(facts.named_provider)
    sdk = next(filter(None, map(provider_from_module, facts.modules)), None)
    shape = next((body.shape for body in facts.bodies if body.shape), None)
    if facts.host is None:
        return (
            sdk
            or shape
            or provider_from_urls(scan.text)
            or _printed_by_litellm(scan)
            or provider_from_words(scan)
        )
    # An SDK pointed at a host we do not know is talking to a compatible server (a proxy,
    # vLLM, llama.cpp, a gateway): the body and the text know better than the SDK's name.
    found = shape or provider_from_urls(scan.text) or provider_from_words(scan)
    if found:
        return found
    return "openai-compat" if sdk == "openai" else sdk


def _printed_by_litellm(scan: Scan) -> str | None:
    """The provider a printed LiteLLM error names ("Together_aiException - …"), if we know it."""
    name = litellm_named_provider(scan.lower)
    known = normalize_provider(name) if name else None
    return known if known in PROVIDERS else None


def _status(facts: Facts, scan: Scan) -> int | None:
    # An SDK's own "Error code: 500" (openai-style, zhipuai) is the response's status, above a
    # number the body calls its code ("code": "400" inside that 500); so is a text that opens
    # with the status it got ("status code 403" over a watsonx body's "code": 404).
    printed = _SDK_STATUS.search(scan.lower) if facts.status is None else None
    candidates = [
        facts.status,
        printed and int(printed.group(1)),
        *(b.status for b in facts.bodies),
    ]
    found = next((s for s in candidates if s is not None and s >= 400), None)
    if found == 500 and facts.status is None and not printed:
        # A proxy's own 500 whose message is its HTTP client's report of the upstream's status
        # ('{"message": "Request failed with status code 429", "code": 500}', axios; qwen-code
        # proxies): the upstream's status says what failed.
        relayed = (_RELAYED_STATUS.match(b.message.lower()) for b in facts.bodies if b.message)
        found = next((int(m.group(1)) for m in relayed if m), found)
    if found == 424:
        # SageMaker's ModelError (424) carries the model container's own status ("Received
        # server error (500) from primary …", "Received client error (400) from model …"; the
        # InvokeEndpoint API reference: the container "returned 4xx or 5xx error code").
        container = _CONTAINER_STATUS.search(scan.lower)
        found = int(container.group(1)) if container else found
    if found is None:
        found = status_in_text(scan)
    if found == 400 and ("EventStreamError" in facts.classes or scan.search(_EVENT_EXCEPTION)):
        return None  # botocore's framing of every event-stream exception, not the service's
    return found


_SDK_STATUS: Final = re.compile(r"^(?:[\w.]+: )?(?:error|status) code:? ([45]\d\d)\b")
_RELAYED_STATUS: Final = re.compile(r"request failed with status code ([45]\d\d)\b")
_CONTAINER_STATUS: Final = re.compile(r"received (?:server|client) error \(([45]\d\d)\) from\b")


def _all_codes(facts: Facts, scan: Scan, provider: str | None) -> tuple[list[str], list[str]]:
    """The codes the input carries, most trustworthy first, and apart from them the known codes
    found bare in prose (reported only when nothing better is there, and weighed as wording).

    A numeric business code the provider's profile declares (Zhipu's 1211) is its most specific
    code and comes first; other numbers (a status repeated, an unknown one) come last."""
    numbers = [n for body in facts.bodies for n in body.numbers]
    codes: list[str] = [n for n in numbers if provider_number(provider, n) is not None]
    for body in facts.bodies:
        codes.extend(body.codes)
    for header in _CODE_HEADERS:
        value = facts.headers.get(header)
        if value:
            codes.append(value.split(":", 1)[0].split(",", 1)[0].strip())
    codes.extend(facts.codes)
    codes.extend(codes_in_text(scan))
    codes.extend(n for n in numbers if n not in codes)
    bare = bare_codes_in_text(scan)
    # An app's own category (Cursor's ERROR_OPENAI) comes after every code the text names.
    named = {*codes, *bare}
    bare.extend(c for body in facts.bodies for c in body.last_codes if c not in named)
    if scan.search(TYPE_VALIDATION_TEXT):  # zod's issue codes, not the provider's
        codes = [c for c in codes if c.lower() not in ZOD_ISSUE_CODES]
        bare = [c for c in bare if c.lower() not in ZOD_ISSUE_CODES]
    return codes, bare


def _server_fault_under_rejection(found: Evidence, status: int | None) -> bool:
    """A catch-all "the server failed" code (api_error, server_error, internal_server_error)
    under a 4xx: the status, a rejection of this request, says more than the bucket a gateway
    or compatible server filed it in ('{"type": "api_error", "message": "invalid input type"}'
    with 400; '{"type": "server_error"}' around an upstream's 403). Specific codes still
    outrank the status."""
    return (
        status is not None
        and 400 <= status < 500
        and found.kind is Kind.GENERIC
        and found.tier is Tier.HINT
        and found.retryable is True
    )


def _evidence(
    facts: Facts,
    provider: str | None,
    scan: Scan,
    status: int | None,
    codes: tuple[list[str], list[str]],
) -> list[Evidence]:
    evidence: list[Evidence] = []
    seen: set[str] = set()
    structured, bare = codes
    extra = (c for b in facts.bodies for c in b.extra_codes)
    for code, is_bare in [*((c, False) for c in (*structured, *extra)), *((c, True) for c in bare)]:
        key = code.lower()
        if key not in seen:
            seen.add(key)
            scoped = provider_override(provider, key)
            if scoped is None and key.isdigit():
                # A number the provider declares, read from its text ("code: 10012, msg: …"),
                # means there what it means in its body, weighed as wording: an umbrella number
                # (MiniMax's 2013, invalid params) must not outrank the reason beside it
                # ("context window exceeds limit (2013)").
                declared = provider_number(provider, key)
                if declared is not None:
                    scoped = declared._replace(tier=max(declared.tier, Tier.PHRASE))
            found = (
                scoped.evidence(f"code {code} at {provider}")
                if scoped is not None
                else code_evidence(code)
            )
            if found is not None and found.tier < Tier.PHRASE and is_bare:
                found = found._replace(tier=Tier.PHRASE)  # a bare token is only wording
            if key in H2_RESET_CODES and found is not None and not scan.search(H2_RESET_TEXT):
                found = found._replace(tier=Tier.HINT)  # the name, but no HTTP/2 reset
            if found is not None and _server_fault_under_rejection(found, status):
                continue
            if found is not None:
                evidence.append(found)
    for number in dict.fromkeys(n for b in facts.bodies for n in b.numbers):
        meaning = provider_number(provider, number)
        if meaning is not None:
            evidence.append(meaning.evidence(f"code {number}"))
    evidence.extend(quota_evidence(q) for b in facts.bodies for q in b.quota_ids)
    if status is not None:
        own = provider_status(provider, status)
        evidence.append(
            own.evidence(f"status {status} at {provider}")
            if own is not None
            else status_evidence(status)
        )
    for name in dict.fromkeys(facts.classes):
        found = class_evidence(name)
        if found is None and status is None and name not in facts.guessed_classes:
            found = status_class_evidence(name)
        if found is not None:
            evidence.append(found)
    errnos = [*facts.errnos, *errnos_in_text(scan)]
    if "gaierror" in facts.classes or scan.search(_DNS_TEXT):
        transient = any(w in scan.lower for w in _DNS_TRANSIENT_WORDS)
        errnos.append(-3 if transient else -2)
    known_host = False
    if errnos:  # only a DNS failure asks whether the host is a provider's global one
        named = scan.search(_DNS_HOST)
        if named is not None:
            known_host = _always_resolves(next(filter(None, named.groups())))
        else:
            known_host = _always_resolves(facts.host) or any(
                map(is_global_host, hosts_in_text(scan.text))
            )
    for errno in dict.fromkeys(errnos):
        found = errno_evidence(errno, known_host=known_host)
        if found is not None:
            evidence.append(found)
    evidence.extend(text_evidence(scan, provider))
    oversized = oversized_request_evidence(scan)
    if oversized is not None:
        evidence.append(oversized)
    return evidence


def _readable(text: str) -> str:
    """An HTML error page reads as its title; anything else as itself."""
    head = text[:512].lower()
    if "<html" in head or "<!doctype" in head:
        title = _HTML_TITLE.search(text)
        if title:
            return title.group(1) or title.group(2)
    return text


def _detail(facts: Facts) -> str | None:
    for body in facts.bodies:
        if body.message:
            return _readable(body.message)
    # "Error code: 504" says nothing the status does not; the next text explains.
    texts = [
        _readable(t) for t in (t.strip() for t in facts.texts) if t and not _BARE_STATUS.match(t)
    ]
    if not texts:
        return None
    first = texts[0]
    if len(first) < 40 and len(texts) > 1 and texts[1] != first:
        return f"{first} ({texts[1]})"
    return first


def _retry_delay(facts: Facts) -> str | None:
    return next((b.retry_delay for b in facts.bodies if b.retry_delay), None)


def _request_id(facts: Facts, scan: Scan) -> str | None:
    if facts.request_id:
        return facts.request_id
    for body in facts.bodies:
        if body.request_id:
            return body.request_id
    match = scan.search(_REQUEST_ID_TEXT)
    return scan.original(match, 1) if match else None
