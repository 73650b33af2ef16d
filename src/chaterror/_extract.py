"""Read what an error object says about itself, by shape, without importing anything.

SDK exceptions, HTTP responses, decoded bodies, text: :func:`gather` turns any of them into
:class:`Facts`. It never raises and never does I/O: attributes are read through guards (a
property may raise or be hostile), response bodies are taken only when already in memory, and
every list and string is bounded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import GetSetDescriptorType
from typing import Any, Final

from chaterror._body import Body, block_reason, bodies_in_text, parse_text, read_body
from chaterror._redact import head
from chaterror._wrappers import (
    Reading,
    class_names,
    is_made_up_url,
    per_class,
    read_wrapper,
    wrapper_causes,
)
from chaterror.error import ChatError

__all__ = ["SCAN_LIMIT", "Facts", "gather"]

#: Only this much of any text or body is read (CONTRACT §3): a 10 MB page costs what 64 KiB does.
SCAN_LIMIT: Final = 64 * 1024
_MAX_CHAIN: Final = 16
_MAX_HEADERS: Final = 128
_MAX_MRO: Final = 10
_URL_RE: Final = re.compile(
    r"^[a-z][a-z0-9+.-]*://(?:[^/@\s]*@)?(\[[^\]]*\]|[^:/?#\s]+)(?::(\d+))?", re.IGNORECASE
)
_SKIPPED_BASES: Final = frozenset(
    {"object", "BaseException", "Exception", "BaseExceptionGroup", "ExceptionGroup", "Generic"}
)
_CANCEL_CLASSES: Final = frozenset({"CancelledError", "Cancelled", "KeyboardInterrupt"})


@dataclass(slots=True)
class Facts:
    """Everything read from the input, before any judgement."""

    attached: Any = None
    #: The outermost exception is a cancellation (asyncio, anyio, trio, futures).
    cancelled: bool = False
    #: HTTP status from a structured field (exception attribute or response object).
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    bodies: list[Body] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    #: Class names along each exception's MRO, most derived first, outermost exception first.
    classes: list[str] = field(default_factory=list)
    #: Class names of a wrapper whose status is a guess (LiteLLM's classes follow its status
    #: mapping): they say no more about the status than the guess does.
    guessed_classes: set[str] = field(default_factory=set)
    modules: list[str] = field(default_factory=list)
    #: Codes read from exception attributes (``.code``, ``.type``, botocore's ``Error.Code``).
    codes: list[str] = field(default_factory=list)
    errnos: list[int] = field(default_factory=list)
    host: str | None = None
    port: int | None = None
    request_id: str | None = None
    text_size: int = 0
    #: The provider a wrapper library names itself (LiteLLM's ``llm_provider``).
    named_provider: str | None = None
    #: A wrapper's own status: a guess, used only when the chain holds nothing but the
    #: wrapper's exceptions (:mod:`._wrappers`).
    guessed_status: int | None = None
    guess_rank: int = -1
    #: The chain holds an exception that is not a status-guessing wrapper's.
    plain_seen: bool = False

    #: Text that is scanned for evidence but never shown as ``detail`` (a body no reader knows).
    scan_only: list[str] = field(default_factory=list)

    def add_text(self, text: str, *, detail: bool = True) -> None:
        room = SCAN_LIMIT - self.text_size
        if room > 0 and text:
            piece = head(text, room)  # a cut never splits a word: no secret is left half-read
            (self.texts if detail else self.scan_only).append(piece)
            self.text_size += len(piece) + 1

    def scan_text(self) -> str:
        """Everything read, for the evidence scan; a piece already inside an earlier one (the
        body's message within the SDK's ``str(exc)``) is scanned once."""
        kept: list[str] = []
        for piece in [*self.texts, *self.scan_only] if self.scan_only else self.texts:
            if not any(piece in earlier for earlier in kept):
                kept.append(piece)
        return "\n".join(kept)


def _attr(obj: object, name: str) -> Any:
    try:
        return getattr(obj, name, None)
    except Exception:  # a hostile or half-initialised property
        return None


def _text_of(obj: object) -> str:
    try:
        text = str(obj)
    except Exception:
        try:
            text = repr(obj)
        except Exception:
            return ""
    return text if isinstance(text, str) else ""


def _canonical_text(value: object) -> str:
    """JSON with sorted keys, so a body's text does not depend on its key order."""
    try:
        return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)[: SCAN_LIMIT + 1]
    except (TypeError, ValueError, RecursionError):
        return _text_of(value)


