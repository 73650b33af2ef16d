"""The first-chunk guard, with a real async generator and a real SDK stream that stalls."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx2
import openai
import pytest

from chaterror import FirstChunkTimeout, Kind, classify, guard_first_chunk
from loopback import AsyncHttpx2Loopback, LoopbackServer, Reply


async def _chunks(first_delay: float, items: list[str], closed: list[bool]) -> AsyncIterator[str]:
    try:
        await asyncio.sleep(first_delay)
        for item in items:
            yield item
    finally:
        closed.append(True)


async def _collect(stream: AsyncIterator[Any]) -> list[Any]:
    return [chunk async for chunk in stream]


def test_fires_when_the_first_chunk_is_late() -> None:
    """No first chunk in time: the stream is closed and the error is a retryable startup_timeout."""
    closed: list[bool] = []
    with pytest.raises(FirstChunkTimeout) as caught:
        asyncio.run(
            _collect(
                guard_first_chunk(
                    _chunks(5, ["a"], closed), first_chunk_timeout=0.05, provider="openai"
                )
            )
        )
    err = classify(caught.value)
    assert (err.kind, err.retryable, err.provider) == (Kind.STARTUP_TIMEOUT, True, "openai")
    assert closed == [True]
    assert classify(str(caught.value)).kind is Kind.STARTUP_TIMEOUT  # the text alone says so too


def test_does_not_fire_for_a_prompt_stream() -> None:
    """A stream whose first chunk is in time passes every chunk through, even slow later ones."""
    closed: list[bool] = []
    stream = _chunks(0.01, ["a", "b", "c"], closed)
    assert asyncio.run(_collect(guard_first_chunk(stream, first_chunk_timeout=1))) == [
        "a",
        "b",
        "c",
    ]


def test_later_silence_is_not_its_business() -> None:
    """Only the first chunk is timed: a pause after it is left to the caller."""

    async def slow_later() -> AsyncIterator[int]:
        yield 1
        await asyncio.sleep(0.1)
        yield 2

    assert asyncio.run(_collect(guard_first_chunk(slow_later(), first_chunk_timeout=0.05))) == [
        1,
        2,
    ]


def test_empty_stream() -> None:
    """An empty stream ends quietly."""
    assert asyncio.run(_collect(guard_first_chunk(_chunks(0, [], []), first_chunk_timeout=1))) == []


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), True])
def test_bad_timeout_is_refused(timeout: float) -> None:
    """The timeout must be a positive number of seconds."""
    with pytest.raises(ValueError, match="first_chunk_timeout"):
        asyncio.run(_collect(guard_first_chunk(_chunks(0, [], []), first_chunk_timeout=timeout)))


def test_real_sdk_stream_that_stalls() -> None:
    """openai's AsyncStream from a server that sends headers, then nothing: the guard fires."""
    server = LoopbackServer()
    try:
        server.set(
            Reply(
                status=200,
                headers={"content-type": "text/event-stream"},
                first_chunk_delay=3.0,
                body=[
                    b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[]}\n\n'
                ],
            )
        )

        async def main() -> BaseException:
            client = openai.AsyncOpenAI(
                api_key="sk-test",
                base_url="https://api.openai.com/v1",
                max_retries=0,
                http_client=httpx2.AsyncClient(transport=AsyncHttpx2Loopback(server)),
            )
            stream = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], stream=True
            )
            started = time.monotonic()
            with pytest.raises(FirstChunkTimeout) as caught:
                await _collect(
                    guard_first_chunk(stream, first_chunk_timeout=0.2, provider="openai")
                )
            assert time.monotonic() - started < 2
            return caught.value

        err = classify(asyncio.run(main()))
        assert (err.kind, err.retryable, err.provider) == (Kind.STARTUP_TIMEOUT, True, "openai")
    finally:
        server.close()


class _Stream:
    """A provider-like stream object (not a generator, so nothing but close() closes it)."""

    def __init__(self, items: list[str]) -> None:
        self.items = list(items)
        self.closed = False

    def __aiter__(self) -> _Stream:
        return self

    async def __anext__(self) -> str:
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

    async def close(self) -> None:
        self.closed = True


def test_closing_the_guard_early_closes_the_stream() -> None:
    """aclose() after a break closes the provider stream at once, not when it is collected."""

    async def main() -> bool:
        stream = _Stream(["a", "b", "c"])
        guarded = guard_first_chunk(stream, first_chunk_timeout=1)
        async for _ in guarded:
            break
        await guarded.aclose()  # type: ignore[attr-defined]
        return stream.closed

    assert asyncio.run(main()) is True


def test_closing_the_guard_early_closes_a_real_sdk_stream() -> None:
    """openai's AsyncStream: after a break and aclose() its HTTP response is closed."""
    server = LoopbackServer()
    chunk = b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[]}\n\n'
    try:
        server.set(
            Reply(
                status=200,
                headers={"content-type": "text/event-stream"},
                body=[chunk, chunk, chunk],
                chunk_delay=0.05,
            )
        )

        async def main() -> bool:
            client = openai.AsyncOpenAI(
                api_key="sk-test",
                base_url="https://api.openai.com/v1",
                max_retries=0,
                http_client=httpx2.AsyncClient(transport=AsyncHttpx2Loopback(server)),
            )
            stream = await client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], stream=True
            )
            guarded = guard_first_chunk(stream, first_chunk_timeout=5, provider="openai")
            async for _ in guarded:
                break
            await guarded.aclose()  # type: ignore[attr-defined]
            return bool(stream.response.is_closed)

        assert asyncio.run(main()) is True
    finally:
        server.close()


class _ServerTimeout(TimeoutError):
    """Stands in for a transport's own timeout class raised from inside the stream."""


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(
            aiohttp.ServerTimeoutError("Timeout on reading data from socket"),
            id="aiohttp-server-timeout",
        ),
        pytest.param(TimeoutError("timed out"), id="socket-timeout"),
        pytest.param(_ServerTimeout("read timeout"), id="timeout-subclass"),
    ],
)
def test_a_streams_own_timeout_keeps_its_cause(error: TimeoutError) -> None:
    """A TimeoutError the stream raises at once is re-raised as is: a timeout, not a startup_timeout."""

    async def failing() -> AsyncIterator[str]:
        raise error
        yield "never"

    with pytest.raises(type(error)) as caught:
        asyncio.run(
            _collect(guard_first_chunk(failing(), first_chunk_timeout=5, provider="openai"))
        )
    assert caught.value is error
    assert classify(caught.value).kind is Kind.TIMEOUT


def test_real_aiohttp_read_timeout_is_not_relabelled() -> None:
    """aiohttp's own sock_read timeout on a silent stream is a timeout, not the guard's startup_timeout."""
    server = LoopbackServer()
    try:
        server.set(
            Reply(
                status=200,
                headers={"content-type": "text/event-stream"},
                first_chunk_delay=3.0,
                body=[b"data: {}\n\n"],
            )
        )

        async def main() -> BaseException:
            timeout = aiohttp.ClientTimeout(sock_read=0.1)
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.post(server.url + "/v1/chat/completions", json={}) as response,
            ):
                with pytest.raises(Exception) as caught:
                    await _collect(
                        guard_first_chunk(
                            response.content, first_chunk_timeout=5, provider="openai"
                        )
                    )
                return caught.value

        error = asyncio.run(main())
        assert isinstance(error, aiohttp.ServerTimeoutError)
        assert not isinstance(error, FirstChunkTimeout)
        assert classify(error).kind is Kind.TIMEOUT
    finally:
        server.close()
