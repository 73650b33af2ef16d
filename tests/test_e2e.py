"""End to end: real SDK clients and HTTP libraries talking to a real server on 127.0.0.1 that
fails like the providers do; each exception they raise goes through classify.

Clients use the provider's own URL (``https://openrouter.ai/api/v1``); their transport carries
the bytes to the loopback server (see ``loopback.py``), so the exception holds the provider's
URL and host-based provider detection is exercised for real.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import anthropic
import botocore.config
import botocore.session
import httpx
import httpx2
import openai
import pytest
import requests
from google import genai
from google.genai import types as genai_types

import chaterror
from corpus import load_cases
from loopback import (
    AsyncHttpx2Loopback,
    Httpx2Loopback,
    HttpxLoopback,
    LoopbackServer,
    Reply,
    RequestsLoopback,
    aiohttp_resolver,
    closed_port,
    event_stream_frame,
    iterate,
)
from replay import Loopback, held, recorded_headers, without_redacted_url

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


def _check(err: chaterror.ChatError, expect: dict[str, Any]) -> None:
    got = {key: getattr(err, key) for key in expect}
    got["kind"] = err.kind.value
    assert got == expect, chaterror.explain(err)


def _expect(case: dict[str, Any]) -> dict[str, Any]:
    keys = ("kind", "retryable", "status_code", "retry_after", "code", "provider")
    expect = {k: case["expect"][k] for k in keys if k in case["expect"]}
    if "provider" in expect:  # a label may name the provider by an alias ("gemini")
        expect["provider"] = chaterror.normalize_provider(expect["provider"])
    return expect


# --- the fixture corpus, replayed over a socket through each provider's SDK -----------------

WIRE_CASES = [c for c in load_cases() if c["input"]["type"] in {"http", "stream", "sdk"}]


@pytest.mark.parametrize("case", WIRE_CASES, ids=[c["id"] for c in WIRE_CASES])
def test_sdk_over_loopback(server: LoopbackServer, case: dict[str, Any]) -> None:
    """openai, AzureOpenAI, anthropic, google-genai and botocore raise; classify is right."""
    _check(chaterror.classify(held(case, Loopback(server))), _expect(case))


HTTP_CASES = [
    {**c, "input": without_redacted_url(c["input"])}
    for c in WIRE_CASES
    if c["input"]["type"] == "http" and c["input"]["status"] >= 400
]


def _url(case: dict[str, Any]) -> str:
    return case["input"].get("url") or "https://llm.example.test/v1/chat/completions"


@pytest.mark.parametrize("case", HTTP_CASES, ids=[c["id"] for c in HTTP_CASES])
def test_requests_raise_for_status(server: LoopbackServer, case: dict[str, Any]) -> None:
    """requests: the HTTPError from raise_for_status() holds the response and its body."""
    data = case["input"]
    server.set(
        Reply(
            status=data["status"],
            headers=recorded_headers(data.get("headers", {})),
            body=data["body"].encode(),
        )
    )
    with requests.Session() as session:
        session.mount("https://", RequestsLoopback(server))
        session.mount("http://", RequestsLoopback(server))
        with pytest.raises(requests.HTTPError) as caught:
            session.post(_url(case), json={}, timeout=5).raise_for_status()
    expect = _expect(case)
    if "url" not in data:
        expect.pop("provider", None)  # nothing in a bare response names the provider
    _check(
        chaterror.classify(caught.value, provider=None if "url" in data else case.get("provider")),
        expect,
    )


def _no_ip_literal(url: str) -> str:
    """The URL with an IP-literal host named instead: aiohttp connects to an IP literal without
    asking the resolver, which must send every request to the loopback server (the port, which
    can name a provider, is kept)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host.replace(".", "").isdigit() and ":" not in host:
        return url
    netloc = "ip-literal.invalid" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


async def _settle() -> None:
    """Let the event loop run the transports' pending close callbacks before asyncio.run closes
    it (aiohttp's "graceful shutdown"): a socket closed after the loop is gone is reported as a
    ResourceWarning in whichever later test the collector happens to run."""
    await asyncio.sleep(0.01)


