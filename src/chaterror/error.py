"""The value every classification produces: :class:`ChatError`, and its one normalisation step.

Every path that builds a ChatError (the constructor, :func:`chaterror.classify`, the decoder,
:meth:`ChatError.with_provider`) passes through :func:`normalize_fields`, which trims, bounds,
redacts and fills in the message, so no path can produce a value the others would not.
"""

from __future__ import annotations

import contextlib
import re
from datetime import datetime, timezone
from typing import Annotated, Any, Final

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from chaterror._redact import head, redact
from chaterror.kind import DEFAULT_RETRYABLE, Kind
from chaterror.message import rerender, terminal_message
from chaterror.providers import PROVIDERS, normalize_provider

__all__ = ["DETAIL_MAX", "MESSAGE_MAX", "ChatError", "normalize_detail", "normalize_fields"]

#: The longest ``detail`` in code points; longer text is cut to 499 and ends with "…".
DETAIL_MAX: Final = 500
#: The longest ``message``: a legacy row's text is kept whole up to here (CONTRACT §9).
MESSAGE_MAX: Final = 64 * 1024
# Short identifiers (code, request id, provider) are cut here: nothing real is longer.
_IDENT_MAX: Final = 200
# Only this much of any text is looked at (the scan limit, CONTRACT §3). It is cut with
# redact.head(), which never splits a word, and redacted before any later cut.
_SOURCE_MAX: Final = 64 * 1024
# Longer than any secret redact() knows (a 4096-bit PEM key is ~3,300 characters).
_SECRET_MARGIN: Final = 4 * 1024
_WIRE_REQUIRED: Final = ("message", "kind", "retryable")


