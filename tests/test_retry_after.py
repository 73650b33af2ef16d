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
