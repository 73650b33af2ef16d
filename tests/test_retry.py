"""RetryPolicy and the retry loops: backoff, jitter, retry_after, stopping, payloads, cancellation."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

import pytest

import chaterror
from chaterror import ChatError, Kind, RetryPolicy, StreamRetry, retry_call, retry_call_async

T0 = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
RATE = ChatError(kind=Kind.RATE_LIMIT, provider="openai", status_code=429)


def _policy(**kwargs: Any) -> RetryPolicy:
    return RetryPolicy(**{"random": lambda: 0.5, **kwargs})


def test_defaults() -> None:
    """1 s base, doubling, 60 s cap, 25 attempts, jitter on."""
    policy = RetryPolicy()
    assert (
        policy.base,
        policy.multiplier,
        policy.max_delay,
        policy.max_attempts,
        policy.jitter,
    ) == (
        1.0,
        2.0,
        60.0,
        25,
        True,
    )


@pytest.mark.parametrize(
    ("attempt", "backoff"), [(1, 1.0), (2, 2.0), (3, 4.0), (7, 60.0), (24, 60.0), (10_000, 60.0)]
)
def test_exponential_backoff_is_capped(attempt: int, backoff: float) -> None:
    """Without jitter the wait doubles from 1 s and stops growing at 60 s."""
    assert _policy(jitter=False, max_attempts=10**6).wait(RATE, attempt) == backoff


@pytest.mark.parametrize("draw", [0.0, 0.25, 0.999999])
def test_full_jitter_bounds(draw: float) -> None:
    """With jitter the wait is uniform in [0, backoff): the random draw times the backoff."""
    policy = _policy(random=lambda: draw)
    for attempt in range(1, 10):
        wait = policy.wait(RATE, attempt)
        assert wait is not None
        assert 0 <= wait <= policy.backoff(attempt)
        assert wait == pytest.approx(draw * policy.backoff(attempt))


def test_retry_after_is_a_floor() -> None:
    """Never sooner than the provider asked, even above the backoff cap."""
    err = RATE.model_copy(update={"retry_after": 90.0})
    assert _policy(random=lambda: 0.0).wait(err, 1) == 90.0
    small = RATE.model_copy(update={"retry_after": 0.2})
    assert _policy(jitter=False).wait(small, 3) == 4.0


def test_retry_after_beyond_the_cap_stops() -> None:
    """A provider asking for a day stops the loop rather than stalling the chat."""
    err = RATE.model_copy(update={"retry_after": 86400.0})
    assert _policy(max_retry_after=600).wait(err, 1) is None


def test_non_retryable_stops_at_once() -> None:
    """A non-retryable error never waits."""
    assert _policy().wait(ChatError(kind=Kind.AUTH), 1) is None


def test_attempts_are_bounded() -> None:
    """After max_attempts attempts the policy stops."""
    policy = _policy(max_attempts=3)
    assert policy.wait(RATE, 2) is not None
    assert policy.wait(RATE, 3) is None


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"base": 0}, ValueError),
        ({"base": -1}, ValueError),
        ({"max_delay": float("nan")}, TypeError),
        ({"multiplier": 0.5}, ValueError),
        ({"max_attempts": 0}, ValueError),
        ({"max_attempts": 2.5}, TypeError),
        ({"max_retry_after": -1}, ValueError),
        ({"random": 3}, TypeError),
        ({"base": "1"}, TypeError),
    ],
)
def test_bad_options_are_refused(kwargs: dict[str, Any], error: type[Exception]) -> None:
    """Options are keyword-only and checked, with a clear message."""
    with pytest.raises(error):
        RetryPolicy(**kwargs)


def test_options_are_keyword_only_and_frozen() -> None:
    """RetryPolicy(1.0) is an error; a policy cannot change."""
    with pytest.raises(TypeError):
        RetryPolicy(1.0)  # type: ignore[misc]
    with pytest.raises(AttributeError):
        RetryPolicy().base = 2.0  # type: ignore[misc]


def test_bad_attempt_is_refused() -> None:
    """attempt is 1-based."""
    with pytest.raises(ValueError, match="1-based"):
        RetryPolicy().wait(RATE, 0)


class _Flaky:
    """Fails with the given exceptions, then returns "ok"."""

    def __init__(self, *failures: BaseException) -> None:
        self.failures = list(failures)
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def _rate_limited(retry_after: float | None = None) -> Exception:
    exc = Exception("Error code: 429 - rate limit")
    exc.status_code = 429  # type: ignore[attr-defined]
    exc.body = {"message": "Rate limit reached", "code": "rate_limit_exceeded"}  # type: ignore[attr-defined]
    exc.headers = {} if retry_after is None else {"retry-after": str(retry_after)}  # type: ignore[attr-defined]
    return exc


def test_retry_call_publishes_payloads_in_order() -> None:
    """Two retryable failures then success: two payloads, two sleeps, the result returned."""
    flaky = _Flaky(_rate_limited(), _rate_limited(retry_after=3))
    slept: list[float] = []
    published: list[StreamRetry] = []
    result = retry_call(
        flaky,
        1,
        policy=_policy(jitter=False),
        on_retry=published.append,
        provider="openai",
        sleep=slept.append,
        now=lambda: T0,
        key="v",
    )
    assert (result, flaky.calls, slept) == ("ok", 3, [1.0, 3.0])
    assert [(p.attempt, p.delay_ms, p.kind, p.provider, p.status_code) for p in published] == [
        (1, 1000, Kind.RATE_LIMIT, "openai", 429),
        (2, 3000, Kind.RATE_LIMIT, "openai", 429),
    ]
    assert published[1].to_dict()["retrying_at"] == "2026-03-04T05:06:10.000Z"
    assert published[0].error == "OpenAI is rate limiting requests."


def test_non_retryable_reraises_the_original_with_its_classification() -> None:
    """The provider's own exception comes back, classified, after one call and no sleep."""
    auth = Exception("Error code: 401 - invalid x-api-key")
    auth.status_code = 401  # type: ignore[attr-defined]
    flaky = _Flaky(auth)
    slept: list[float] = []
    with pytest.raises(Exception) as caught:
        retry_call(flaky, sleep=slept.append)
    assert caught.value is auth
    assert (flaky.calls, slept) == (1, [])
    assert chaterror.classify(auth).kind is Kind.AUTH
    assert auth.__chaterror__.kind is Kind.AUTH  # type: ignore[attr-defined]