async def _aiohttp_post(
    server: LoopbackServer, url: str, *, raise_for_status: bool, provider: str | None = None
) -> Any:
    url = _no_ip_literal(url)
    connector = aiohttp.TCPConnector(resolver=aiohttp_resolver(server))
    try:
        async with (
            aiohttp.ClientSession(connector=connector) as session,
            session.post(url.replace("https://", "http://"), json={}) as response,
        ):
            if raise_for_status:
                response.raise_for_status()
            return chaterror.classify_response(
                response.status,
                await response.read(),
                response.headers,
                url=str(response.url),
                provider=provider,
            )
    finally:
        await _settle()


@pytest.mark.parametrize("case", HTTP_CASES, ids=[c["id"] for c in HTTP_CASES])
def test_aiohttp_classify_response(server: LoopbackServer, case: dict[str, Any]) -> None:
    """aiohttp: an app that reads the body classifies the raw parts with classify_response."""
    data = case["input"]
    server.set(
        Reply(
            status=data["status"],
            headers=recorded_headers(data.get("headers", {})),
            body=data["body"].encode(),
        )
    )
    # An app that calls a provider at a host chaterror cannot name says which one it is, so a
    # provider's own reading of a shared code (Dify's rate_limit_error) applies.
    hint = None if "url" in data else case.get("provider")
    err = asyncio.run(_aiohttp_post(server, _url(case), raise_for_status=False, provider=hint))
    _check(err, _expect(case))


@pytest.mark.parametrize(
    ("status", "headers", "expect"),
    [
        pytest.param(
            429,
            {"retry-after": "7"},
            {"kind": "rate_limit", "retryable": True, "retry_after": 7.0},
            id="429-retry-after",
        ),
        pytest.param(529, {}, {"kind": "overloaded", "retryable": True}, id="529"),
        pytest.param(401, {}, {"kind": "auth", "retryable": False}, id="401"),
        pytest.param(
            503,
            {"x-should-retry": "false"},
            {"kind": "timeout", "retryable": False},
            id="503-should-not-retry",
        ),
        pytest.param(402, {}, {"kind": "usage_limit", "retryable": False}, id="402"),
        pytest.param(413, {}, {"kind": "context_length", "retryable": False}, id="413"),
    ],
)
def test_aiohttp_raise_for_status(
    server: LoopbackServer, status: int, headers: dict[str, str], expect: dict[str, Any]
) -> None:
    """aiohttp's ClientResponseError carries status, headers and URL but no body."""
    server.set(Reply(status=status, headers=headers, body=b'{"error": "x"}'))
    with pytest.raises(aiohttp.ClientResponseError) as caught:
        asyncio.run(
            _aiohttp_post(
                server, "https://api.mistral.ai/v1/chat/completions", raise_for_status=True
            )
        )
    _check(
        chaterror.classify(caught.value), {**expect, "status_code": status, "provider": "mistral"}
    )


# --- provider detection from the request URL, through the openai SDK -------------------------

OPENAI_COMPATIBLE = [
    ("https://openrouter.ai/api/v1", "openrouter"),
    ("https://api.groq.com/openai/v1", "groq"),
    ("https://api.deepseek.com/v1", "deepseek"),
    ("https://api.together.xyz/v1", "together"),
    ("https://api.x.ai/v1", "xai"),
    ("https://api.mistral.ai/v1", "mistral"),
    ("http://localhost:11434/v1", "ollama"),
    ("http://vllm.internal:8000/v1", "openai-compat"),
    ("https://api.fireworks.ai/inference/v1", "fireworks"),
    ("https://api.openai.com/v1", "openai"),
]


