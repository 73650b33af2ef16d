"""How long the provider asked us to wait (CONTRACT §5), from headers, error details or text.

Read in this order, first usable value wins: ``retry-after-ms``; ``retry-after`` (seconds or an
HTTP date); Google's ``RetryInfo.retryDelay``; "try again in 20s / 1m20s / 350ms" or "retry after
7 seconds" in the message; the rate-limit reset headers (``x-ratelimit-reset-*`` as a duration
or a Unix time, Anthropic's ``anthropic-ratelimit-*-reset`` times, the IETF ``RateLimit``
field), which providers send on every response and so mean something only for a rate limit
(:func:`reset_wait`). Negative,
non-finite or garbage values are ignored; ``retry-after`` is an HTTP date or ASCII digits only
(RFC 9110 ``delay-seconds``), and a date in the past says nothing. Durations use Go's notation too ("9m38.016s"), which Groq and OpenAI send.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Final

__all__ = ["parse_duration", "reset_wait", "retry_after_from", "spent_window_wait"]

_UNIT_SECONDS: Final[Mapping[str, float]] = {
    "h": 3600.0,
    "hr": 3600.0,
    "hrs": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
    "m": 60.0,
    "min": 60.0,
    "mins": 60.0,
    "minute": 60.0,
    "minutes": 60.0,
    "s": 1.0,
    "sec": 1.0,
    "secs": 1.0,
    "second": 1.0,
    "seconds": 1.0,
    "ms": 1e-3,
    "millisecond": 1e-3,
    "milliseconds": 1e-3,
    "us": 1e-6,
    "µs": 1e-6,
    "ns": 1e-9,
}
# The look-behind starts a number only at its first digit: no quadratic backtracking on a long
# run of digits with no unit.
_DURATION_PART: Final = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|ms|milliseconds?|m|seconds?|secs?|s|us|µs|ns)"
    r"(?![a-z])",
    re.IGNORECASE | re.ASCII,
)
_DURATION: Final = re.compile(
    r"^\s*(?:\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|ms|milliseconds?|m|seconds?|secs?|s"
    r"|us|µs|ns)(?![a-z])\s*)+$",
    re.IGNORECASE | re.ASCII,
)
# "try again in 9.816s", "retry in 38.96s", "retry after 7 seconds", "Try again in 30 seconds",
# "please wait 20 seconds", "resets in 45 seconds"; not "Retrying in 1 seconds" (a client's own
# backoff). Django REST Framework's throttle, which Replicate's API sends: "Request was
# throttled. Expected available in 1 second." (rest_framework/exceptions.py Throttled;
# replicate.com/docs/reference/http rate limits); Replicate's "Your rate limit resets in ~30s"
# (replicate.com/docs/topics/predictions/rate-limits): an approximate "~" before the number;
# Gemini Code Assist's "Your quota will reset after 45s" (cloudcode-pa, providers/google.py).
_TEXT_HINT: Final = re.compile(
    r"\b(?:(?:try\s+a\n?gain|retry)(?: after| in)|(?:please )?wait(?: for)?|resets? (?:in|after)"
    r"|available again in|expected available in)"
    r"\s+~?((?:\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?"
    r"|ms|milliseconds?|m|seconds?|secs?|s|us|µs|ns)(?![a-z])\s*)+)",
    re.ASCII,
)
_HINT_WORDS: Final = (
    "again",
    "a\ngain",
    "retry",
    "wait",
    "reset in",
    "resets in",
    "reset after",
    "available in",
)
# RFC 9110: delay-seconds = 1*DIGIT. Not "1_000", "1e3", "1.5" or non-ASCII digits.
_DELAY_SECONDS: Final = re.compile(r"[0-9]{1,12}")
# retry-after-ms (OpenAI, Azure) may carry a fraction.
_DELAY_MILLIS: Final = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,9})?")
_HEADER_IN_TEXT: Final = re.compile(
    r"\bretry-after(-ms)?['\"]?\s*[:=]\s*['\"]?(\d+(?:\.\d+)?)\b", re.ASCII
)
# RetryInfo printed in protobuf text format, as google-api-core's gRPC exceptions end their
# message with the error details ("[violations {…}, retry_delay {\n  seconds: 38\n}\n]";
# google/rpc/error_details.proto RetryInfo, a google.protobuf.Duration of seconds and nanos).
_RETRY_DELAY_PROTO: Final = re.compile(
    r"\bretry_delay \{\s{0,16}(?:seconds: (\d{1,12})\s{0,16})?(?:nanos: (\d{1,9})\s{0,16})?\}",
    re.ASCII,
)
# A bare number of seconds: ASCII digits, an optional fraction; not "1_000", "1e3" or "١٢".
_BARE_NUMBER: Final = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,9})?")
# Far beyond any real hint; keeps arithmetic on hostile values finite.
_MAX_SECONDS: Final = 366 * 24 * 3600.0


def _finite(value: float) -> float | None:
    if math.isfinite(value) and 0 <= value <= _MAX_SECONDS:
        return value
    return None


def _number(text: str) -> float | None:
    try:
        return _finite(float(text.strip()))
    except ValueError:
        return None


def parse_duration(text: str) -> float | None:
    """Parse "20s", "1m20s", "350ms", "9m38.016s", "7 seconds" or a bare number of seconds."""
    if _BARE_NUMBER.fullmatch(text.strip()):
        return _number(text)
    if len(text) > 64 or not _DURATION.match(text):
        return None
    total = sum(
        float(number) * _UNIT_SECONDS[unit.lower()] for number, unit in _DURATION_PART.findall(text)
    )
    # Whole nanoseconds (Go durations): "1m47.5854s" is 107.5854, not 107.58539999999999.
    return _finite(round(total, 9))


def _http_date(text: str, now: Callable[[], float]) -> float | None:
    from email.utils import parsedate_to_datetime  # only dates need it; keep import light

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:  # pragma: no cover - very old Pythons returned None
        return None
    wait = when.timestamp() - now()
    return _finite(wait) if wait > 0 else None  # a date in the past asks for no wait


def retry_after_from(
    headers: Mapping[str, str],
    retry_delay: str | None,
    text: str,
    *,
    now: Callable[[], float] = time.time,
    reset_headers: bool = True,
) -> float | None:
    """Return the wait in seconds the provider asked for, or ``None``.

    Args:
        headers: Response headers with lower-case names.
        retry_delay: Google ``RetryInfo.retryDelay`` ("26s"), if any.
        text: The error's text, for hints in the message and headers printed into it.
        now: Clock for HTTP-date ``retry-after`` values.
        reset_headers: Fall back on the ``x-ratelimit-reset-*`` headers; only right for a rate
            limit (:func:`chaterror.classify` asks for them only then).
    """
    millis = headers.get("retry-after-ms", "").strip()
    if _DELAY_MILLIS.fullmatch(millis):
        value = _number(millis)
        # A zero beside a positive retry-after (Azure AI Foundry sends "retry-after-ms: 0" with
        # "retry-after: 1") is a rounding of less than a millisecond, not the wait: read on.
        if value is not None and (value > 0 or not headers.get("retry-after", "").strip("0 ")):
            return value / 1000.0
    header = headers.get("retry-after")
    if header is not None:
        header = header.strip()
        value = _number(header) if _DELAY_SECONDS.fullmatch(header) else None
        if value is None:
            value = _http_date(header, now)
        if value is not None:
            return value
    if retry_delay:
        value = parse_duration(retry_delay)
        if value is not None:
            return value
    if text:
        value = _from_text(text)
        if value is not None:
            return value
    return reset_wait(headers, now=now) if reset_headers else None


def _from_text(text: str) -> float | None:
    lowered = text.lower()
    if "retry-after" in lowered:
        printed = _HEADER_IN_TEXT.search(lowered)
        if printed:
            value = _number(printed.group(2))
            if value is not None:
                return value / 1000.0 if printed.group(1) else value
    if "retry_delay {" in lowered:
        proto = _RETRY_DELAY_PROTO.search(lowered)
        if proto and (proto.group(1) or proto.group(2)):
            seconds = int(proto.group(1) or 0) + int(proto.group(2) or 0) / 1e9
            value = _finite(seconds)
            if value is not None:
                return value
    if any(map(lowered.__contains__, _HINT_WORDS)):
        hint = _TEXT_HINT.search(lowered)
        if hint:
            return parse_duration(hint.group(1).strip())
    return None


def reset_wait(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """Return the wait in seconds until the rate-limit windows reset, or ``None``: for a
    ``rate_limit`` only, as these headers come with every response (CONTRACT §5)."""
    # OpenAI, Groq and Azure send "x-ratelimit-reset-requests: 1s" / "-tokens: 6m0s"; wait for
    # the later of the two so neither limit is hit again.
    return _latest(_reset_header(name, value, now) for name, value in headers.items())


def spent_window_wait(
    headers: Mapping[str, str], *, now: Callable[[], float] = time.time
) -> float | None:
    """Return the wait until the latest window with nothing left resets, or ``None``: a reset
    header counts only beside its remaining header at 0 ("x-ratelimit-reset" with
    "x-ratelimit-remaining", OpenAI's "-reset-tokens" with "-remaining-tokens", Anthropic's
    "anthropic-ratelimit-tokens-reset" with "…-tokens-remaining"), so a daily window that still
    has room does not stand for the minute window that ran out."""
    return _latest(
        _reset_header(name, value, now)
        for name, value in headers.items()
        if name == "ratelimit"  # the IETF field says r=0 itself
        or (
            "reset" in name
            and headers.get(name.replace("reset", "remaining", 1), "").strip() == "0"
        )
    )


def _latest(waits: Iterable[float | None]) -> float | None:
    """The longest of the waits; zero and ``None`` mean nothing."""
    return max((w for w in waits if w), default=None)


# Far past any duration a reset header gives (about 31 years): a Unix time, not a wait.
_EPOCH_SECONDS: Final = 1e9
_EPOCH_MILLIS: Final = 1e12
# The IETF RateLimit field (draft-ietf-httpapi-ratelimit-headers), as the Hugging Face Hub
# sends it ('"api";r=0;t=55', huggingface_hub utils/_http.py): t is the seconds until the
# window resets, a wait only when r, the quota left, is 0.
_RATELIMIT_FIELD: Final = re.compile(r"(?:^|;)\s*r=0\s*(?:;|$)", re.ASCII)
_RATELIMIT_T: Final = re.compile(r"(?:^|;)\s*t=([0-9]{1,12})\s*(?:;|$)", re.ASCII)


def _reset_header(name: str, value: str, now: Callable[[], float]) -> float | None:
    if name.startswith(("x-ratelimit-reset", "x-rate-limit-reset", "ratelimit-reset")):
        wait = parse_duration(value)
        return wait if wait is not None else _epoch_wait(value, now)
    # Anthropic's anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-reset: the
    # RFC 3339 time the bucket is full again (docs.claude.com/en/api/rate-limits#response-headers).
    if name.startswith("anthropic-ratelimit-") and name.endswith("-reset"):
        return _timestamp_wait(value, now)
    if name == "ratelimit" and _RATELIMIT_FIELD.search(value):
        t = _RATELIMIT_T.search(value)
        return _number(t.group(1)) if t else None
    return None


def _epoch_wait(value: str, now: Callable[[], float]) -> float | None:
    """A Unix time in seconds (Cohere's x-ratelimit-reset, cohere-python core/http_client.py)
    or milliseconds (OpenRouter's X-RateLimit-Reset, openrouter.ai/docs/api-reference/limits):
    the wait until then; a time in the past says nothing."""
    value = value.strip()
    if not _BARE_NUMBER.fullmatch(value):
        return None
    when = float(value)
    if when >= _EPOCH_MILLIS:
        when /= 1000.0
    if when < _EPOCH_SECONDS:
        return None
    wait = when - now()
    return _finite(wait) if wait > 0 else None


def _timestamp_wait(value: str, now: Callable[[], float]) -> float | None:
    from datetime import datetime  # only timestamps need it; keep import light

    try:
        text = value.strip()
        # RFC 3339's "Z" (Anthropic's resets); Python 3.10's fromisoformat reads only offsets.
        when = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        return None
    if when.tzinfo is None:
        return None
    wait = when.timestamp() - now()
    return _finite(wait) if wait > 0 else None
