"""How long the provider asked us to wait."""

from __future__ import annotations

import pytest

from chaterror import classify
from chaterror.retry_after import parse_duration, retry_after_from

NOW = 1_700_000_000.0  # 2023-11-14T22:13:20Z


@pytest.mark.parametrize(
    ("headers", "delay", "text", "expected"),
    [
        pytest.param({"retry-after-ms": "1500", "retry-after": "9"}, None, "", 1.5, id="ms-first"),
        pytest.param(
            {"retry-after-ms": "0", "retry-after": "1"}, None, "", 1.0, id="ms-zero-beside-seconds"
        ),
        pytest.param({"retry-after-ms": "0"}, None, "", 0.0, id="ms-zero-alone"),
        pytest.param({}, None, "please try a\ngain after 1 seconds", 1.0, id="wrapped-again"),
        pytest.param({"retry-after": "20"}, "5s", "", 20.0, id="header-beats-retryinfo"),
        pytest.param(
            {"retry-after": "Tue, 14 Nov 2023 22:13:50 GMT"}, None, "", 30.0, id="http-date"
        ),
        pytest.param({}, "26s", "try again in 1s", 26.0, id="retryinfo-beats-text"),
        pytest.param({}, None, "Please try again in 9m38.016s.", 578.016, id="go-duration"),
        pytest.param({}, None, "Please try again in 350ms", 0.35, id="milliseconds"),
        pytest.param({}, None, "Please retry after 7 seconds.", 7.0, id="retry-after-seconds"),
        pytest.param({}, None, "please wait 20 seconds before retrying", 20.0, id="please-wait"),
        pytest.param({}, None, "the quota will reset in 45 seconds", 45.0, id="reset-in"),
        pytest.param({}, None, "please wait while the model loads", None, id="wait-without-number"),
        pytest.param(
            {}, None, "Please try\nagain in 1.984999999s.", 1.984999999, id="wrapped-line"
        ),
        pytest.param({}, None, "Please try again in 1m47.5854s.", 107.5854, id="no-float-noise"),
        pytest.param(
            {},
            None,
            "Retrying in 4.0 seconds as it raised",
            None,
            id="client-backoff-is-not-a-hint",
        ),
        pytest.param({"retry-after": "-5"}, None, "", None, id="negative-ignored"),
        pytest.param({"retry-after": "soon"}, None, "", None, id="garbage-ignored"),
        pytest.param({"retry-after": "nan"}, None, "", None, id="nan-ignored"),
        pytest.param(
            {"x-ratelimit-reset-requests": "1s", "x-ratelimit-reset-tokens": "6m0s"},
            None,
            "",
            360.0,
            id="reset-headers-take-the-later",
        ),
        pytest.param(
            {"x-ratelimit-reset-tokens": "-1"}, None, "", None, id="negative-reset-ignored"
        ),
        pytest.param({}, None, "'retry-after': '16'", 16.0, id="header-printed-in-text"),
    ],
)
def test_sources_in_order(
    headers: dict[str, str], delay: str | None, text: str, expected: float | None
) -> None:
    """retry-after-ms, retry-after, RetryInfo, text, then reset headers; junk is ignored."""
    assert retry_after_from(headers, delay, text, now=lambda: NOW) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("20s", 20.0),
        ("1m20s", 80.0),
        ("1h", 3600.0),
        ("1.984999999s", 1.984999999),
        ("12", 12.0),
        ("abc", None),
        ("", None),
        ("1e400", None),
    ],
)
def test_parse_duration(text: str, seconds: float | None) -> None:
    """Go-style and plain durations parse; nonsense and overflow do not."""
    assert parse_duration(text) == pytest.approx(seconds)


def test_gemini_retry_info_through_classify() -> None:
    """Google's RetryInfo.retryDelay in the error details becomes retry_after."""
    body = {
        "error": {
            "code": 429,
            "status": "RESOURCE_EXHAUSTED",
            "message": "quota",
            "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "26s"}],
        }
    }
    assert classify(body).retry_after == 26.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("120", 120.0, id="digits"),
        pytest.param(" 7 ", 7.0, id="surrounding-space"),
        pytest.param("1_000", None, id="underscore"),
        pytest.param("1e3", None, id="exponent"),
        pytest.param("1.5", None, id="fraction"),
        pytest.param("+5", None, id="sign"),
        pytest.param("١٢", None, id="arabic-indic-digits"),
        pytest.param("５", None, id="fullwidth-digit"),
        pytest.param("Tue, 14 Nov 2023 22:13:10 GMT", None, id="past-http-date"),
        pytest.param("Tue, 14 Nov 2023 22:13:20 GMT", None, id="http-date-now"),
        pytest.param("Tue, 14 Nov 2023 22:13:21 GMT", 1.0, id="future-http-date"),
    ],
)
def test_retry_after_is_rfc_9110(value: str, expected: float | None) -> None:
    """retry-after is ASCII digits or an HTTP date (RFC 9110); a past date asks for nothing."""
    assert retry_after_from({"retry-after": value}, None, "", now=lambda: NOW) == expected


def test_reset_headers_can_be_left_out() -> None:
    """classify() asks for the reset headers only for a rate limit; the switch works."""
    headers = {"x-ratelimit-reset-tokens": "6m0s"}
    assert retry_after_from(headers, None, "", reset_headers=False) is None
    assert retry_after_from(headers, None, "") == 360.0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1_000", id="underscore"),
        pytest.param("1e3", id="exponent"),
        pytest.param("١٢s", id="arabic-indic-digits-with-unit"),
        pytest.param("١٢", id="arabic-indic-digits"),
        pytest.param("inf", id="infinity"),
    ],
)
def test_durations_are_ascii_numbers(text: str) -> None:
    """A duration (RetryInfo, reset headers, text hints) is ASCII digits with a unit or none."""
    assert parse_duration(text) is None
    assert retry_after_from({}, None, f"Please try again in {text}") is None
