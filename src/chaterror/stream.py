"""Guard a provider stream's start: if no first chunk arrives in time, cancel it and raise an
error that classifies as ``startup_timeout`` (CONTRACT §7).

A stream that opened (HTTP 200, headers sent) but stays silent is a distinct failure: the
provider accepted the request and may still be evaluating a long prompt. The guard turns the
silence into a retryable, classified error instead of a hung chat.

    async for chunk in chaterror.guard_first_chunk(stream, first_chunk_timeout=30, provider="openai"):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator
from typing import Final, TypeVar

from chaterror._classify import with_classification
from chaterror.error import ChatError
from chaterror.kind import Kind

__all__ = ["FirstChunkTimeout", "guard_first_chunk"]

T = TypeVar("T")


class FirstChunkTimeout(TimeoutError):  # noqa: N818 - reads like httpx.ReadTimeout
    """The stream opened but sent no first chunk within the timeout; carries its ChatError."""

    def __init__(self, timeout: float, provider: str | None = None) -> None:
        super().__init__(f"stream sent no first chunk within {timeout:g} s")
        self.timeout = timeout
        self.provider = provider


async def _close(stream: object) -> None:
    for name in ("aclose", "close"):
        closer = getattr(stream, name, None)
        if callable(closer):
            try:
                result = closer()
                if hasattr(result, "__await__"):
                    await result
            except Exception:  # closing a broken stream must not hide the error being raised
                pass
            return


class _Failed:
    """The stream's own exception, carried past ``wait_for`` so that a ``TimeoutError`` the
    stream raised itself is never mistaken for the guard's deadline."""

    __slots__ = ("error",)

    def __init__(self, error: Exception) -> None:
        self.error = error


_END: Final = object()


async def _next(iterator: AsyncIterator[T]) -> T | _Failed | object:
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return _END
    except Exception as exc:
        return _Failed(exc)


async def guard_first_chunk(
    stream: AsyncIterable[T],
    *,
    first_chunk_timeout: float = 60.0,
    provider: str | None = None,
) -> AsyncGenerator[T, None]:
    """Yield ``stream``'s chunks; if the first does not arrive within ``first_chunk_timeout``
    seconds, close the stream and raise :class:`FirstChunkTimeout`, which classifies as a
    retryable ``startup_timeout`` for ``provider``.

    Only the guard's own deadline is a ``startup_timeout``: an error the stream raises itself
    (a socket or read timeout included) propagates unchanged and classifies as what it is. The
    stream is closed whenever the guard ends: exhausted, failed, timed out, cancelled, or closed
    early by the caller (``aclose()`` after a ``break``).

    Raises:
        ValueError: ``first_chunk_timeout`` is not a positive number.
    """
    import asyncio  # only async callers pay for it

    if isinstance(first_chunk_timeout, bool) or not first_chunk_timeout > 0:
        raise ValueError(
            f"first_chunk_timeout must be a positive number of seconds, not {first_chunk_timeout!r}"
        )
    iterator = stream.__aiter__()
    try:
        try:
            first = await asyncio.wait_for(_next(iterator), first_chunk_timeout)
        except asyncio.TimeoutError:  # _next lets none of the stream's own out: the deadline
            timeout = FirstChunkTimeout(first_chunk_timeout, provider)
            raise with_classification(
                timeout,
                ChatError(
                    kind=Kind.STARTUP_TIMEOUT,
                    provider=provider,
                    retryable=True,
                    detail=str(timeout),
                ),
            ) from None
        if first is _END:
            return
        if isinstance(first, _Failed):
            error, first = first.error, None
            raise error
        yield first  # type: ignore[misc]
        async for chunk in iterator:
            yield chunk
    finally:
        await _close(iterator)
        if iterator is not stream:
            await _close(stream)