@pytest.mark.parametrize(
    ("base_url", "provider"), OPENAI_COMPATIBLE, ids=[p for _, p in OPENAI_COMPATIBLE]
)
def test_openai_sdk_provider_from_host(
    server: LoopbackServer, base_url: str, provider: str
) -> None:
    """The openai SDK pointed at another provider's URL reports that provider."""
    server.set(
        Reply(
            status=429,
            headers={"content-type": "application/json", "retry-after": "2"},
            body=b'{"error": {"message": "Rate limit exceeded", "type": "rate_limited", "code": null}}',
        )
    )
    client = openai.OpenAI(
        api_key="sk-test",
        base_url=base_url,
        max_retries=0,
        http_client=httpx2.Client(transport=Httpx2Loopback(server)),
    )
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert server.received[-1].headers["Host"] == base_url.split("/")[2]
    _check(
        chaterror.classify(caught.value),
        {
            "kind": "rate_limit",
            "retryable": True,
            "status_code": 429,
            "retry_after": 2.0,
            "code": "rate_limited",
            "provider": provider,
        },
    )


def test_azure_client(server: LoopbackServer) -> None:
    """openai.AzureOpenAI against an Azure resource host is azure, content filter included."""
    body = json.dumps(
        {
            "error": {
                "message": "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
                "type": None,
                "param": "prompt",
                "code": "content_filter",
                "status": 400,
            }
        }
    )
    server.set(
        Reply(
            status=400,
            headers={"content-type": "application/json", "apim-request-id": "abc-123"},
            body=body.encode(),
        )
    )
    client = openai.AzureOpenAI(
        azure_endpoint="https://myres.openai.azure.com",
        api_version="2024-10-21",
        api_key="k" * 32,
        max_retries=0,
        http_client=httpx2.Client(transport=Httpx2Loopback(server)),
    )
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    _check(
        chaterror.classify(caught.value),
        {
            "kind": "content_filter",
            "retryable": False,
            "status_code": 400,
            "code": "content_filter",
            "provider": "azure",
            "request_id": "abc-123",
        },
    )


# --- streams that fail midway ---------------------------------------------------------------


def test_openai_stream_error_chunk(server: LoopbackServer) -> None:
    """An OpenAI chat stream that sends content, then `data: {"error": …}`."""
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "Hel"}, "finish_reason": None}],
    }
    server.set(
        Reply(
            status=200,
            headers={"content-type": "text/event-stream"},
            chunk_delay=0.01,
            body=[
                f"data: {json.dumps(chunk)}\n\n".encode(),
                b'data: {"error": {"message": "The server had an error while processing your request.", "type": "server_error"}}\n\n',
            ],
        )
    )
    client = openai.OpenAI(
        api_key="sk-test",
        base_url="https://api.openai.com/v1",
        max_retries=0,
        http_client=httpx2.Client(transport=Httpx2Loopback(server)),
    )
    with pytest.raises(openai.APIError) as caught:
        iterate(
            client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "hi"}], stream=True
            )
        )
    _check(
        chaterror.classify(caught.value),
        {
            "kind": "generic",
            "retryable": True,
            "status_code": None,
            "code": "server_error",
            "provider": "openai",
        },
    )


def test_anthropic_stream_overloaded(server: LoopbackServer) -> None:
    """An Anthropic stream that sends text, then `event: error` overloaded_error (HTTP 200)."""
    server.set(
        Reply(
            status=200,
            headers={"content-type": "text/event-stream"},
            chunk_delay=0.01,
            body=[
                b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
                b'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}\n\n',
                b'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}\n\n',
                b'event: error\ndata: {"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}              }\n\n',
            ],
        )
    )
    client = anthropic.Anthropic(
        api_key="sk-ant-test",
        base_url="https://api.anthropic.com",
        max_retries=0,
        http_client=httpx2.Client(transport=Httpx2Loopback(server)),
    )
    with pytest.raises(anthropic.APIStatusError) as caught:
        iterate(
            client.messages.create(
                model="claude",
                max_tokens=8,
                messages=[{"role": "user", "content": "hi"}],
                stream=True,
            )
        )
    _check(
        chaterror.classify(caught.value),
        {
            "kind": "overloaded",
            "retryable": True,
            "status_code": None,
            "code": "overloaded_error",
            "provider": "anthropic",
        },
    )


def _genai(server: LoopbackServer, **kwargs: Any) -> genai.Client:
    return genai.Client(
        api_key="AIzaFAKEFAKEFAKE",
        http_options=genai_types.HttpOptions(
            base_url="https://generativelanguage.googleapis.com/",
            httpx_client=httpx.Client(transport=HttpxLoopback(server, **kwargs)),
        ),
    )