# Control characters other than tab and newlines: invisible to users, refused by PostgreSQL
# (NUL) and by many log pipelines.
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Surrogates are not text: UTF-8 cannot encode them, so JSON, a database or a terminal cannot
# take them. A JavaScript server that cuts a string mid-emoji sends a lone one.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Return ``text`` as valid Unicode text: control characters dropped, a surrogate pair joined
    into its character, a lone surrogate replaced by U+FFFD."""
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _clip(text: str, limit: int) -> str:
    """Cut already-redacted ``text`` to ``limit`` code points (499 + "…"), redacting what is
    kept again until stable: a cut can only shorten what redaction already replaced."""
    for _ in range(3):
        if len(text) > limit:
            text = text[: limit - 1] + "…"
        cleaned = redact(text)
        if cleaned == text:
            return text
        text = cleaned
    return text[: limit - 1] + "…" if len(text) > limit else text


def _source(text: str, limit: int = _SOURCE_MAX) -> str:
    """The part of ``text`` that is looked at, valid and redacted before anything cuts it."""
    return redact(_clean(head(text, limit)))


def normalize_detail(value: object) -> str | None:
    """Return provider text as ``detail``: one line, whitespace collapsed, redacted, bounded.

    Only what can reach the 500 code points, plus a margin longer than any secret, is redacted:
    a secret that straddles the cut is inside the margin and replaced whole before the cut.
    """
    if not isinstance(value, str):
        return None
    line = " ".join(_clean(head(value, _SOURCE_MAX)).split())
    return _clip(redact(head(line, DETAIL_MAX + _SECRET_MARGIN)), DETAIL_MAX) or None


def _normalize_ident(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = " ".join(_source(str(value), _IDENT_MAX * 4).split())
    return _clip(text, _IDENT_MAX) or None


def _normalize_retryable(data: dict[str, Any], kind: object) -> None:
    if isinstance(data.get("retryable"), bool) or not isinstance(kind, Kind):
        return
    status = data.get("status_code")
    if kind is Kind.GENERIC:
        data["retryable"] = isinstance(status, int) and 500 <= status <= 599
    else:
        data["retryable"] = DEFAULT_RETRYABLE[kind]


def normalize_fields(data: dict[str, Any]) -> dict[str, Any]:
    """Return ``data`` (ChatError fields) trimmed, bounded, redacted, with defaults filled in.

    Values of the wrong type are left for pydantic to reject: this step cleans, it does not
    guess. ``retryable`` defaults to the kind's default; an empty ``message`` is rendered from
    the kind and provider.
    """
    data = dict(data)
    kind = data.get("kind")
    if isinstance(kind, str) and not isinstance(kind, Kind):
        with contextlib.suppress(ValueError):  # pydantic reports an unknown kind
            kind = data["kind"] = Kind(kind.strip().lower())
    if "provider" in data:
        raw = data["provider"]
        if raw in PROVIDERS:  # a known id (what classify passes) holds nothing to redact
            data["provider"] = raw
        else:
            text = _source(raw, _IDENT_MAX * 4) if isinstance(raw, str) else raw
            provider = normalize_provider(text)
            data["provider"] = _clip(provider, _IDENT_MAX) if provider else None
    if "detail" in data:
        data["detail"] = normalize_detail(data["detail"])
    for key in ("code", "request_id"):
        if key in data:
            data[key] = _normalize_ident(data[key])
    resets_at = data.get("resets_at")
    if isinstance(resets_at, str):  # RFC 3339 from the wire; Python 3.10 reads no "Z"
        with contextlib.suppress(ValueError):
            resets_at = datetime.fromisoformat(resets_at.strip().replace("Z", "+00:00"))
    if isinstance(resets_at, datetime) and resets_at.tzinfo is not None:
        data["resets_at"] = resets_at.astimezone(timezone.utc)
    retry_after = data.get("retry_after")
    if isinstance(retry_after, int) and not isinstance(retry_after, bool):
        data["retry_after"] = float(retry_after)
    _normalize_retryable(data, kind)
    message = data.get("message")
    if isinstance(message, str):
        message = _clip(_source(message, MESSAGE_MAX + 1).strip(), MESSAGE_MAX)
    if not message and isinstance(kind, Kind):
        status = data.get("status_code")
        message = terminal_message(
            kind,
            data.get("provider"),
            retryable=bool(data.get("retryable")),
            status_code=status if isinstance(status, int) else None,
            resets_at=data.get("resets_at")
            if isinstance(data.get("resets_at"), datetime)
            else None,
        )
    if message is not None:
        data["message"] = message
    return data


def _schema_extra(schema: dict[str, Any]) -> None:
    # The constructor fills message and retryable in; on the wire they are always present.
    schema["required"] = list(_WIRE_REQUIRED)


class ChatError(BaseModel):
    """A classified provider failure: what kind, whether to retry, what to tell the user.

    Immutable, hashable, picklable. ``ChatError(kind="rate_limit", provider="openai")`` fills in
    the message and ``retryable`` from the kind; every string is redacted and bounded.

    Attributes:
        message: One or two plain sentences for the end user. Never raw provider text.
        kind: The class of failure.
        provider: Normalised provider id (``"openai"``, ``"anthropic"`` …), ``None`` if unknown.
        retryable: Would the same request, retried after a delay, plausibly succeed.
        status_code: The upstream HTTP status (100–599) when known.
        detail: The provider's own explanation, one line, redacted, at most 500 code points.
        retry_after: Seconds the provider asked us to wait, ``None`` when it said nothing.
        code: The provider's machine-readable error code or type, verbatim.
        request_id: The provider's request id, for support tickets.
        resets_at: When a hard cap (``usage_limit``) resets, if the provider said so; UTC.
    """

    model_config = ConfigDict(
        # Build validators and serializers on first use: keeps `import chaterror` cheap.
        defer_build=True,
        frozen=True,
        extra="forbid",
        json_schema_extra=_schema_extra,
        title="ChatError",
    )

    message: Annotated[str, Field(min_length=1)] = ""
    kind: Kind
    provider: str | None = None
    retryable: bool = False
    status_code: Annotated[int, Field(ge=100, le=599)] | None = None
    detail: Annotated[str, Field(max_length=DETAIL_MAX)] | None = None
    retry_after: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    code: str | None = None
    request_id: str | None = None
    resets_at: AwareDatetime | None = None

    @model_validator(mode="before")
    @classmethod
    def _normalize(cls, data: Any) -> Any:
        return normalize_fields(data) if isinstance(data, dict) else data

    @model_serializer(mode="wrap")
    def _wire(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Wire format: message, kind and retryable always; every other key only when set.
        return {k: v for k, v in handler(self).items() if v is not None or k in _WIRE_REQUIRED}

    def to_dict(self) -> dict[str, Any]:
        """Return the wire form as a JSON-ready dict (empty keys omitted)."""
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        """Return the wire JSON (CONTRACT §1): compact, keys in field order, empty keys omitted."""
        return self.model_dump_json()

    def with_provider(self, provider: str | None) -> ChatError:
        """Return a copy naming ``provider`` (a hint, normalised), with the message re-rendered.

        A message the library rendered is rendered again for the new provider; a message set
        by the application is kept. An empty hint returns ``self``.
        """
        hint = normalize_provider(provider)
        if hint is None or hint == self.provider:
            return self
        fields = self.model_dump()
        fields["provider"] = hint
        fields["message"] = rerender(
            self.message,
            self.kind,
            self.provider,
            hint,
            retryable=self.retryable,
            status_code=self.status_code,
            resets_at=self.resets_at,
        )
        return ChatError(**fields)

    @classmethod
    def _trusted(cls, **fields: Any) -> ChatError:
        """Build from fields the classifier produced: normalised, then not validated again.

        Sets the instance state the way ``model_construct`` does, without its per-field
        bookkeeping: classify() is on every exception handler's path.
        """
        data = normalize_fields(fields)
        if data.keys() <= _DEFAULT_STATE.keys():  # the classifier's fields: merged in field order
            state = {**_DEFAULT_STATE, **data}
        else:
            state = {name: data.get(name, default) for name, default in _DEFAULTS}
        err = object.__new__(cls)
        _set = object.__setattr__
        _set(err, "__dict__", state)
        _set(err, "__pydantic_fields_set__", set(data))
        _set(err, "__pydantic_extra__", None)
        _set(err, "__pydantic_private__", None)
        return err


_DEFAULTS: Final = tuple((name, field.default) for name, field in ChatError.model_fields.items())
_DEFAULT_STATE: Final = dict(_DEFAULTS)
