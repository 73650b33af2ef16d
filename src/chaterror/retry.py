"""Acting on a classification: when to retry, and a small retry loop that does it.

:class:`RetryPolicy` is pure: given a :class:`ChatError` and the number of the attempt that just
failed, it answers "wait N seconds" or "stop". :func:`retry_call` and :func:`retry_call_async`
run a callable under a policy, publish a :class:`~chaterror.StreamRetry` payload before each
wait, and re-raise the original exception, classification attached, when they stop. Adapters for
tenacity and stamina live in :mod:`chaterror.integrations`.
"""

from __future__ import annotations

import contextlib
import math
import random as _random
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    Awaitable,
    Callable,
    Generator,
    Iterable,
)
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, TypeVar

from chaterror._classify import classify, with_classification
from chaterror.error import ChatError
from chaterror.payload import StreamRetry, stream_retry_payload
from chaterror.stream import guard_first_chunk

__all__ = ["RetryPolicy", "retry_call", "retry_call_async", "retry_stream", "retry_stream_sync"]

T = TypeVar("T")


def _positive(name: str, value: float, *, allow_zero: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise TypeError(f"{name} must be a number, not {value!r}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValueError(f"{name} must be {'>= 0' if allow_zero else '> 0'}, not {value!r}")


@dataclass(frozen=True, kw_only=True)
class RetryPolicy:
    """Exponential backoff with full jitter that respects the provider's ``retry_after``.

    After attempt *n* fails with a retryable error, wait ``uniform(0, min(max_delay, base *
    multiplier ** (n - 1)))`` seconds (or exactly that backoff without jitter), but never less
    than the error's ``retry_after``. Stop at once for a non-retryable error, after
    ``max_attempts`` attempts, or when the provider asks for a wait longer than
    ``max_retry_after`` (a daily quota's "retry in 86400 seconds" should not stall a chat).

    Attributes:
        base: The first backoff, in seconds.
        multiplier: Growth of the backoff per attempt.
        max_delay: The largest backoff, in seconds (a provider's ``retry_after`` may exceed it).
        max_attempts: Total attempts, the first included.
        jitter: Full jitter on (recommended: it spreads the retries of many clients).
        max_retry_after: Stop rather than wait longer than this many seconds.
        random: Source of uniform numbers in [0, 1), injectable for tests.
    """

    base: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 60.0
    max_attempts: int = 25
    jitter: bool = True
    max_retry_after: float = 600.0
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        _positive("base", self.base)
        _positive("max_delay", self.max_delay)
        _positive("max_retry_after", self.max_retry_after, allow_zero=True)
        _positive("multiplier", self.multiplier)
        if self.multiplier < 1:
            raise ValueError(f"multiplier must be >= 1, not {self.multiplier!r}")
        if isinstance(self.max_attempts, bool) or not isinstance(self.max_attempts, int):
            raise TypeError(f"max_attempts must be an int, not {self.max_attempts!r}")
        if self.max_attempts < 1:
            raise ValueError(f"max_attempts must be >= 1, not {self.max_attempts!r}")
        if not callable(self.random):
            raise TypeError("random must be a callable returning a float in [0, 1)")

    def backoff(self, attempt: int) -> float:
        """The backoff before jitter after attempt ``attempt`` (1-based) failed."""
        exponent = min(attempt - 1, 1024)  # far past any cap; keeps the power finite
        try:
            raw = self.base * self.multiplier**exponent
        except OverflowError:
            raw = math.inf
        return min(self.max_delay, raw)

    def wait(self, error: ChatError, attempt: int) -> float | None:
        """Seconds to wait before retrying after attempt ``attempt`` (1-based) failed with
        ``error``, or ``None`` to stop."""
        if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
            raise ValueError(f"attempt is 1-based, not {attempt!r}")
        if not error.retryable or attempt >= self.max_attempts:
            return None
        asked = error.retry_after or 0.0
        if asked > self.max_retry_after:
            return None
        backoff = self.backoff(attempt)
        if self.jitter:
            backoff *= min(max(self.random(), 0.0), 1.0)
        return max(backoff, asked)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _classify_attached(exc: BaseException, provider: str | None) -> ChatError:
    """Classify ``exc`` and attach the result, so every later look at it (the next hook, the
    caller's ``except``) reads it back at no cost."""
    err = classify(exc, provider=provider)
    if isinstance(exc, Exception):
        with_classification(exc, err)
    return err


def retry_call(
    fn: Callable[..., T],
    /,
    *args: Any,
    policy: RetryPolicy | None = None,
    on_retry: Callable[[StreamRetry], object] | None = None,
    provider: str | None = None,
    sleep: Callable[[float], object] = time.sleep,
    now: Callable[[], datetime] = _utcnow,
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)``, retrying failures the policy allows.

    Each failure is classified (``provider`` is the hint). Before each wait ``on_retry`` gets the
    :class:`StreamRetry` payload to publish. When the policy stops, the original exception is
    re-raised with its :class:`ChatError` attached (``classify(exc)`` returns it at once).
    Only :class:`Exception` is caught: ``KeyboardInterrupt``, ``SystemExit`` and the caller's
    cancellation propagate and are never retried.
    """
    policy = policy or RetryPolicy()
    attempt = 0
    while True:
        attempt += 1
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            err = _classify_attached(exc, provider)
            delay = policy.wait(err, attempt)
            if delay is None:
                raise
            if on_retry is not None:
                on_retry(stream_retry_payload(attempt, delay, err, now=now))
            sleep(delay)


async def retry_call_async(
    fn: Callable[..., Awaitable[T]],
    /,
    *args: Any,
    policy: RetryPolicy | None = None,
    on_retry: Callable[[StreamRetry], object] | None = None,
    provider: str | None = None,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    now: Callable[[], datetime] = _utcnow,
    **kwargs: Any,
) -> T:
    """The async form of :func:`retry_call`: awaits ``fn``, ``on_retry`` (if it returns an
    awaitable) and ``sleep`` (``asyncio.sleep`` by default). Cancelling the caller cancels the
    call or the wait and is never retried."""
    if sleep is None:
        import asyncio  # only async callers pay for it

        sleep = asyncio.sleep
    policy = policy or RetryPolicy()
    attempt = 0
    while True:
        attempt += 1
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            err = _classify_attached(exc, provider)
            delay = policy.wait(err, attempt)
            if delay is None:
                raise
            if on_retry is not None:
                published = on_retry(stream_retry_payload(attempt, delay, err, now=now))
                if hasattr(published, "__await__"):
                    await published
            await sleep(delay)


async def _publish(on_retry: Callable[[StreamRetry], object] | None, retry: StreamRetry) -> None:
    if on_retry is not None:
        published = on_retry(retry)
        if hasattr(published, "__await__"):
            await published


async def retry_stream(
    open_stream: Callable[[], Awaitable[AsyncIterable[T]] | AsyncIterable[T]],
    *,
    policy: RetryPolicy | None = None,
    on_retry: Callable[[StreamRetry], object] | None = None,
    provider: str | None = None,
    first_chunk_timeout: float = 60.0,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    now: Callable[[], datetime] = _utcnow,
) -> AsyncGenerator[T, None]:
    """Yield the chunks of the stream ``open_stream()`` opens, retrying it only until its first
    chunk has been handed on.

    Each attempt calls ``open_stream()`` (awaiting it if it returns an awaitable, as
    ``client.chat.completions.create(..., stream=True)`` does) and guards the first chunk with
    :func:`~chaterror.guard_first_chunk`. A failure before that chunk (the request refused, an
    error event first, no first chunk within ``first_chunk_timeout`` seconds) is classified and,
    if the policy allows, published to ``on_retry`` and retried after the wait. Once a chunk has
    been yielded, output is visible: a later failure is re-raised at once, classified (so
    ``classify(exc)`` is its terminal payload), never retried, so no token is sent twice.
    Cancelling the consumer is never retried, and every stream opened is closed.
    """
    if sleep is None:
        import asyncio  # only async callers pay for it

        sleep = asyncio.sleep
    policy = policy or RetryPolicy()
    attempt = 0
    while True:
        attempt += 1
        try:
            opened = open_stream()
            stream = await opened if isinstance(opened, Awaitable) else opened
            guarded = guard_first_chunk(
                stream, first_chunk_timeout=first_chunk_timeout, provider=provider
            )
            first = await guarded.__anext__()
        except StopAsyncIteration:
            return
        except Exception as exc:
            err = _classify_attached(exc, provider)
            delay = policy.wait(err, attempt)
            if delay is None:
                raise
            await _publish(on_retry, stream_retry_payload(attempt, delay, err, now=now))
            await sleep(delay)
            continue
        try:
            yield first
            async for chunk in guarded:
                yield chunk
        except Exception as exc:  # output is visible: terminal, never retried
            _classify_attached(exc, provider)
            raise
        finally:
            await guarded.aclose()
        return


def retry_stream_sync(
    open_stream: Callable[[], Iterable[T]],
    *,
    policy: RetryPolicy | None = None,
    on_retry: Callable[[StreamRetry], object] | None = None,
    provider: str | None = None,
    sleep: Callable[[float], object] = time.sleep,
    now: Callable[[], datetime] = _utcnow,
) -> Generator[T, None, None]:
    """The blocking form of :func:`retry_stream`: retry ``open_stream()`` until its first chunk
    has been handed on, never after.

    There is no first-chunk deadline (a blocking read cannot be timed out from outside): set the
    client's read timeout, whose error is a retryable ``timeout``. ``KeyboardInterrupt`` is never
    retried; the stream is closed when the consumer stops early.
    """
    policy = policy or RetryPolicy()
    attempt = 0
    while True:
        attempt += 1
        stream: Iterable[T] | None = None
        try:
            stream = open_stream()
            iterator = iter(stream)
            first = next(iterator)
        except StopIteration:
            _close_sync(stream)
            return
        except Exception as exc:
            _close_sync(stream)
            err = _classify_attached(exc, provider)
            delay = policy.wait(err, attempt)
            if delay is None:
                raise
            if on_retry is not None:
                on_retry(stream_retry_payload(attempt, delay, err, now=now))
            sleep(delay)
            continue
        try:
            yield first
            yield from iterator
        except Exception as exc:  # output is visible: terminal, never retried
            _classify_attached(exc, provider)
            raise
        finally:
            _close_sync(iterator)
            if iterator is not stream:
                _close_sync(stream)
        return


def _close_sync(stream: object) -> None:
    closer = getattr(stream, "close", None)
    if callable(closer):
        # Closing a broken stream must not hide the error being raised.
        with contextlib.suppress(Exception):
            closer()
