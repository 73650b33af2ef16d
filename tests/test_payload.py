"""Stream payloads and envelopes, as the Go original's wire types."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from chaterror import ChatError, Kind
from chaterror.payload import (
    StreamRetry,
    error_event,
    retry_event,
    sse,
    stream_error_payload,
    stream_retry_payload,
)

T0 = datetime(2026, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)


def test_terminal_payload() -> None:
    """The terminal payload is the wire JSON; no error is None."""
    err = ChatError(kind="rate_limit", provider="openai", status_code=429)
    assert stream_error_payload(err) == err.to_dict()
    assert stream_error_payload(None) is None


def test_retry_payload() -> None:
    """attempt, whole-ms delay, retry message, kind, provider, status and RFC 3339 time."""
    err = ChatError(kind="overloaded", provider="anthropic", status_code=529)
    retry = stream_retry_payload(2, 1.2345, err, now=lambda: T0)
    assert retry.to_dict() == {
        "attempt": 2,
        "delay_ms": 1234,
        "error": "Anthropic is temporarily overloaded.",
        "kind": "overloaded",
        "provider": "anthropic",
        "status_code": 529,
        "retrying_at": "2026-01-02T03:04:06.912Z",
    }


def test_retry_payload_omits_empty_keys() -> None:
    """kind is always known; provider and status_code are omitted when empty."""
    retry = stream_retry_payload(1, timedelta(seconds=3), ChatError(kind="timeout"), now=lambda: T0)
    assert set(retry.to_dict()) == {"attempt", "delay_ms", "error", "kind", "retrying_at"}


@pytest.mark.parametrize(
    ("attempt", "delay"), [(0, 1.0), (1, -1.0), (True, 1.0), (1, float("nan"))]
)
def test_retry_payload_rejects_bad_arguments(attempt: int, delay: float) -> None:
    """attempt is 1-based and delay non-negative; anything else is a clear ValueError."""
    with pytest.raises(ValueError):
        stream_retry_payload(attempt, delay, ChatError(kind="timeout"), now=lambda: T0)


def test_envelopes_and_sse() -> None:
    """Events wrap payloads by type; SSE names the event and sends one data line."""
    err = ChatError(kind="auth", provider="openai", status_code=401)
    event = error_event(err)
    assert event == {"type": "error", "error": err.to_dict()}
    text = sse(event)
    assert text.startswith("event: error\ndata: ") and text.endswith("\n\n")
    assert json.loads(text.split("data: ", 1)[1]) == event
    retry = stream_retry_payload(1, 2, err, now=lambda: T0)
    assert retry_event(retry) == {"type": "retry", "retry": retry.to_dict()}
    assert StreamRetry.model_validate_json(retry.to_json()).kind is Kind.AUTH


@pytest.mark.parametrize(
    ("delay", "delay_ms"),
    [
        pytest.param(1.005, 1005, id="rounds-up"),
        pytest.param(0.0004, 0, id="rounds-down"),
        pytest.param(2.9999, 3000, id="rounds-to-whole-seconds"),
        pytest.param(timedelta(microseconds=1500), 2, id="timedelta"),
    ],
)
def test_delay_ms_is_rounded_and_agrees_with_retrying_at(
    delay: float | timedelta, delay_ms: int
) -> None:
    """delay_ms is the delay rounded to the millisecond, and retrying_at is exactly that far
    ahead of now."""
    err = ChatError(kind=Kind.RATE_LIMIT)
    retry = stream_retry_payload(1, delay, err, now=lambda: T0)
    assert retry.delay_ms == delay_ms
    assert retry.retrying_at - T0 == timedelta(milliseconds=delay_ms)


@pytest.mark.parametrize(
    "delay",
    [
        pytest.param(float("inf"), id="inf"),
        pytest.param(float("nan"), id="nan"),
        pytest.param(1e12, id="beyond-any-date"),
        pytest.param(1e300, id="beyond-timedelta"),
        pytest.param(-0.5, id="negative"),
    ],
)
def test_impossible_delays_are_value_errors(delay: float) -> None:
    """A delay that is not finite, negative or past the last date raises ValueError, as
    documented, never OverflowError."""
    with pytest.raises(ValueError, match="delay"):
        stream_retry_payload(1, delay, ChatError(kind=Kind.TIMEOUT), now=lambda: T0)
