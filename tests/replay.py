"""Turn a recorded fixture case into what an application really holds when the call fails.

An ``http`` or ``stream`` case is replayed to the real SDK client (openai, anthropic,
google-genai, botocore) through an in-memory transport that answers with the recorded status,
headers and body; the SDK parses it and raises exactly as it would in production, and we hand
that exception to classify. Where the SDK raises nothing (a blocked Gemini response is a
successful call), the response object is what the app holds. Providers without an SDK among the
test dependencies get an ``httpx.HTTPStatusError`` from ``raise_for_status()``. An ``sdk`` case
(botocore) goes through botocore's real parser too, via its ``before-send`` hook. A ``text`` case
is the string itself.

Requests keep the recorded URL, so provider detection from the host works as it does for users;
a case recorded without a URL gets the provider's usual endpoint.

Two wires carry the recorded response: :class:`InMemory` (the SDK's HTTP client gets a mock
transport; botocore a ``before-send`` hook) and :class:`Loopback` (a real HTTP server on
127.0.0.1, see ``loopback.py``), used by the end-to-end tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import anthropic
import botocore.session
import httpx
import httpx2
import openai
from botocore.awsrequest import AWSResponse
from google import genai
from google.genai import types as genai_types

_OPENAI_COMPATIBLE = {
    "openai",
    "azure",
    "openrouter",
    "groq",
    "deepseek",
    "xai",
    "mistral",
    "perplexity",
    "together",
    "fireworks",
    "vllm",
    "llamacpp",
    "cerebras",
    "moonshot",
    "openai-compat",
    "lmstudio",
    "vercel",
}
_DEFAULT_URLS = {
    "anthropic": "https://api.anthropic.com/v1/messages",
    "google": "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent",
    "llamacpp": "http://localhost:8080/v1/chat/completions",
    "vllm": "http://localhost:8000/v1/chat/completions",
    "ollama": "http://localhost:11434/api/chat",
    "openai": "https://api.openai.com/v1/chat/completions",
}
_FAKE_KEYS = {"api_key": "sk-test-0000000000000000"}


class NoError(Exception):
    """The SDK accepted the recorded response without raising and returned nothing to hold."""


class InMemory:
    """Answer from memory: mock transports and botocore's before-send hook."""

    def httpx2(self, status: int, headers: dict[str, str], body: str) -> httpx2.Client:
        return httpx2.Client(transport=httpx2.MockTransport(_replies(status, headers, body)))

    def httpx(self, status: int, headers: dict[str, str], body: str) -> httpx.Client:
        def reply(request: httpx.Request) -> httpx.Response:
            return httpx.Response(status, headers=headers, content=body.encode(), request=request)

        return httpx.Client(transport=httpx.MockTransport(reply))

    def botocore(self, status: int, headers: dict[str, str], body: str) -> dict[str, Any]:
        def send(request: Any, **_: Any) -> AWSResponse:
            return AWSResponse(request.url, status, headers, _RawBody(body.encode()))

        return {"hook": send}


class Loopback:
    """Answer over a real socket from the loopback server, the provider's URL kept."""

    def __init__(self, server: Any) -> None:
        self.server = server

    def _set(self, status: int, headers: dict[str, str], body: str) -> None:
        from loopback import Reply

        headers = recorded_headers(headers)
        chunks: bytes | list[bytes] = body.encode()
        if "event-stream" in " ".join(headers.values()) or body.startswith(("data:", "event:")):
            chunks = [part.encode() + b"\n\n" for part in body.split("\n\n") if part]
            headers = {**headers, "content-type": headers.get("content-type", "text/event-stream")}
        self.server.set(Reply(status=status, headers=headers, body=chunks))

    def httpx2(self, status: int, headers: dict[str, str], body: str) -> httpx2.Client:
        from loopback import Httpx2Loopback

        self._set(status, headers, body)
        return httpx2.Client(transport=Httpx2Loopback(self.server))

    def httpx(self, status: int, headers: dict[str, str], body: str) -> httpx.Client:
        from loopback import HttpxLoopback

        self._set(status, headers, body)
        return httpx.Client(transport=HttpxLoopback(self.server))

    def botocore(self, status: int, headers: dict[str, str], body: str) -> dict[str, Any]:
        self._set(status, headers, body)
        return {"endpoint_url": self.server.url}


