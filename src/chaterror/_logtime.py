"""Timestamps in application logs: where a log line or a JSON record says when it was written,
and the ``--since``/``--until`` values of ``chaterror scan``.

Every time is returned timezone-aware in UTC; a time without an offset is read as UTC.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any, Final

__all__ = [
    "TIME_KEYS",
    "json_time",
    "line_time",
    "parse_when",
    "record_time",
    "rfc3339",
    "split_time",
]

#: The keys a JSON log record keeps its time under, most common first.
TIME_KEYS: Final = ("timestamp", "time", "ts", "@timestamp", "asctime", "created", "datetime")

_WHEN: Final = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,9}))?)?"
    r"\s?(Z|UTC|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)


def rfc3339(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _when(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz = timezone.utc
    if zone and zone.upper() not in ("Z", "UTC"):
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        when = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
            tzinfo=tz,
        )
    except ValueError:  # 2026-13-45: not a date
        return None
    return when.astimezone(timezone.utc)


def parse_when(text: str) -> datetime:
    """Parse a ``--since``/``--until`` value: an ISO date or date-time (UTC unless it says).

    Raises:
        ValueError: not a date.
    """
    match = _WHEN.fullmatch(text.strip())
    when = _when(match) if match else None
    if when is None:
        raise ValueError(f"not an ISO date or date-time: {text!r}")
    return when


def line_time(line: str) -> datetime | None:
    """The timestamp near the start of a log line, if any."""
    match = _WHEN.search(line, 0, 80)
    return _when(match) if match else None


def split_time(line: str) -> tuple[str, datetime | None]:
    """A log line without its leading timestamp, and the timestamp."""
    match = _WHEN.search(line, 0, 80)
    if match is None:
        return line, None
    return line[: match.start()] + line[match.end() :], _when(match)


def _time_value(value: object) -> datetime | None:
    """A JSON time value: an ISO string, or epoch seconds (or milliseconds)."""
    if isinstance(value, str):
        match = _WHEN.search(value)
        return _when(match) if match else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds
        try:
            return datetime.fromtimestamp(seconds, timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def record_time(record: dict[str, Any]) -> tuple[datetime | None, str | None]:
    for key in TIME_KEYS:
        if key in record:
            when = _time_value(record[key])
            if when is not None:
                return when, key
    return None, None


# Reading one known key's value out of a JSON line without parsing it (summary cache hits).
_KEY_VALUE: Final = {
    key: re.compile(rf'"{re.escape(key)}"\s*:\s*("[^"]{{0,64}}"|[0-9.]{{1,20}})')
    for key in TIME_KEYS
}


def json_time(line: str, key: str) -> datetime | None:
    match = _KEY_VALUE[key].search(line)
    if match is None:
        return None
    raw = match.group(1)
    try:
        return _time_value(raw.strip('"') if raw.startswith('"') else float(raw))
    except ValueError:
        return None
