"""Guard a provider stream's start: if no first chunk arrives in time, cancel it and raise an
error that classifies as ``startup_timeout`` (CONTRACT §7).

A stream that opened (HTTP 200, headers sent) but stays silent is a distinct failure: the
provider accepted the request and may still be evaluating a long prompt. The guard turns the
silence into a retryable, classified error instead of a hung chat.

    async for chunk in chaterror.guard_first_chunk(stream, first_chunk_timeout=30, provider="openai"):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from typing import TypeVar

from chaterror.classify import with_classification
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
            except Exception:  # closing a broken stream must not hide the timeout
                pass
            return


async def guard_first_chunk(
    stream: AsyncIterable[T],
    *,
    first_chunk_timeout: float = 60.0,
    provider: str | None = None,
) -> AsyncIterator[T]:
    """Yield ``stream``'s chunks; if the first does not arrive within ``first_chunk_timeout``
    seconds, close the stream and raise :class:`FirstChunkTimeout`, which classifies as a
    retryable ``startup_timeout`` for ``provider``.

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
        first = await asyncio.wait_for(iterator.__anext__(), first_chunk_timeout)
    except StopAsyncIteration:
        return
    except asyncio.TimeoutError:
        await _close(iterator)
        if iterator is not stream:
            await _close(stream)
        timeout = FirstChunkTimeout(first_chunk_timeout, provider)
        raise with_classification(
            timeout,
            ChatError(
                kind=Kind.STARTUP_TIMEOUT, provider=provider, retryable=True, detail=str(timeout)
            ),
        ) from None
    yield first
    async for chunk in iterator:
        yield chunk