def test_gemini_stream_error_chunk(server: LoopbackServer) -> None:
    """A Gemini stream whose second chunk is an error object (503 overloaded)."""
    server.set(
        Reply(
            status=200,
            headers={"content-type": "text/event-stream"},
            chunk_delay=0.01,
            body=[
                b'data: {"candidates": [{"content": {"parts": [{"text": "Hi"}], "role": "model"}, "index": 0}]}\n\n',
                b'data: {"error": {"code": 503, "message": "The model is overloaded. Please try again later.", "status": "UNAVAILABLE"}}\n\n',
            ],
        )
    )
    with pytest.raises(genai.errors.APIError) as caught:
        iterate(_genai(server).models.generate_content_stream(model="gemini-pro", contents="hi"))
    _check(
        chaterror.classify(caught.value),
        {
            "kind": "overloaded",
            "retryable": True,
            "code": "UNAVAILABLE",
            "provider": "google",
            "status_code": 503,
        },
    )


def test_bedrock_converse_stream_exception_frame(server: LoopbackServer) -> None:
    """botocore converse_stream: a throttlingException event-stream frame mid-stream."""
    frame = event_stream_frame(
        {
            ":message-type": "exception",
            ":exception-type": "throttlingException",
            ":content-type": "application/json",
        },
        b'{"message": "Too many tokens, please wait before trying again."}',
    )
    start = event_stream_frame(
        {
            ":message-type": "event",
            ":event-type": "messageStart",
            ":content-type": "application/json",
        },
        b'{"role": "assistant"}',
    )
    server.set(
        Reply(
            status=200,
            headers={"content-type": "application/vnd.amazon.eventstream"},
            body=[start, frame],
        )
    )
    client = botocore.session.get_session().create_client(
        "bedrock-runtime",
        region_name="us-east-1",
        endpoint_url=server.url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="x",
        config=botocore.config.Config(retries={"max_attempts": 1}),
    )
    with pytest.raises(botocore.exceptions.EventStreamError) as caught:
        iterate(
            client.converse_stream(
                modelId="m", messages=[{"role": "user", "content": [{"text": "hi"}]}]
            )["stream"]
        )
    _check(
        chaterror.classify(caught.value),
        {
            "kind": "rate_limit",
            "retryable": True,
            "code": "throttlingException",
            "provider": "bedrock",
        },
    )


# --- transport failures, for real ---------------------------------------------------------------


def _openai_client(url: str, **transport: Any) -> openai.OpenAI:
    return openai.OpenAI(
        api_key="sk-test",
        base_url=url,
        max_retries=0,
        timeout=0.5,
        http_client=httpx2.Client(transport=httpx2.HTTPTransport(**transport)),
    )


def _chat(client: openai.OpenAI) -> None:
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])


TIMEOUT = {"kind": "timeout", "retryable": True}
ENDPOINT = {"kind": "config", "retryable": False}


def _refused_openai() -> BaseException:
    with pytest.raises(openai.APIConnectionError) as caught:
        _chat(_openai_client(f"http://127.0.0.1:{closed_port()}/v1"))
    return caught.value


def _refused_httpx() -> BaseException:
    with pytest.raises(httpx.ConnectError) as caught:
        httpx.post(f"http://127.0.0.1:{closed_port()}/v1", timeout=1)
    return caught.value


def _refused_requests() -> BaseException:
    with pytest.raises(requests.ConnectionError) as caught:
        requests.post(f"http://127.0.0.1:{closed_port()}/v1", timeout=1)
    return caught.value


def _refused_aiohttp() -> BaseException:
    async def go() -> None:
        try:
            async with aiohttp.ClientSession() as session:
                await session.post(f"http://127.0.0.1:{closed_port()}/v1")
        finally:
            await _settle()

    with pytest.raises(aiohttp.ClientConnectorError) as caught:
        asyncio.run(go())
    return caught.value