def _int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return int(value)


def _http_status(value: object) -> int | None:
    status = _int(value)
    return status if status is not None and 100 <= status <= 599 else None


def gather(obj: object) -> Facts:
    """Read ``obj`` (exception, response, body, text …) into :class:`Facts`."""
    facts = Facts()
    if isinstance(obj, Mapping) and not isinstance(obj, dict):
        obj = dict(obj)
    if isinstance(obj, BaseException):
        _read_exception_chain(facts, obj)
    elif isinstance(obj, (str, bytes, bytearray, memoryview)):
        _read_text(facts, _decode(obj))
    elif isinstance(obj, (dict, list)):
        _read_decoded_body(facts, obj)
    elif obj is not None and not _read_response(facts, obj, take_body=True):
        blocked = _blocked_response_object(obj)
        if blocked is not None:
            _read_decoded_body(facts, blocked)
        else:
            incomplete = _incomplete_response_object(obj)
            if incomplete is not None:
                _add_body(facts, read_body(incomplete))
            _read_text(facts, _text_of(obj))
    return facts


def _decode(data: str | bytes | bytearray | memoryview) -> str:
    if isinstance(data, str):
        return head(data, SCAN_LIMIT)
    return head(bytes(data[: SCAN_LIMIT + 4]).decode("utf-8", "replace"), SCAN_LIMIT)


def _read_text(facts: Facts, text: str) -> None:
    facts.add_text(text)
    for decoded in bodies_in_text(text[:SCAN_LIMIT]):
        _add_body(facts, read_body(decoded))


def _read_decoded_body(facts: Facts, value: Mapping[str, Any] | list[Any]) -> None:
    body = read_body(value)
    _add_body(facts, body)
    if isinstance(value, dict):
        _read_botocore_response(facts, value)
    if body is None:
        facts.add_text(_canonical_text(value)[:SCAN_LIMIT])


def _add_body(facts: Facts, body: Body | None) -> None:
    if body is None or len(facts.bodies) >= 8:
        return
    facts.bodies.append(body)
    if body.message:
        facts.add_text(body.message)
    for note in body.notes:
        facts.add_text(note)


#: Every attribute read from an exception, by name.
_EXC_ATTRS: Final = (
    "__chaterror__",
    "exceptions",
    "reason",
    "errno",
    "status_code",
    "status",
    "http_status",
    "code",
    "type",
    "error_code",
    "request_id",
    "headers",
    "body",
    "details",
    "response_json",
    "response",
    "request",
    "request_info",
)
_NO_ATTRS: Final[dict[str, Any]] = dict.fromkeys(_EXC_ATTRS)
#: The chaining attributes every exception has; a class may override them with properties.
_LINKS: Final = ("__cause__", "__suppress_context__", "__context__")
#: Special methods that make attribute reads run code (a class defining one is always probed).
_HOOKS: Final = ("__getattribute__", "__getattr__", "__dict__")


def _plan_of(cls: type) -> tuple[str, ...] | None:
    """The attributes of ``_EXC_ATTRS`` that ``cls`` defines at class level (properties, slots,
    defaults): only those need ``getattr``, the rest are in the instance's ``__dict__`` or absent.
    ``None`` when the class hooks attribute access and every name must be probed."""
    try:
        mro = cls.__mro__
        dicts = [vars(base) for base in mro if base is not BaseException and base is not object]
    except Exception:  # pragma: no cover - every class has an MRO of classes
        return None
    for namespace in dicts:
        for hook in _HOOKS:
            if hook in namespace and not isinstance(namespace[hook], GetSetDescriptorType):
                return None
    return tuple(name for name in (*_EXC_ATTRS, *_LINKS) if any(name in d for d in dicts))


_PLANS: dict[type, tuple[str, ...] | None] = {}


