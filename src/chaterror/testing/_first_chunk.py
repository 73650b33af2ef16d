"""What an app holds when a provider's stream opens but sends no first token in time.

The provider sends nothing to replay: the app's own deadline ends the wait. With chaterror that
deadline is :func:`chaterror.guard_first_chunk`, so the failure is built by running the real
guard, with a tiny deadline, around the real stream the SDK (or httpx) opens for the provider's
endpoint: an in-memory transport answers 200 with the stream's headers and a body that never
arrives. The guard closes the stream and raises :class:`chaterror.FirstChunkTimeout`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from chaterror.testing._replay import sdk, sdk_httpx

#: The guard's deadline, in seconds: the shortest that still lets the stream open first.
DEADLINE = 0.01


def first_chunk_timeout(library: str, url: str, provider: str) -> BaseException:
    """The :class:`chaterror.FirstChunkTimeout` ``guard_first_chunk(..., provider=provider)``
    raises around ``library``'s stream from ``url`` (a key of ``_STREAMS``) when its
    first chunk never comes. Runs on its own event loop, so a running one is never disturbed."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _guarded(_STREAMS[library], url, provider)).result()


async def _guarded(
    opener: Callable[[str], Awaitable[tuple[AsyncIterator[Any], Any]]],
    url: str,
    provider: str,
) -> BaseException:
    from chaterror.stream import FirstChunkTimeout, guard_first_chunk

    stream, http_client = await opener(url)
    try:
        async for _ in guard_first_chunk(stream, first_chunk_timeout=DEADLINE, provider=provider):
            break  # pragma: no cover - the body never arrives
    except FirstChunkTimeout as exc:
        return exc
    finally:
        await http_client.aclose()
    raise AssertionError("unreachable: the stream never sends a chunk")  # pragma: no cover


def _silent_transport(httpx: Any, content_type: str) -> Any:
    """An in-memory transport answering 200 with ``content_type`` and a body that never comes."""

    class Silent(httpx.AsyncByteStream):  # type: ignore[misc]
        async def __aiter__(self) -> AsyncIterator[bytes]:
            await asyncio.Event().wait()
            yield b""  # pragma: no cover - the wait never ends

    def handler(request: Any) -> Any:
        return httpx.Response(200, headers={"content-type": content_type}, stream=Silent())

    return httpx.MockTransport(handler)


async def _openai(url: str) -> tuple[AsyncIterator[Any], Any]:
    """openai's ``AsyncStream`` for a chat completion from ``url`` (an OpenAI-compatible host)."""
    openai = sdk("openai")
    httpx = sdk_httpx("openai")
    http_client = httpx.AsyncClient(transport=_silent_transport(httpx, "text/event-stream"))
    client = openai.AsyncOpenAI(
        base_url=url.split("/chat/completions", 1)[0],
        api_key="sk-test-0000000000000000",
        max_retries=0,
        http_client=http_client,
    )
    stream = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    return stream, http_client


async def _anthropic(url: str) -> tuple[AsyncIterator[Any], Any]:
    """anthropic's ``AsyncStream`` for a streamed message from ``url`` (``.../v1/messages``)."""
    anthropic = sdk("anthropic")
    httpx = sdk_httpx("anthropic")
    http_client = httpx.AsyncClient(transport=_silent_transport(httpx, "text/event-stream"))
    client = anthropic.AsyncAnthropic(
        base_url=url.split("/v1/messages", 1)[0],
        api_key="sk-ant-test-0000000000000000",
        max_retries=0,
        http_client=http_client,
    )
    stream = await client.messages.create(
        model="claude-x",
        max_tokens=16,
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
    )
    return stream, http_client


def _httpx_lines(content_type: str) -> Callable[[str], Awaitable[tuple[AsyncIterator[Any], Any]]]:
    """An opener for httpx's line iterator over a reply of ``content_type`` streamed from a URL."""

    async def open_stream(url: str) -> tuple[AsyncIterator[Any], Any]:
        httpx = sdk("httpx")
        http_client = httpx.AsyncClient(transport=_silent_transport(httpx, content_type))
        request = http_client.build_request("POST", url, json={"model": "m", "messages": []})
        response = await http_client.send(request, stream=True)
        return response.aiter_lines(), http_client

    return open_stream


#: ``"httpx"`` streams NDJSON (Ollama's native API), ``"httpx-sse"`` Server-Sent Events (Gemini's
#: ``alt=sse``), ``"openai"`` is openai's ``AsyncStream`` from an OpenAI-compatible host,
#: ``"anthropic"`` anthropic's ``AsyncStream`` of Messages events.
_STREAMS: dict[str, Callable[[str], Awaitable[tuple[AsyncIterator[Any], Any]]]] = {
    "anthropic": _anthropic,
    "httpx": _httpx_lines("application/x-ndjson"),
    "httpx-sse": _httpx_lines("text/event-stream"),
    "openai": _openai,
}
