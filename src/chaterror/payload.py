"""Project a :class:`ChatError` onto what a chat stream sends: error and retry payloads, their
event envelopes and Server-Sent-Events text (CONTRACT §8).

The keys are the Go original's (``codersdk.ChatStreamError`` / ``ChatStreamRetry``), so a Go or
TypeScript client reads them unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Annotated, Any, Final

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_serializer,
    model_serializer,
)

from chaterror.error import ChatError
from chaterror.kind import Kind
from chaterror.message import retry_message

__all__ = [
    "StreamRetry",
    "error_event",
    "retry_event",
    "sse",
    "stream_error_payload",
    "stream_retry_payload",
]

_RETRY_REQUIRED: Final = ("attempt", "delay_ms", "error", "retrying_at")
# timedelta's own limit (999,999,999 days), in seconds.
_MAX_DELAY_SECONDS: Final = timedelta.max.total_seconds()


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def stream_error_payload(error: ChatError | None) -> dict[str, Any] | None:
    """Return the terminal error payload: the wire form of ``error``, ``None`` for no error."""
    return None if error is None else error.to_dict()


class StreamRetry(BaseModel):
    """What a chat stream tells the UI before it waits and retries.

    Attributes:
        attempt: Which retry this is, 1-based.
        delay_ms: How long until the retry, in whole milliseconds.
        error: A short message for the retry countdown (no advice, no status number).
        kind: The kind of the failure being retried.
        provider: The provider id, when known.
        status_code: The upstream HTTP status, when known.
        retrying_at: When the retry starts (serialised as RFC 3339, UTC).
    """

    # Build validators and serializers on first use: keeps `import chaterror` cheap.
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    attempt: Annotated[int, Field(ge=1)]
    delay_ms: Annotated[int, Field(ge=0)]
    error: Annotated[str, Field(min_length=1)]
    kind: Kind | None = None
    provider: str | None = None
    status_code: Annotated[int, Field(ge=100, le=599)] | None = None
    retrying_at: datetime

    @field_serializer("retrying_at")
    def _rfc3339(self, value: datetime) -> str:
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    @model_serializer(mode="wrap")
    def _wire(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {k: v for k, v in handler(self).items() if v is not None or k in _RETRY_REQUIRED}

    def to_dict(self) -> dict[str, Any]:
        """Return the wire form as a JSON-ready dict (empty keys omitted)."""
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        """Return the wire JSON."""
        return self.model_dump_json()


def stream_retry_payload(
    attempt: int,
    delay: float | timedelta,
    error: ChatError,
    *,
    now: Callable[[], datetime] = _utcnow,
) -> StreamRetry:
    """Build the retry payload for the ``attempt``-th retry, ``delay`` (seconds) from ``now()``.

    ``delay_ms`` is the delay rounded to the nearest millisecond, and ``retrying_at`` is exactly
    ``delay_ms`` after ``now()``, so the two always agree.

    Raises:
        ValueError: ``attempt`` below 1, or a ``delay`` that is negative, not finite, or too far
            in the future for a date.
    """
    seconds = delay.total_seconds() if isinstance(delay, timedelta) else float(delay)
    if not 0 <= seconds <= _MAX_DELAY_SECONDS:
        raise ValueError(f"delay must be a finite, non-negative number of seconds, not {delay!r}")
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
        raise ValueError(f"attempt is 1-based, not {attempt!r}")
    delay_ms = round(seconds * 1000)
    try:
        retrying_at = now() + timedelta(milliseconds=delay_ms)
    except OverflowError:
        raise ValueError(
            f"delay {delay!r} puts the retry past the last representable date"
        ) from None
    return StreamRetry(
        attempt=attempt,
        delay_ms=delay_ms,
        error=retry_message(error.kind, error.provider),
        kind=error.kind,
        provider=error.provider,
        status_code=error.status_code,
        retrying_at=retrying_at,
    )


def error_event(error: ChatError) -> dict[str, Any]:
    """Return the stream event ``{"type": "error", "error": <payload>}``."""
    return {"type": "error", "error": error.to_dict()}


def retry_event(retry: StreamRetry) -> dict[str, Any]:
    """Return the stream event ``{"type": "retry", "retry": <payload>}``."""
    return {"type": "retry", "retry": retry.to_dict()}


def sse(event: Mapping[str, Any]) -> str:
    """Return ``event`` as one Server-Sent Event: ``event: <type>`` and a one-line ``data:``."""
    kind = event.get("type")
    data = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    head = f"event: {kind}\n" if isinstance(kind, str) and kind.isidentifier() else ""
    return f"{head}data: {data}\n\n"