def _exception_attrs(exc: BaseException) -> dict[str, Any]:
    """Every name of ``_EXC_ATTRS`` and ``_LINKS`` as :func:`_attr` reads it from ``exc`` (``None``
    when absent or raising): the instance's ``__dict__`` merged over ``None``, then a probe only
    for the names its class defines (a class's attributes are fixed: the plan is cached)."""
    plan = per_class(_PLANS, type(exc), _plan_of)
    state = vars(exc) if plan is not None else None
    if plan is None or type(state) is not dict:
        return {name: _attr(exc, name) for name in (*_EXC_ATTRS, *_LINKS)}
    values = {
        **_NO_ATTRS,
        **state,
        "__cause__": exc.__cause__,
        "__suppress_context__": exc.__suppress_context__,
        "__context__": exc.__context__,
    }
    for name in plan:
        values[name] = _attr(exc, name)
    return values


def _read_exception_chain(facts: Facts, top: BaseException) -> None:
    seen: set[int] = set()
    queue: list[BaseException] = [top]
    facts.cancelled = type(top).__name__ in _CANCEL_CLASSES
    while queue and len(seen) < _MAX_CHAIN:
        exc = queue.pop(0)
        if id(exc) in seen:
            continue
        seen.add(id(exc))
        attrs = _exception_attrs(exc)
        if facts.attached is None:
            attached = attrs["__chaterror__"]
            if isinstance(attached, ChatError):  # a look-alike class is not a classification
                facts.attached = attached
        _read_exception(facts, exc, attrs)
        queue.extend(_linked(exc, attrs))
    if facts.status is None and not facts.plain_seen:
        facts.status = facts.guessed_status
    if not facts.bodies:  # no structured body: the text may still print one
        for text in list(facts.texts):
            for decoded in bodies_in_text(text):
                _add_body(facts, read_body(decoded))


def _linked(exc: BaseException, attrs: dict[str, Any]) -> Iterable[BaseException]:
    cause = attrs["__cause__"]
    if isinstance(cause, BaseException):
        yield cause
    elif not attrs["__suppress_context__"]:
        context = attrs["__context__"]
        if isinstance(context, BaseException):
            yield context
    members = attrs["exceptions"]  # exception groups
    if isinstance(members, (tuple, list)):
        yield from (m for m in members[:_MAX_CHAIN] if isinstance(m, BaseException))
    reason = attrs["reason"]  # urllib3 MaxRetryError wraps the real failure
    if isinstance(reason, BaseException):
        yield reason
    yield from wrapper_causes(exc)


def _read_exception(facts: Facts, exc: BaseException, attrs: dict[str, Any]) -> None:
    reading = read_wrapper(exc)
    status_before = facts.status
    _read_generic_exception(facts, exc, attrs, reading)
    if reading is not None:
        _read_wrapped(facts, reading, status_before)
    if reading is None or not reading.wrapper.status_is_guess:
        facts.plain_seen = True


def _read_wrapped(facts: Facts, reading: Reading, status_before: int | None) -> None:
    """Fold in what a wrapper library keeps beside the generic attributes (:mod:`._wrappers`)."""
    own_status = facts.status if facts.status != status_before else None
    if reading.made_up_status or reading.wrapper.status_is_guess:
        facts.status = status_before
        if reading.made_up_status:
            own_status = None
    guesses = ((own_status, reading.wrapper.guess_rank), (reading.claimed_status, 9))
    for status, rank in guesses:
        if status is not None and rank > facts.guess_rank:
            facts.guessed_status, facts.guess_rank = status, rank
    if reading.provider and facts.named_provider is None:
        facts.named_provider = reading.provider
    facts.codes.extend(reading.codes)
    for value in reading.bodies:
        _read_body_value(facts, value)
    for response in reading.responses:
        _read_response(facts, response, take_body=True)


def _read_body_value(facts: Facts, value: object) -> None:
    """A body of a known shape is read; one no reader knows is still text to scan, and an
    envelope no reader knows (mistralai's ``{"data": {…error…}}``) may hold a known one."""
    if isinstance(value, (str, bytes)):
        text = _decode(value)
        body = read_body(text)
        if body is None:
            facts.add_text(text, detail=False)
            for decoded in bodies_in_text(text[:SCAN_LIMIT]):
                _add_body(facts, read_body(decoded))
            value = parse_text(text)
    elif isinstance(value, (dict, list)):
        body = read_body(value)
        if body is None:
            facts.add_text(_canonical_text(value)[:SCAN_LIMIT], detail=False)
    else:
        return
    if body is None and isinstance(value, dict):
        inner = (v for v, _ in zip(value.values(), range(8), strict=False) if isinstance(v, dict))
        body = next(filter(None, map(read_body, inner)), None)
    _add_body(facts, body)