_FRAMING = frozenset({"content-length", "transfer-encoding", "connection", "content-encoding"})


def recorded_headers(headers: dict[str, str]) -> dict[str, str]:
    """A recording's headers without its framing: those described the original connection (the
    recorded body is already decoded and whole), not the replayed one."""
    return {k: v for k, v in headers.items() if k.lower() not in _FRAMING}


def held(case: dict[str, Any], wire: InMemory | Loopback | None = None) -> Any:
    """Return what the application holds for ``case``: an exception, a response or text."""
    wire = wire or InMemory()
    data = case["input"]
    kind = data["type"]
    if kind == "text":
        return data["text"]
    if kind == "sdk":
        return _botocore(
            wire,
            data.get("operation", "Converse"),
            data["status"],
            {
                **data.get("headers", {}),
                "x-amzn-ErrorType": f"{data['error_code']}:http://internal.amazon.com/coral/",
            },
            json.dumps({"message": data["message"]}),
        )
    provider = case.get("provider")
    url = data.get("url") or _DEFAULT_URLS.get(provider or "", _DEFAULT_URLS["openai"])
    status, headers, body = data["status"], recorded_headers(data.get("headers", {})), data["body"]
    stream = kind == "stream"
    if stream:
        body = _as_sse(body)
    host = urlsplit(url).hostname or ""
    if provider == "anthropic" or host == "api.anthropic.com":
        return _anthropic(wire, url, status, headers, body, stream=stream)
    if provider == "google" or host.endswith("googleapis.com"):
        return _google(wire, url, status, headers, body, stream=stream)
    if (provider == "bedrock" and "/model/" in url) or (
        provider == "bedrock" and not data.get("url")
    ):
        return _botocore(wire, "ConverseStream" if stream else "Converse", status, headers, body)
    if provider in _OPENAI_COMPATIBLE or provider is None:
        return _openai(wire, provider, url, status, headers, body, stream=stream)
    return _raw_httpx(wire, url, status, headers, body)


def _as_sse(body: str) -> str:
    """Frame a recording of bare JSON chunks (one per line, as test servers store them) as the
    Server-Sent Events the provider sent; an SSE recording is returned unchanged."""
    lines = [line for line in body.splitlines() if line.strip()]
    if not lines or not all(line.lstrip().startswith("{") for line in lines):
        return body
    return "".join(f"data: {line}\n\n" for line in lines)


def _capture(call: Callable[[], Any]) -> Any:
    try:
        result = call()
    except Exception as exc:  # what the app's except clause receives
        return exc
    if result is None:
        raise NoError("the SDK returned nothing")
    return result


def _replies(status: int, headers: dict[str, str], body: str) -> Callable[[Any], Any]:
    def reply(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, headers=headers, content=body.encode(), request=request)

    return reply


