"""Read a stored ``last_error`` from any era back into a :class:`ChatError` (CONTRACT §9).

Applications persisted chat errors as plain text first and as the wire JSON later; a column
holds both. :func:`decode_last_error` reads either and never raises: wrong-typed fields are
repaired or dropped, unknown keys ignored, an unknown kind becomes ``generic``, and text that is
not a JSON object is kept whole as the message.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final

from chaterror.error import ChatError
from chaterror.kind import Kind

__all__ = ["decode_last_error", "encode_last_error", "is_error_object"]

# Go's name for the first-chunk timeout before it was called startup_timeout.
_KIND_ALIASES: Final = {"stream_silence_timeout": Kind.STARTUP_TIMEOUT}
_TEXT_FIELDS: Final = ("message", "provider", "detail", "code", "request_id")


def encode_last_error(error: ChatError | None) -> str | None:
    """Return what to store for ``error``: its wire JSON, or ``None`` for no error."""
    return None if error is None else error.to_json()


def decode_last_error(value: object, *, reclassify: bool = False) -> ChatError | None:
    """Decode a stored error: ``None`` → ``None``; a JSON object (text, bytes or dict) that names
    a ``message`` or ``kind`` → the ChatError it describes; any other text (the legacy plain-text
    format, a JSON string's text, JSON that is not a ChatError) → a ``generic``, non-retryable
    ChatError whose message is that text. Text that is empty, whitespace or JSON ``null`` is no
    error. A UTF-8 byte order mark is ignored. Never raises.

    Args:
        value: What the column held.
        reclassify: Classify legacy text to recover its kind, provider and status; the stored
            text stays the message.
    """
    if value is None:
        return None
    if isinstance(value, ChatError):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        value = bytes(value).decode("utf-8-sig", "replace")
    if isinstance(value, Mapping):
        return _from_fields(value)
    if not isinstance(value, str):
        value = _text_of(value)
        if value is None:
            return ChatError(kind=Kind.GENERIC, retryable=False)
    text = value.removeprefix(_BOM).strip()
    if not text:
        return None
    parsed = _parse_json(text)
    if parsed is _NOT_JSON:
        return _from_text(value, reclassify=reclassify)
    if parsed is None:
        return None
    if isinstance(parsed, Mapping) and is_error_object(parsed):
        return _from_fields(parsed)
    if isinstance(parsed, str):  # a JSON string: its text, read as legacy text is
        return None if _no_error(parsed) else _from_text(parsed, reclassify=reclassify)
    return _from_text(value, reclassify=reclassify)  # other JSON is text that looks like JSON


_BOM: Final = "\ufeff"
_NOT_JSON: Final = object()


def _no_error(text: str) -> bool:
    """Whether stored text means "no error": blank (a byte order mark aside) or JSON null."""
    stripped = text.removeprefix(_BOM).strip()
    return not stripped or stripped == "null"


def _text_of(value: object) -> str | None:
    try:
        text = str(value)
    except Exception:  # a hostile __str__: decoding never raises
        return None
    return text if isinstance(text, str) else None


def _parse_json(text: str) -> object:
    """Return ``text`` parsed as a JSON object, string or null, else ``_NOT_JSON``; only text
    that starts like one is parsed, so legacy prose costs nothing."""
    if text[0] not in '{"n':
        return _NOT_JSON
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return _NOT_JSON


def is_error_object(data: Mapping[Any, Any]) -> bool:
    """Whether a decoded JSON object is a stored ChatError (it names a message or a kind);
    any other object (``{"error": "upstream 503"}``) is legacy text that happens to be JSON."""
    return isinstance(data.get("message"), str) or isinstance(data.get("kind"), str)


def _from_text(text: str, *, reclassify: bool) -> ChatError:
    text = text.strip()
    if not reclassify:
        return ChatError(message=text, kind=Kind.GENERIC, retryable=False)
    from chaterror._classify import classify  # decode stays importable without the classifier

    found = classify(text)
    return ChatError(**{**found.model_dump(), "message": text})


def _kind(value: object) -> Kind:
    if isinstance(value, str):
        name = value.strip().lower()
        if name in _KIND_ALIASES:
            return _KIND_ALIASES[name]
        try:
            return Kind(name)
        except ValueError:
            pass
    return Kind.GENERIC


def _bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, (int, float)) and math.isfinite(value) and value >= 0:
        return float(value)
    return None


def _timestamp(value: object) -> datetime | None:
    """An RFC 3339 timestamp with a zone; anything else is dropped (never guessed)."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _from_fields(data: Mapping[Any, Any]) -> ChatError:
    fields: dict[str, Any] = {"kind": _kind(data.get("kind"))}
    for key in _TEXT_FIELDS:
        value = data.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and key != "message":
            value = str(value)
        if isinstance(value, str) and value.strip():
            fields[key] = value
    retryable = _bool(data.get("retryable"))
    if retryable is not None:
        fields["retryable"] = retryable
    status = _number(data.get("status_code"))
    if status is not None and status.is_integer() and 100 <= status <= 599:
        fields["status_code"] = int(status)
    retry_after = _number(data.get("retry_after"))
    if retry_after is not None:
        fields["retry_after"] = retry_after
    resets_at = _timestamp(data.get("resets_at"))
    if resets_at is not None:
        fields["resets_at"] = resets_at
    try:
        return ChatError(**fields)
    except ValueError:  # pragma: no cover - every field above is already valid
        return ChatError(kind=fields["kind"], message=str(fields.get("message") or ""))