def _refused_botocore() -> BaseException:
    client = botocore.session.get_session().create_client(
        "bedrock-runtime",
        region_name="us-east-1",
        endpoint_url=f"http://127.0.0.1:{closed_port()}",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="x",
        config=botocore.config.Config(retries={"max_attempts": 1}, connect_timeout=1),
    )
    with pytest.raises(botocore.exceptions.EndpointConnectionError) as caught:
        client.converse(modelId="m", messages=[{"role": "user", "content": [{"text": "hi"}]}])
    return caught.value


def _refused_anthropic() -> BaseException:
    client = anthropic.Anthropic(
        api_key="sk-ant-test", base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0
    )
    with pytest.raises(anthropic.APIConnectionError) as caught:
        client.messages.create(
            model="c", max_tokens=8, messages=[{"role": "user", "content": "hi"}]
        )
    return caught.value


def _refused_genai() -> BaseException:
    client = genai.Client(
        api_key="AIzaFAKE",
        http_options=genai_types.HttpOptions(base_url=f"http://127.0.0.1:{closed_port()}/"),
    )
    with pytest.raises((httpx.ConnectError, httpx2.ConnectError)) as caught:  # genai prefers httpx2
        client.models.generate_content(model="gemini-pro", contents="hi")
    return caught.value


@pytest.mark.parametrize(
    "make",
    [
        _refused_openai,
        _refused_httpx,
        _refused_requests,
        _refused_aiohttp,
        _refused_botocore,
        _refused_anthropic,
        _refused_genai,
    ],
    ids=lambda f: f.__name__.removeprefix("_"),
)
def test_connection_refused(make: Any) -> None:
    """A closed port: every stack's refusal is a retryable timeout."""
    _check(chaterror.classify(make()), TIMEOUT)


def test_read_timeout_openai(server: LoopbackServer) -> None:
    """A server that never answers, a short client timeout: APITimeoutError is a timeout."""
    server.set(Reply(stall=3.0))
    with pytest.raises(openai.APITimeoutError) as caught:
        _chat(
            openai.OpenAI(
                api_key="sk-test",
                base_url="https://api.openai.com/v1",
                max_retries=0,
                timeout=0.3,
                http_client=httpx2.Client(transport=Httpx2Loopback(server)),
            )
        )
    _check(chaterror.classify(caught.value), {**TIMEOUT, "provider": "openai"})


def test_read_timeout_requests_and_httpx(server: LoopbackServer) -> None:
    """requests and httpx read timeouts against a stalled server."""
    server.set(Reply(stall=3.0))
    with pytest.raises(requests.ReadTimeout) as slow:
        requests.get(f"{server.url}/v1/models", timeout=0.3)
    _check(chaterror.classify(slow.value), TIMEOUT)
    server.set(Reply(stall=3.0))
    with pytest.raises(httpx.ReadTimeout) as slow2:
        httpx.get(f"{server.url}/v1/models", timeout=0.3)
    _check(chaterror.classify(slow2.value), TIMEOUT)


def test_read_timeout_aiohttp(server: LoopbackServer) -> None:
    """aiohttp's total timeout raises a bare asyncio TimeoutError: a retryable timeout."""
    server.set(Reply(stall=3.0))

    async def go() -> None:
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.3)) as session:
                await session.get(f"{server.url}/v1/models")
        finally:
            await _settle()

    with pytest.raises(asyncio.TimeoutError) as caught:
        asyncio.run(go())
    _check(chaterror.classify(caught.value), TIMEOUT)


def test_reset_mid_body(server: LoopbackServer) -> None:
    """The connection is reset halfway through the body: every stack calls it a timeout."""
    body = b'{"id": "chatcmpl", "choices": [' + b" " * 2000 + b"]}"
    server.set(
        Reply(
            status=200,
            headers={"content-type": "application/json", "content-length": str(len(body))},
            body=[body[:100], body[100:]],
            reset_after=100,
        )
    )
    with pytest.raises(openai.APIConnectionError) as caught:
        _chat(
            openai.OpenAI(
                api_key="sk-test",
                base_url="https://api.openai.com/v1",
                max_retries=0,
                http_client=httpx2.Client(transport=Httpx2Loopback(server)),
            )
        )
    _check(chaterror.classify(caught.value), {**TIMEOUT, "provider": "openai"})
    server.set(
        Reply(
            status=200,
            headers={"content-length": str(len(body))},
            body=[body[:100], body[100:]],
            reset_after=100,
        )
    )
    with pytest.raises(requests.exceptions.ChunkedEncodingError) as broken:
        requests.get(f"{server.url}/v1", timeout=5)
    _check(chaterror.classify(broken.value), TIMEOUT)