def _openai(
    wire: InMemory | Loopback,
    provider: str | None,
    url: str,
    status: int,
    headers: dict[str, str],
    body: str,
    *,
    stream: bool,
) -> Any:
    http_client = wire.httpx2(status, headers, body)
    parts = urlsplit(url)
    path = parts.path
    marker = next((m for m in ("/chat/completions", "/responses", "/embeddings") if m in path), "")
    base = f"{parts.scheme}://{parts.netloc}{path[: path.index(marker)] if marker else '/v1'}"
    client: openai.OpenAI
    if provider == "azure" or parts.netloc.endswith(".azure.com"):
        client = openai.AzureOpenAI(
            azure_endpoint=f"{parts.scheme}://{parts.netloc}",
            api_version="2024-10-21",
            max_retries=0,
            http_client=http_client,
            **_FAKE_KEYS,
        )
    else:
        client = openai.OpenAI(base_url=base, max_retries=0, http_client=http_client, **_FAKE_KEYS)
    if marker == "/embeddings":
        return _capture(lambda: client.embeddings.create(model="m", input="hi"))
    if marker == "/responses":
        if stream:
            return _capture(
                lambda: _drain(client.responses.create(model="m", input="hi", stream=True))
            )
        return _capture(lambda: client.responses.create(model="m", input="hi"))
    messages = [{"role": "user", "content": "hi"}]
    if stream:
        return _capture(
            lambda: _drain(
                client.chat.completions.create(model="m", messages=messages, stream=True)
            )  # type: ignore[arg-type]
        )
    return _capture(lambda: client.chat.completions.create(model="m", messages=messages))  # type: ignore[arg-type]


def _drain(chunks: Iterator[Any]) -> Any:
    """Consume a stream as an app would; return its last chunk (where a block shows)."""
    last = None
    for chunk in chunks:
        last = chunk
    return last


def _anthropic(
    wire: InMemory | Loopback,
    url: str,
    status: int,
    headers: dict[str, str],
    body: str,
    *,
    stream: bool,
) -> Any:
    parts = urlsplit(url)
    client = anthropic.Anthropic(
        base_url=f"{parts.scheme}://{parts.netloc}",
        max_retries=0,
        http_client=wire.httpx2(status, headers, body),
        api_key="sk-ant-test-000000000000",
    )
    request = {
        "model": "claude-x",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "hi"}],
    }
    if stream:
        return _capture(lambda: _drain(client.messages.create(stream=True, **request)))  # type: ignore[arg-type]
    return _capture(lambda: client.messages.create(**request))  # type: ignore[arg-type]


def _google(
    wire: InMemory | Loopback,
    url: str,
    status: int,
    headers: dict[str, str],
    body: str,
    *,
    stream: bool,
) -> Any:
    parts = urlsplit(url)
    client = genai.Client(
        api_key="AIzaFAKEFAKEFAKE",
        http_options=genai_types.HttpOptions(
            base_url=f"{parts.scheme}://{parts.netloc}/",
            httpx_client=wire.httpx(status, headers, body),
        ),
    )
    if stream:
        return _capture(
            lambda: _drain(client.models.generate_content_stream(model="gemini-pro", contents="hi"))
        )
    return _capture(lambda: client.models.generate_content(model="gemini-pro", contents="hi"))


def _botocore(
    wire: InMemory | Loopback, operation: str, status: int, headers: dict[str, str], body: str
) -> Any:
    how = wire.botocore(status, headers, body)
    session = botocore.session.get_session()
    client = session.create_client(
        "bedrock-runtime",
        region_name="us-east-1",
        endpoint_url=how.get("endpoint_url"),
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="not-a-secret",
        config=botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}),
    )
    if "hook" in how:
        client.meta.events.register("before-send.bedrock-runtime.*", how["hook"])
    message = [{"role": "user", "content": [{"text": "hi"}]}]
    if operation == "ConverseStream":
        return _capture(
            lambda: _drain(client.converse_stream(modelId="m", messages=message)["stream"])
        )
    if operation == "InvokeModel":
        return _capture(lambda: client.invoke_model(modelId="m", body=b"{}"))
    return _capture(lambda: client.converse(modelId="m", messages=message))


class _RawBody:
    """The urllib3-like raw response botocore reads a body from."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._data

    def read(self, *_: Any) -> bytes:
        data, self._data = self._data, b""
        return data


def _raw_httpx(
    wire: InMemory | Loopback, url: str, status: int, headers: dict[str, str], body: str
) -> Any:
    with wire.httpx(status, headers, body) as client:
        return _capture(lambda: client.post(url, json={}).raise_for_status())
