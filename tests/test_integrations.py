"""The tenacity and stamina adapters, against the real libraries."""

from __future__ import annotations

from typing import Any

import pytest
import stamina
import stamina.instrumentation
import tenacity

from chaterror import Kind, RetryPolicy, classify, stamina_hook, tenacity_kwargs


def _error(
    status: int, retry_after: float | None = None, code: str = "rate_limit_exceeded"
) -> Exception:
    exc = Exception(f"Error code: {status}")
    exc.status_code = status  # type: ignore[attr-defined]
    exc.body = {"message": "m", "code": code}  # type: ignore[attr-defined]
    # retry-after is whole seconds (RFC 9110); a fraction travels as retry-after-ms.
    if retry_after is None:
        exc.headers = {}  # type: ignore[attr-defined]
    elif float(retry_after).is_integer():
        exc.headers = {"retry-after": str(int(retry_after))}  # type: ignore[attr-defined]
    else:
        exc.headers = {"retry-after-ms": str(round(retry_after * 1000))}  # type: ignore[attr-defined]
    return exc


class _Flaky:
    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "ok"


def test_tenacity_retries_retryable_and_honours_retry_after() -> None:
    """tenacity with chaterror's retry/wait/stop: waits the provider's retry_after."""
    slept: list[float] = []
    flaky = _Flaky(_error(429, retry_after=2.5), _error(503))
    policy = RetryPolicy(jitter=False, max_attempts=5)
    retrying = tenacity.Retrying(sleep=slept.append, **tenacity_kwargs(policy, provider="openai"))
    assert retrying(flaky) == "ok"
    assert (flaky.calls, slept) == (3, [2.5, 2.0])


def test_tenacity_stops_on_non_retryable_and_reraises_the_original() -> None:
    """A usage limit is not retried; the caller gets the provider's exception, not RetryError."""
    quota = _error(429, code="insufficient_quota")
    flaky = _Flaky(quota)
    retrying = tenacity.Retrying(sleep=lambda _: None, **tenacity_kwargs())
    with pytest.raises(Exception) as caught:
        retrying(flaky)
    assert caught.value is quota and flaky.calls == 1
    assert classify(quota).kind is Kind.USAGE_LIMIT


def test_tenacity_stops_after_attempts_and_on_long_retry_after() -> None:
    """The policy's attempt budget and retry_after cap stop tenacity too."""
    flaky = _Flaky(*[_error(429) for _ in range(4)])
    retrying = tenacity.Retrying(
        sleep=lambda _: None, **tenacity_kwargs(RetryPolicy(max_attempts=2))
    )
    with pytest.raises(Exception, match="429"):
        retrying(flaky)
    assert flaky.calls == 2
    daily = _Flaky(_error(429, retry_after=86400))
    with pytest.raises(Exception, match="429"):
        tenacity.Retrying(sleep=lambda _: None, **tenacity_kwargs())(daily)
    assert daily.calls == 1


@pytest.fixture
def stamina_waits() -> Any:
    waits: list[float] = []

    def hook(details: stamina.instrumentation.RetryDetails) -> None:
        waits.append(details.wait_for)

    previous = stamina.instrumentation.get_on_retry_hooks()
    stamina.instrumentation.set_on_retry_hooks([hook])
    yield waits
    stamina.instrumentation.set_on_retry_hooks(previous)


def test_stamina_hook_waits_exactly_retry_after(stamina_waits: list[float]) -> None:
    """stamina waits the provider's retry_after when there is one, its own backoff otherwise."""
    flaky = _Flaky(_error(429, retry_after=0.05), _error(503))

    @stamina.retry(
        on=stamina_hook(provider="openai"),
        attempts=5,
        wait_initial=0.01,
        wait_max=0.02,
        wait_jitter=0,
    )
    def call() -> str:
        return flaky()

    assert call() == "ok"
    assert flaky.calls == 3
    assert stamina_waits[0] == pytest.approx(0.05)
    assert stamina_waits[1] <= 0.02 + 1e-9


def test_stamina_hook_does_not_retry_what_fails_again(stamina_waits: list[float]) -> None:
    """A bad key is raised at once; so is a wait longer than max_retry_after."""
    bad_key = _Flaky(_error(401, code="invalid_api_key"))

    @stamina.retry(on=stamina_hook(), attempts=5)
    def call() -> str:
        return bad_key()

    with pytest.raises(Exception, match="401"):
        call()
    assert bad_key.calls == 1
    hook = stamina_hook(max_retry_after=60)
    assert hook(_error(429, retry_after=3600)) is False
    assert hook(_error(429, retry_after=0)) is True
    assert stamina_waits == []
