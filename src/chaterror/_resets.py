"""When a hard cap resets: ``resets_at`` for a ``usage_limit`` (CONTRACT §1, 2026-12).

Providers say it three ways: a timestamp in the message ("resets at 2026-12-02T00:00:00Z",
Anthropic's "You will regain access on 2026-07-01 at 00:00 UTC"), an epoch in a reset header that
a router prints into the body (OpenRouter's free-model ``X-RateLimit-Reset``, in milliseconds),
a per-day window (a Gemini ``PerDay`` quota, which resets at midnight Pacific time:
ai.google.dev/gemini-api/docs/rate-limits), and a wall-clock time with its IANA zone (Claude
Code's "You've hit your limit · resets 8pm (America/New_York)", "Weekly limit reached · resets
Oct 9 at 9am (Europe/Berlin)": the next such time in that zone). A time without a time zone is
not read: the provider's local time is unknown, and a wrong reset time is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from typing import Final

from chaterror._scan import Gated, Scan

__all__ = ["resets_at_from"]

_TEXT: Final = Gated(
    ("reset", "regain access", "available again"),
    r"\b(?:resets?|regain access|available again)\b[^\d\n]{0,24}?"
    r"(\d{4}-\d{2}-\d{2})(?:t|\s+at\s+|\s+)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*"
    r"(z\b|utc\b|gmt\b|[+-]\d{2}:?\d{2}\b)",
)
_EPOCH: Final = Gated(
    ("x-ratelimit-reset",), r"x-ratelimit-reset['\"]?\s*[:=]\s*['\"]?(\d{10,13})\b"
)
_MONTHS: Final = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_CLOCK: Final = Gated(
    ("resets",),
    rf"\bresets (?:at |on )?(?:({'|'.join(_MONTHS)})[a-z]* (\d{{1,2}}),? (?:at )?)?"
    r"(\d{1,2})(?::(\d\d))? ?([ap]m) ?\(([a-z]{2,14}(?:/[a-z0-9_+-]{1,30}){1,2})\)",
)
# A cap can reset a few weeks out (a monthly plan); later than this is a parsing accident.
_HORIZON: Final = timedelta(days=400)
_PACIFIC_STANDARD: Final = timedelta(hours=-8)


def resets_at_from(
    scan: Scan, quota_ids: Iterable[str], now: Callable[[], datetime] | None = None
) -> datetime | None:
    """Return when a usage cap resets, in UTC, or ``None`` when the input does not say."""
    current = (now or _utcnow)()
    found = _from_text(scan) or _from_epoch(scan) or _from_clock(scan, current)
    if found is None and any(_per_day(q) for q in quota_ids):
        found = _next_pacific_midnight(current)
    if found is None or not current - timedelta(days=1) < found < current + _HORIZON:
        return None
    return found


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _from_text(scan: Scan) -> datetime | None:
    match = scan.search(_TEXT)
    if match is None:
        return None
    day, clock, zone = match.groups()
    offset = "+00:00" if zone in ("z", "utc", "gmt") else zone
    if ":" not in offset:
        offset = f"{offset[:3]}:{offset[3:]}"
    if clock.count(":") == 1:
        clock += ":00"
    if len(clock.split(":", 1)[0]) == 1:
        clock = "0" + clock
    try:
        return datetime.fromisoformat(f"{day}T{clock}{offset}").astimezone(timezone.utc)
    except ValueError:
        return None


def _from_clock(scan: Scan, now: datetime) -> datetime | None:
    """The next time the stated wall clock (and date, if given) comes round in its zone."""
    match = scan.search(_CLOCK)
    if match is None:
        return None
    month, day, hour, minute, half = match.groups()[:5]
    h, m = int(hour), int(minute or 0)
    if not 1 <= h <= 12 or m > 59:
        return None
    clock = (h % 12 + (12 if half == "pm" else 0), m)
    try:
        from zoneinfo import ZoneInfo  # only here: most classifications never need it

        zone = ZoneInfo(scan.original(match, 6))
    except (KeyError, ValueError, OSError, ImportError):  # unknown zone; no tz database
        return None
    local = now.astimezone(zone)
    try:
        if month is None:
            at = local.replace(hour=clock[0], minute=clock[1], second=0, microsecond=0)
            at = at if at > local else at + timedelta(days=1)
        else:
            at = datetime(local.year, _MONTHS.index(month) + 1, int(day), *clock, tzinfo=zone)
            if at <= local:
                at = at.replace(year=at.year + 1)
    except ValueError:  # "Feb 30"
        return None
    return at.astimezone(timezone.utc)


def _from_epoch(scan: Scan) -> datetime | None:
    match = scan.search(_EPOCH)
    if match is None:
        return None
    value = int(match.group(1))
    seconds = value / 1000 if len(match.group(1)) == 13 else float(value)
    try:
        return datetime.fromtimestamp(seconds, timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _per_day(quota_id: str) -> bool:
    return "perday" in quota_id.lower().replace("_", "").replace("-", "")


def _next_pacific_midnight(now: datetime) -> datetime:
    """The next midnight in US Pacific time, as UTC (DST from the second Sunday of March to the
    first Sunday of November, as US law has it since 2007)."""
    utc = now.astimezone(timezone.utc)
    offset = _pacific_offset(utc)
    local = utc + offset
    midnight = datetime(local.year, local.month, local.day, tzinfo=timezone.utc) + timedelta(days=1)
    return midnight - _pacific_offset(midnight - offset)


def _pacific_offset(utc: datetime) -> timedelta:
    year = utc.year
    start = _nth_sunday(year, 3, 2) + timedelta(hours=10)  # 02:00 PST is 10:00 UTC
    end = _nth_sunday(year, 11, 1) + timedelta(hours=9)  # 02:00 PDT is 09:00 UTC
    return _PACIFIC_STANDARD + timedelta(hours=1) if start <= utc < end else _PACIFIC_STANDARD


def _nth_sunday(year: int, month: int, n: int) -> datetime:
    first = datetime(year, month, 1, tzinfo=timezone.utc)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