def test_tls_to_plain_http_port(server: LoopbackServer) -> None:
    """TLS spoken to a plain-HTTP port is a wrong endpoint (config), with endpoint advice."""
    server.set(Reply(status=200, body=b"ok"))
    with pytest.raises(openai.APIConnectionError) as caught:
        _chat(_openai_client(f"https://127.0.0.1:{server.port}/v1"))
    err = chaterror.classify(caught.value)
    _check(err, ENDPOINT)
    assert "endpoint could not be reached" in err.message
    with pytest.raises(requests.exceptions.SSLError) as tls:
        requests.get(f"https://127.0.0.1:{server.port}/", timeout=2)
    _check(chaterror.classify(tls.value), ENDPOINT)


def test_dns_failure_for_an_unresolvable_name() -> None:
    """A name that cannot exist (.invalid) is a wrong endpoint for every stack."""
    with pytest.raises(openai.APIConnectionError) as caught:
        _chat(_openai_client("https://llm.chaterror-test.invalid/v1"))
    _check(chaterror.classify(caught.value), ENDPOINT)
    with pytest.raises(requests.ConnectionError) as req:
        requests.get("https://llm.chaterror-test.invalid/v1", timeout=2)
    _check(chaterror.classify(req.value), ENDPOINT)

    async def go() -> None:
        try:
            async with aiohttp.ClientSession() as session:
                await session.get("https://llm.chaterror-test.invalid/v1")
        finally:
            await _settle()

    with pytest.raises(aiohttp.ClientConnectorError) as aio:
        asyncio.run(go())
    _check(chaterror.classify(aio.value), ENDPOINT)


def test_client_side_cancellation(server: LoopbackServer) -> None:
    """The caller cancels an in-flight request: a generic failure that is not retried."""
    server.set(Reply(stall=3.0))

    async def go() -> BaseException:
        client = openai.AsyncOpenAI(
            api_key="sk-test",
            base_url="https://api.openai.com/v1",
            max_retries=0,
            http_client=httpx2.AsyncClient(transport=AsyncHttpx2Loopback(server)),
        )
        task = asyncio.ensure_future(
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        )
        await asyncio.sleep(0.2)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError as exc:
            return exc
        raise AssertionError("not cancelled")  # pragma: no cover

    err = chaterror.classify(asyncio.run(go()))
    _check(err, {"kind": "generic", "retryable": False})
    assert err.message == "The request was cancelled before it completed."


def test_html_gateway_pages(server: LoopbackServer) -> None:
    """Cloudflare and nginx HTML error pages through the openai SDK and raw httpx."""
    page = b"<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    server.set(Reply(status=504, headers={"content-type": "text/html"}, body=page))
    with pytest.raises(openai.InternalServerError) as caught:
        _chat(
            openai.OpenAI(
                api_key="sk-test",
                base_url="https://api.openai.com/v1",
                max_retries=0,
                http_client=httpx2.Client(transport=Httpx2Loopback(server)),
            )
        )
    _check(
        chaterror.classify(caught.value),
        {**TIMEOUT, "status_code": 504, "detail": "504 Gateway Time-out"},
    )
    server.set(Reply(status=524, headers={"content-type": "text/plain"}, body=b"error code: 524"))
    with (
        httpx.Client(transport=HttpxLoopback(server)) as client,
        pytest.raises(httpx.HTTPStatusError) as raw,
    ):
        client.post("https://api.anthropic.com/v1/messages").raise_for_status()
    _check(chaterror.classify(raw.value), {**TIMEOUT, "status_code": 524, "provider": "anthropic"})
