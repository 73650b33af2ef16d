"""retry_stream: retry a stream until its first chunk is handed on, never after, with real
openai and anthropic streaming clients against the loopback server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anthropic
import httpx2
import openai
import pytest

import chaterror
from chaterror import Kind, RetryPolicy, StreamRetry, classify, retry_stream, retry_stream_sync
from loopback import AsyncHttpx2Loopback, Httpx2Loopback, LoopbackServer, Reply

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

FAST = RetryPolicy(base=0.01, max_delay=0.02, max_attempts=3, jitter=False)
SSE = {"content-type": "text/event-stream"}


def _openai_chunk(text: str) -> bytes:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


OPENAI_OK = Reply(
    status=200, headers=SSE, body=[_openai_chunk("Hel"), _openai_chunk("lo"), b"data: [DONE]\n\n"]
)
OPENAI_STALL = Reply(status=200, headers=SSE, first_chunk_delay=3.0, body=[_openai_chunk("late")])
OPENAI_503 = Reply(
    status=503,
    headers={"content-type": "application/json"},
    body=b'{"error": {"message": "The engine is currently overloaded, please try again later", "type": "server_error"}}',
)
OPENAI_ERROR_AFTER_OUTPUT = Reply(
    status=200,
    headers=SSE,
    chunk_delay=0.01,
    body=[
        _openai_chunk("Hel"),
        b'data: {"error": {"message": "The server had an error while processing your request.", "type": "server_error"}}\n\n',
    ],
)

_START = (
    b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
    b'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n',
)
_DELTA = b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n'
_OVERLOADED_EVENT = b'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n'
_STOP = b'event: message_stop\ndata: {"type":"message_stop"}\n\n'

ANTHROPIC_OK = Reply(status=200, headers=SSE, body=[*_START, _DELTA, _STOP])
ANTHROPIC_529 = Reply(
    status=529,
    headers={"content-type": "application/json"},
    body=b'{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
)
ANTHROPIC_OVERLOADED_FIRST = Reply(status=200, headers=SSE, body=[_OVERLOADED_EVENT])
ANTHROPIC_STALL = Reply(
    status=200, headers=SSE, first_chunk_delay=3.0, body=[*_START, _DELTA, _STOP]
)
ANTHROPIC_ERROR_AFTER_OUTPUT = Reply(
    status=200, headers=SSE, chunk_delay=0.01, body=[*_START, _DELTA, _OVERLOADED_EVENT]
)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def _open_openai(server: LoopbackServer) -> Any:
    client = openai.AsyncOpenAI(
        api_key="sk-test",
        base_url="https://api.openai.com/v1",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=AsyncHttpx2Loopback(server)),
    )
    return lambda: client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )


def _open_anthropic(server: LoopbackServer) -> Any:
    client = anthropic.AsyncAnthropic(
        api_key="sk-ant-test",
        base_url="https://api.anthropic.com",
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=AsyncHttpx2Loopback(server)),
    )
    return lambda: client.messages.create(
        model="claude", max_tokens=8, messages=[{"role": "user", "content": "hi"}], stream=True
    )


def _text(chunk: Any) -> str:
    """The visible text of an openai chunk or an anthropic event ("" for the others)."""
    if getattr(chunk, "choices", None):
        return chunk.choices[0].delta.content or ""
    delta = getattr(chunk, "delta", None)
    return getattr(delta, "text", "") or ""


async def _consume(opener: Any, published: list[StreamRetry], **kwargs: Any) -> list[str]:
    texts: list[str] = []
    async for chunk in retry_stream(
        opener, policy=FAST, on_retry=published.append, first_chunk_timeout=0.3, **kwargs
    ):
        texts.append(_text(chunk))
    return texts


OPENERS = {"openai": _open_openai, "anthropic": _open_anthropic}


@pytest.mark.parametrize(
    ("provider", "failure", "success", "kind"),
    [
        pytest.param(
            "openai",
            OPENAI_STALL,
            OPENAI_OK,
            Kind.STARTUP_TIMEOUT,
            id="openai-stall-before-first-chunk-is-retried",
        ),
        pytest.param(
            "openai",
            OPENAI_503,
            OPENAI_OK,
            Kind.OVERLOADED,
            id="openai-overloaded-before-output-is-retried",
        ),
        pytest.param(
            "anthropic",
            ANTHROPIC_STALL,
            ANTHROPIC_OK,
            Kind.STARTUP_TIMEOUT,
            id="anthropic-stall-before-first-chunk-is-retried",
        ),
        pytest.param(
            "anthropic",
            ANTHROPIC_529,
            ANTHROPIC_OK,
            Kind.OVERLOADED,
            id="anthropic-529-before-output-is-retried",
        ),
        pytest.param(
            "anthropic",
            ANTHROPIC_OVERLOADED_FIRST,
            ANTHROPIC_OK,
            Kind.OVERLOADED,
            id="anthropic-error-event-first-is-retried",
        ),
    ],
)
def test_failure_before_output_is_retried(
    server: LoopbackServer, provider: str, failure: Reply, success: Reply, kind: Kind
) -> None:
    """A failure before the first chunk is published to on_retry and retried; the retry's
    chunks are yielded once."""
    server.set_sequence(failure, success)
    published: list[StreamRetry] = []
    texts = asyncio.run(_consume(OPENERS[provider](server), published, provider=provider))
    assert "".join(texts) in {"Hello", "Hi"}
    assert [(r.attempt, r.kind, r.provider) for r in published] == [(1, kind, provider)]
    assert len(server.received) == 2


@pytest.mark.parametrize(
    ("provider", "reply", "text", "kind", "error_type"),
    [
        pytest.param(
            "openai",
            OPENAI_ERROR_AFTER_OUTPUT,
            "Hel",
            Kind.GENERIC,
            openai.APIError,
            id="openai-error-after-output-is-terminal",
        ),
        pytest.param(
            "anthropic",
            ANTHROPIC_ERROR_AFTER_OUTPUT,
            "Hi",
            Kind.OVERLOADED,
            anthropic.APIStatusError,
            id="anthropic-overloaded-after-output-is-terminal",
        ),
    ],
)
def test_failure_after_output_is_terminal(
    server: LoopbackServer,
    provider: str,
    reply: Reply,
    text: str,
    kind: Kind,
    error_type: type[Exception],
) -> None:
    """Once a chunk was handed on, a failure is raised, classified, and never retried, even
    when it is retryable: a retry would repeat the tokens already shown."""
    server.set(reply)
    published: list[StreamRetry] = []
    texts: list[str] = []

    async def main() -> None:
        async for chunk in retry_stream(
            OPENERS[provider](server), policy=FAST, on_retry=published.append, provider=provider
        ):
            texts.append(_text(chunk))

    with pytest.raises(error_type) as caught:
        asyncio.run(main())
    err = classify(caught.value)
    assert (err.kind, err.retryable, err.provider) == (kind, True, provider)
    assert "".join(texts) == text
    assert published == []
    assert len(server.received) == 1
    assert chaterror.stream_error_payload(err) == err.to_dict()


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_cancellation_is_never_retried(server: LoopbackServer, provider: str) -> None:
    """Cancelling the consumer while the stream stalls ends it: no retry, no second request."""
    server.set(OPENAI_STALL if provider == "openai" else ANTHROPIC_STALL)
    published: list[StreamRetry] = []

    async def main() -> None:
        task = asyncio.ensure_future(
            _consume(OPENERS[provider](server), published, provider=provider)
        )
        while not server.received:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert published == []
    assert len(server.received) == 1


def test_policy_stop_reraises_the_last_failure(server: LoopbackServer) -> None:
    """When the attempts run out the last failure is raised, classified."""
    server.set(OPENAI_503)
    published: list[StreamRetry] = []
    with pytest.raises(openai.InternalServerError) as caught:
        asyncio.run(_consume(_open_openai(server), published, provider="openai"))
    assert classify(caught.value).kind is Kind.OVERLOADED
    assert [r.attempt for r in published] == [1, 2]
    assert len(server.received) == FAST.max_attempts


def test_an_empty_stream_ends_quietly() -> None:
    """A stream that ends before any chunk is not a failure."""

    async def empty() -> AsyncIterator[str]:
        return
        yield ""

    async def main() -> list[str]:
        return [c async for c in retry_stream(empty, policy=FAST)]

    assert asyncio.run(main()) == []


def test_async_on_retry_is_awaited() -> None:
    """An async on_retry is awaited before the wait."""
    seen: list[int] = []
    calls: list[int] = []

    async def flaky() -> AsyncIterator[str]:
        calls.append(1)
        if len(calls) == 1:
            raise TimeoutError("The read operation timed out")
        yield "ok"

    async def publish(retry: StreamRetry) -> None:
        await asyncio.sleep(0)
        seen.append(retry.attempt)

    async def main() -> list[str]:
        return [c async for c in retry_stream(flaky, policy=FAST, on_retry=publish)]

    assert asyncio.run(main()) == ["ok"]
    assert seen == [1]


def _open_openai_sync(server: LoopbackServer) -> Any:
    client = openai.OpenAI(
        api_key="sk-test",
        base_url="https://api.openai.com/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=Httpx2Loopback(server)),
    )
    return lambda: client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )


@pytest.mark.parametrize(
    ("replies", "text", "retries"),
    [
        pytest.param(
            (OPENAI_503, OPENAI_OK), "Hello", [Kind.OVERLOADED], id="sync-before-output-is-retried"
        ),
        pytest.param((OPENAI_OK,), "Hello", [], id="sync-success-is-passed-through"),
    ],
)
def test_sync_retry_stream(
    server: LoopbackServer, replies: tuple[Reply, ...], text: str, retries: list[Kind]
) -> None:
    """retry_stream_sync retries a blocking openai stream before its first chunk."""
    server.set_sequence(*replies)
    published: list[StreamRetry] = []
    chunks = retry_stream_sync(
        _open_openai_sync(server), policy=FAST, on_retry=published.append, provider="openai"
    )
    assert "".join(_text(c) for c in chunks) == text
    assert [r.kind for r in published] == retries


def test_sync_failure_after_output_is_terminal(server: LoopbackServer) -> None:
    """retry_stream_sync raises a failure after output at once, classified."""
    server.set(OPENAI_ERROR_AFTER_OUTPUT)
    published: list[StreamRetry] = []
    texts: list[str] = []
    chunks = retry_stream_sync(
        _open_openai_sync(server), policy=FAST, on_retry=published.append, provider="openai"
    )
    with pytest.raises(openai.APIError) as caught:
        texts.extend(_text(chunk) for chunk in chunks)
    assert texts == ["Hel"]
    assert published == []
    assert classify(caught.value).retryable is True
    assert len(server.received) == 1