def test_stops_after_max_attempts() -> None:
    """The last failure is re-raised when attempts run out."""
    flaky = _Flaky(*[_rate_limited() for _ in range(5)])
    with pytest.raises(Exception, match="rate limit"):
        retry_call(flaky, policy=_policy(max_attempts=3), sleep=lambda _: None)
    assert flaky.calls == 3


def test_keyboard_interrupt_is_never_retried() -> None:
    """BaseExceptions pass straight through."""
    flaky = _Flaky(KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        retry_call(flaky, sleep=lambda _: None)
    assert flaky.calls == 1


def test_async_retry_with_async_hook() -> None:
    """The async loop awaits fn, an async on_retry and the sleep."""
    flaky = _Flaky(_rate_limited())
    published: list[StreamRetry] = []
    slept: list[float] = []

    async def fn() -> str:
        return flaky()

    async def on_retry(payload: StreamRetry) -> None:
        published.append(payload)

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    result = asyncio.run(
        retry_call_async(fn, policy=_policy(jitter=False), on_retry=on_retry, sleep=sleep)
    )
    assert (result, slept, [p.attempt for p in published]) == ("ok", [1.0], [1])


def test_caller_cancellation_is_never_retried() -> None:
    """Cancelling the caller during the call or the wait propagates; nothing is retried."""
    calls = 0

    async def stalls() -> str:
        nonlocal calls
        calls += 1
        await asyncio.sleep(10)
        return "late"

    async def main() -> None:
        task = asyncio.ensure_future(retry_call_async(stalls))
        await asyncio.sleep(0.05)
        task.cancel()
        await task

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(main())
    assert calls == 1

    async def waits() -> None:
        task = asyncio.ensure_future(
            retry_call_async(_async_rate_limited, policy=_policy(jitter=False, base=10))
        )
        await asyncio.sleep(0.05)
        task.cancel()
        await task

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(waits())


async def _async_rate_limited() -> str:
    raise _rate_limited()
