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

__all__ = ["decode_last_error", "encode_last_error"]

# Go's name for the first-chunk timeout before it was called startup_timeout.
_KIND_ALIASES: Final = {"stream_silence_timeout": Kind.STARTUP_TIMEOUT}
_TEXT_FIELDS: Final = ("message", "provider", "detail", "code", "request_id")


def encode_last_error(error: ChatError | None) -> str | None:
    """Return what to store for ``error``: its wire JSON, or ``None`` for no error."""
    return None if error is None else error.to_json()


def decode_last_error(value: object, *, reclassify: bool = False) -> ChatError | None:
    """Decode a stored error: ``None`` → ``None``; a JSON object (text, bytes or dict) → the
    ChatError it describes; any other text (the legacy plain-text format) → a ``generic``,
    non-retryable ChatError whose message is that text.

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
        value = bytes(value).decode("utf-8", "replace")
    if isinstance(value, Mapping):
        return _from_fields(value)
    if not isinstance(value, str):
        value = str(value)
    text = value.strip()
    if not text:
        return None
    if text[0] in '{"n':
        try:
            parsed = json.loads(text)
        except (ValueError, RecursionError):
            parsed = text
        if parsed is None:
            return None
        if isinstance(parsed, Mapping):
            return _from_fields(parsed)
        if isinstance(parsed, str):
            text = parsed.strip() or text
    return _from_text(text, reclassify=reclassify)


def _from_text(text: str, *, reclassify: bool) -> ChatError:
    if not reclassify:
        return ChatError(message=text, kind=Kind.GENERIC, retryable=False)
    from chaterror.classify import classify  # decode stays importable without the classifier

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