def _read_generic_exception(
    facts: Facts, exc: BaseException, attrs: dict[str, Any], reading: Reading | None
) -> None:
    cls = type(exc)
    skipped = _SKIPPED_BASES | reading.wrapper.made_up_classes if reading else _SKIPPED_BASES
    names = [name for name in class_names(cls) if name not in skipped]
    facts.classes.extend(names)
    if reading is not None and reading.wrapper.status_is_guess:
        facts.guessed_classes.update(names)
    facts.modules.append(str(getattr(cls, "__module__", "") or ""))
    facts.add_text(reading.text if reading and reading.text is not None else _text_of(exc))

    errno = _int(attrs["errno"])
    if errno is not None:
        facts.errnos.append(errno)
    made_up = reading.wrapper.made_up_attrs if reading else frozenset()
    for name in ("status_code", "status", "http_status", "code"):
        value = attrs[name] if name not in made_up else None
        if value is None:
            continue
        status = _http_status(value)
        if status is not None and facts.status is None:
            facts.status = status
        elif isinstance(value, str) and name != "status":
            facts.codes.append(value)
        elif isinstance(value, str) and name == "status" and value.isupper():
            facts.codes.append(value)  # google-genai: "RESOURCE_EXHAUSTED"
    for name in ("type", "error_code"):
        value = attrs[name] if name not in made_up else None
        if isinstance(value, str) and value:
            facts.codes.append(value)
    request_id = attrs["request_id"]
    if isinstance(request_id, str) and request_id and facts.request_id is None:
        facts.request_id = request_id

    headers = attrs["headers"]
    if headers is not None:
        _read_headers(facts, headers)
    # json.JSONDecodeError (and requests' subclass) keeps the document it could not parse:
    # an SDK that fails on a malformed error body ('"code": rpm_rate_limit_exceeded' unquoted,
    # a Qianfan page's example) raises it, and the body's words are in ``doc``.
    doc = attrs.get("doc")
    if isinstance(doc, str) and doc and isinstance(attrs.get("pos"), int):
        _read_body_value(facts, doc)
    for name in ("body", "details", "response_json"):
        value = attrs[name]
        if isinstance(value, (dict, list)):
            _add_body(facts, read_body(value))
            break
        if isinstance(value, (str, bytes)) and value:
            _read_body_value(facts, value)
            break
    response = attrs["response"]
    if isinstance(response, dict):
        _read_botocore_response(facts, response)
    elif response is not None:
        _read_response(facts, response, take_body=not facts.bodies)
    for name in ("request", "request_info"):
        _read_url(facts, _attr(attrs[name], "url"))


def _incomplete_response_object(obj: object) -> dict[str, Any] | None:
    """A Responses API response that stopped short, or the stream event holding it (the openai
    SDK's ResponseIncompleteEvent), as the body dict whose reason the body reader reads."""
    for response in (obj, _attr(obj, "response")):
        if _attr(response, "status") == "incomplete":
            reason = _attr(_attr(response, "incomplete_details"), "reason")
            return {"status": "incomplete", "incomplete_details": {"reason": reason}}
    return None


def _read_botocore_response(facts: Facts, response: Mapping[str, Any]) -> None:
    """botocore's ``ClientError.response``: ``{"Error": {...}, "ResponseMetadata": {...}}``."""
    error = response.get("Error")
    if isinstance(error, dict):
        code = error.get("Code")
        if isinstance(code, str) and code:
            facts.codes.append(code)
        _add_body(facts, read_body(response))
    meta = response.get("ResponseMetadata")
    if isinstance(meta, dict):
        status = _http_status(meta.get("HTTPStatusCode"))
        if status is not None and facts.status is None:
            facts.status = status
        headers = meta.get("HTTPHeaders")
        if isinstance(headers, dict):
            _read_headers(facts, headers)
        request_id = meta.get("RequestId")
        if isinstance(request_id, str) and request_id and facts.request_id is None:
            facts.request_id = request_id


