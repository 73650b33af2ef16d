"""When a hard cap resets: read from text, from a printed reset epoch, from a per-day window."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import chaterror
from chaterror import ChatError, Kind
from chaterror._resets import resets_at_from
from chaterror._scan import Scan

NOW = datetime(2026, 12, 1, 13, 0, tzinfo=timezone.utc)


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "You will regain access on 2026-12-05 at 00:00 UTC.",
            _at(2026, 12, 5),
            id="anthropic-regain-access",
        ),
        pytest.param(
            "Monthly cap reached; it resets at 2026-12-31T23:30:00Z.",
            _at(2026, 12, 31, 23, 30),
            id="rfc3339-zulu",
        ),
        pytest.param(
            "quota resets at 2026-12-02 09:00 +08:00",
            _at(2026, 12, 2, 1, 0),
            id="offset-converted-to-utc",
        ),
        pytest.param(
            '"X-RateLimit-Reset":"1796227200000"',
            datetime.fromtimestamp(1796227200, timezone.utc),
            id="epoch-milliseconds",
        ),
        pytest.param(
            "您的限额将在 2026-12-02 17:29:59 重置",
            None,
            id="no-time-zone-is-not-guessed",
        ),
        pytest.param("resets at 1999-01-01T00:00:00Z", None, id="long-past-is-ignored"),
        pytest.param("resets at 2099-01-01T00:00:00Z", None, id="far-future-is-ignored"),
        pytest.param("resets at 2026-13-45T99:00:00Z", None, id="impossible-date-is-ignored"),
    ],
)
def test_reset_time_from_text(text: str, want: datetime | None) -> None:
    """A reset time the text states is read as UTC; a guess never is."""
    assert resets_at_from(Scan(text), (), lambda: NOW) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "You've hit your limit · resets 8pm (America/New_York)",
            _at(2026, 12, 2, 1),
            id="claude-code-evening-est",
        ),
        pytest.param(
            "Session limit resets 5am (America/Los_Angeles)",
            _at(2026, 12, 2, 13),
            id="the-stated-time-now-means-tomorrow",
        ),
        pytest.param(
            "5-hour limit reached ∙ resets 3:30pm (Asia/Kolkata)",
            _at(2026, 12, 2, 10),
            id="minutes-and-a-half-hour-zone",
        ),
        pytest.param(
            "Weekly limit reached · resets Oct 9 at 9am (Europe/Berlin)",
            _at(2027, 10, 9, 7),
            id="a-date-already-past-is-next-year",
        ),
        pytest.param(
            "Weekly limit reached · resets Dec 3, 9am (Europe/Berlin)",
            _at(2026, 12, 3, 8),
            id="a-date-ahead-this-year",
        ),
        pytest.param("5-hour limit reached ∙ resets 3pm", None, id="no-zone-is-not-guessed"),
        pytest.param("resets 8pm (Atlantis/Capital)", None, id="unknown-zone"),
        pytest.param("resets 13pm (Europe/Berlin)", None, id="impossible-clock"),
        pytest.param("resets Feb 30 at 1pm (Europe/Berlin)", None, id="impossible-date"),
    ],
)
def test_reset_time_from_a_clock_in_a_zone(text: str, want: datetime | None) -> None:
    """A wall-clock reset with its IANA zone is the next such time there, in UTC."""
    assert resets_at_from(Scan(text), (), lambda: NOW) == want


@pytest.mark.parametrize(
    ("now", "want"),
    [
        pytest.param(_at(2026, 12, 1, 13), _at(2026, 12, 2, 8), id="winter-pst"),
        pytest.param(_at(2026, 7, 1, 13), _at(2026, 7, 2, 7), id="summer-pdt"),
        pytest.param(_at(2026, 12, 2, 7, 59), _at(2026, 12, 2, 8), id="just-before-midnight"),
        pytest.param(_at(2026, 3, 8, 9, 30), _at(2026, 3, 9, 7), id="dst-starts-that-day"),
    ],
)
def test_per_day_quota_resets_at_pacific_midnight(now: datetime, want: datetime) -> None:
    """A Gemini PerDay quota resets at the next midnight Pacific time (ai.google.dev rate limits)."""
    quota = ["GenerateRequestsPerDayPerProjectPerModel-FreeTier"]
    assert resets_at_from(Scan("quota exceeded"), quota, lambda: now) == want


def test_classify_carries_reset_for_usage_limit_only() -> None:
    """A usage limit carries resets_at and its message says it; a rate limit never does."""
    day = (datetime.now(timezone.utc) + timedelta(days=30)).date()
    capped = chaterror.classify(
        f"Usage limit reached. You will regain access on {day:%Y-%m-%d} at 00:00 UTC."
    )
    assert capped.kind is Kind.USAGE_LIMIT
    assert capped.resets_at == _at(day.year, day.month, day.day)
    assert f"It resets at 00:00 UTC on {day:%Y-%m-%d}." in capped.message
    limited = chaterror.classify(f"429 rate limit reached, resets at {day:%Y-%m-%d}T00:00:00Z")
    assert limited.kind is Kind.RATE_LIMIT
    assert limited.resets_at is None


def test_resets_at_round_trips_on_the_wire() -> None:
    """resets_at is RFC 3339 on the wire and decodes back to the same value."""
    err = ChatError(kind="usage_limit", provider="openai", resets_at="2027-01-01T08:00:00+08:00")
    assert err.resets_at == _at(2027, 1, 1)
    assert err.to_dict()["resets_at"] == "2027-01-01T00:00:00Z"
    assert chaterror.decode_last_error(err.to_json()) == err
    assert chaterror.decode_last_error(err.to_json()).resets_at == _at(2027, 1, 1)  # type: ignore[union-attr]


def test_decoder_drops_a_bad_reset_time() -> None:
    """A stored resets_at that is not a zoned RFC 3339 time is dropped, the row still reads."""
    row = '{"message": "m", "kind": "usage_limit", "retryable": false, "resets_at": "tomorrow"}'
    err = chaterror.decode_last_error(row)
    assert err is not None and err.message == "m" and err.resets_at is None


def test_with_provider_keeps_the_reset_in_the_message() -> None:
    """Re-rendering the message for another provider keeps the reset time."""
    err = ChatError(kind="usage_limit", resets_at="2027-01-01T00:00:00Z").with_provider("groq")
    assert err.message.startswith("The usage quota for Groq has been exceeded. It resets at 00:00")
