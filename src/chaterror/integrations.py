"""Plug chaterror into the retry libraries Python users already use: tenacity and stamina.

Neither is a dependency: the adapters are plain callables with the shapes those libraries call.

tenacity::

    @tenacity.retry(**chaterror.tenacity_kwargs(RetryPolicy(max_attempts=5), provider="openai"))
    def ask(): ...

stamina::

    @stamina.retry(on=chaterror.stamina_hook(provider="anthropic"), attempts=5)
    def ask(): ...
"""

from __future__ import annotations

from typing import Any

from chaterror.retry import RetryPolicy, _classify_attached

__all__ = [
    "StaminaHook",
    "TenacityRetry",
    "TenacityStop",
    "TenacityWait",
    "stamina_hook",
    "tenacity_kwargs",
]


def _outcome_error(retry_state: Any) -> BaseException | None:
    outcome = getattr(retry_state, "outcome", None)
    if outcome is None or not outcome.failed:
        return None
    exc = outcome.exception()
    return exc if isinstance(exc, BaseException) else None


class TenacityRetry:
    """tenacity ``retry=``: retry exactly the failures chaterror calls retryable."""

    def __init__(self, *, provider: str | None = None) -> None:
        self.provider = provider

    def __call__(self, retry_state: Any) -> bool:
        exc = _outcome_error(retry_state)
        return (
            exc is not None
            and isinstance(exc, Exception)
            and _classify_attached(exc, self.provider).retryable
        )


class TenacityWait:
    """tenacity ``wait=``: the policy's backoff, never sooner than the provider's retry_after."""

    def __init__(self, policy: RetryPolicy | None = None, *, provider: str | None = None) -> None:
        self.policy = policy or RetryPolicy()
        self.provider = provider

    def __call__(self, retry_state: Any) -> float:
        exc = _outcome_error(retry_state)
        if exc is None:
            return 0.0
        err = _classify_attached(exc, self.provider)
        wait = self.policy.wait(err, retry_state.attempt_number)
        # Stopping is TenacityStop's call; if tenacity retries anyway, use the plain backoff.
        return wait if wait is not None else self.policy.backoff(retry_state.attempt_number)


class TenacityStop:
    """tenacity ``stop=``: stop when the policy says so (attempts, too long a retry_after)."""

    def __init__(self, policy: RetryPolicy | None = None, *, provider: str | None = None) -> None:
        self.policy = policy or RetryPolicy()
        self.provider = provider

    def __call__(self, retry_state: Any) -> bool:
        exc = _outcome_error(retry_state)
        if exc is None:
            return True
        err = _classify_attached(exc, self.provider)
        return self.policy.wait(err, retry_state.attempt_number) is None


def tenacity_kwargs(
    policy: RetryPolicy | None = None, *, provider: str | None = None
) -> dict[str, Any]:
    """Keyword arguments for ``tenacity.retry``/``tenacity.Retrying``: retry, wait and stop from
    chaterror, and ``reraise=True`` so the caller sees the provider's exception, not
    ``RetryError``."""
    policy = policy or RetryPolicy()
    return {
        "retry": TenacityRetry(provider=provider),
        "wait": TenacityWait(policy, provider=provider),
        "stop": TenacityStop(policy, provider=provider),
        "reraise": True,
    }


class StaminaHook:
    """stamina ``on=`` backoff hook: ``False`` for a failure not worth retrying, the provider's
    ``retry_after`` in seconds when it gave one (stamina then waits exactly that), else
    ``True`` (stamina's own backoff). A ``retry_after`` over ``max_retry_after`` stops."""

    def __init__(self, *, provider: str | None = None, max_retry_after: float = 600.0) -> None:
        self.provider = provider
        self.max_retry_after = max_retry_after

    def __call__(self, exc: Exception) -> bool | float:
        err = _classify_attached(exc, self.provider)
        if not err.retryable:
            return False
        if err.retry_after is None:
            return True
        if err.retry_after > self.max_retry_after:
            return False
        return err.retry_after or True  # 0.0 would read as "do not retry"


def stamina_hook(*, provider: str | None = None, max_retry_after: float = 600.0) -> StaminaHook:
    """The ``on=`` hook for ``stamina.retry`` (see :class:`StaminaHook`)."""
    return StaminaHook(provider=provider, max_retry_after=max_retry_after)