def _read_response(facts: Facts, response: object, *, take_body: bool) -> bool:
    """Read an HTTP response object (httpx, httpx2, requests, aiohttp …) by its attributes."""
    status = _http_status(_attr(response, "status_code"))
    if status is None:
        status = _http_status(_attr(response, "status"))
    headers = _attr(response, "headers")
    if status is None and headers is None:
        return False
    if status is not None and facts.status is None:
        facts.status = status
    if headers is not None:
        _read_headers(facts, headers)
    _read_url(facts, _attr(response, "url"))
    if facts.host is None:
        _read_url(facts, _attr(_attr(response, "request"), "url"))
    if take_body:
        content = _loaded_content(response)
        if content:
            body = read_body(content[:SCAN_LIMIT])
            if body is not None:
                _add_body(facts, body)
            else:  # SSE, JSON lines, HTML, plain text
                _read_text(facts, _decode(content))
    return True


def _loaded_content(response: object) -> bytes | str | None:
    """The body if the response already holds it in memory; reading a stream would be I/O."""
    try:
        state = vars(response)
    except TypeError:
        state = {}
    for name in ("_content", "_body", "content", "text", "body"):
        value = state.get(name)
        if isinstance(value, (bytes, str)):
            return value
    return None


def _read_headers(facts: Facts, headers: object) -> None:
    try:
        items: Any = headers.items() if hasattr(headers, "items") else headers
        for count, pair in enumerate(items):
            if count >= _MAX_HEADERS:
                break
            key, value = pair
            if type(key) is str and type(value) is str:  # the usual pair, in one test
                facts.headers.setdefault(key.lower(), value[:1024])
                continue
            if isinstance(key, bytes):
                key = key.decode("latin-1")
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                value = str(value)  # {"retry-after": 5}: a number is what the header says
            if isinstance(key, str) and isinstance(value, str):
                facts.headers.setdefault(key.lower(), value[:1024])
    except Exception:  # a hostile mapping: keep what was read
        return
    request_id = next(
        (
            facts.headers[k]
            for k in (
                "x-request-id",
                "request-id",
                "apim-request-id",
                "x-amzn-requestid",
                "x-amz-request-id",
            )
            if k in facts.headers
        ),
        None,
    )
    if request_id and facts.request_id is None:
        facts.request_id = request_id


def _read_url(facts: Facts, url: object) -> None:
    if url is None or facts.host is not None:
        return
    text = _text_of(url)[:2048]
    match = _URL_RE.match(text)
    if match and not is_made_up_url(text):
        facts.host = match.group(1).strip("[]").lower()
        facts.port = int(match.group(2)) if match.group(2) else None


def _blocked_response_object(obj: object) -> dict[str, Any] | None:
    """A successful SDK response that was blocked (google-genai ``GenerateContentResponse``,
    an OpenAI completion with ``finish_reason="content_filter"``), as a body dict."""
    feedback = _attr(obj, "prompt_feedback")
    key, candidates = "candidates", _attr(obj, "candidates")
    if candidates is None:
        # OpenAI's choices keep their own name, so the body does not read as Gemini's.
        key, candidates = "choices", _attr(obj, "choices")
    if feedback is None and candidates is None:
        return None
    shaped: dict[str, Any] = {}
    if feedback is not None:
        shaped["promptFeedback"] = {
            "blockReason": _enum_name(_attr(feedback, "block_reason")),
            "blockReasonMessage": _attr(feedback, "block_reason_message"),
        }
    if isinstance(candidates, (list, tuple)):
        shaped[key] = [
            {"finishReason": _enum_name(_attr(c, "finish_reason"))} for c in candidates[:8]
        ]
    if _attr(obj, "prompt_filter_results") is not None:
        shaped["prompt_filter_results"] = True  # Azure's annotations: its shape (providers/azure)
    return shaped if block_reason(shaped) is not None else None


def _enum_name(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    name = _attr(value, "value")
    if isinstance(name, str):
        return name
    name = _attr(value, "name")
    return name if isinstance(name, str) else None
