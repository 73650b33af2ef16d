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


def held(case: dict[str, Any]) -> Any:
    """Return what the application holds for ``case``: an exception, a response or text."""
    data = case["input"]
    kind = data["type"]
    if kind == "text":
        return data["text"]
    if kind == "sdk":
        return _botocore(
            data.get("operation", "Converse"),
            data["status"],
            {
                **data.get("headers", {}),
                "x-amzn-ErrorType": f"{data['error_code']}:http://internal.amazon.com/coral/",
            },
            json.dumps({"message": data["message"]}),
            stream=False,
        )
    provider = case.get("provider")
    url = data.get("url") or _DEFAULT_URLS.get(provider or "", _DEFAULT_URLS["openai"])
    status, headers, body = data["status"], data.get("headers", {}), data["body"]
    stream = kind == "stream"
    if stream:
        body = _as_sse(body)
    host = urlsplit(url).hostname or ""
    if provider == "anthropic" or host == "api.anthropic.com":
        return _anthropic(url, status, headers, body, stream=stream)
    if provider == "google" or host.endswith("googleapis.com"):
        return _google(url, status, headers, body, stream=stream)
    if (provider == "bedrock" and "/model/" in url) or (
        provider == "bedrock" and not data.get("url")
    ):
        return _botocore("Converse", status, headers, body, stream=stream)
    if provider in _OPENAI_COMPATIBLE or provider is None:
        return _openai(provider, url, status, headers, body, stream=stream)
    return _raw_httpx(url, status, headers, body)


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
    provider: str | None, url: str, status: int, headers: dict[str, str], body: str, *, stream: bool
) -> Any:
    http_client = httpx2.Client(transport=httpx2.MockTransport(_replies(status, headers, body)))
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


def _anthropic(url: str, status: int, headers: dict[str, str], body: str, *, stream: bool) -> Any:
    parts = urlsplit(url)
    client = anthropic.Anthropic(
        base_url=f"{parts.scheme}://{parts.netloc}",
        max_retries=0,
        http_client=httpx2.Client(transport=httpx2.MockTransport(_replies(status, headers, body))),
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


def _google(url: str, status: int, headers: dict[str, str], body: str, *, stream: bool) -> Any:
    parts = urlsplit(url)

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=body.encode(), request=request)

    client = genai.Client(
        api_key="AIzaFAKEFAKEFAKE",
        http_options=genai_types.HttpOptions(
            base_url=f"{parts.scheme}://{parts.netloc}/",
            httpx_client=httpx.Client(transport=httpx.MockTransport(reply)),
        ),
    )
    if stream:
        return _capture(
            lambda: _drain(client.models.generate_content_stream(model="gemini-pro", contents="hi"))
        )
    return _capture(lambda: client.models.generate_content(model="gemini-pro", contents="hi"))


def _botocore(
    operation: str, status: int, headers: dict[str, str], body: str, *, stream: bool
) -> Any:
    session = botocore.session.get_session()
    client = session.create_client(
        "bedrock-runtime",
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="not-a-secret",
        config=botocore.config.Config(retries={"max_attempts": 1, "mode": "standard"}),
    )

    def send(request: Any, **_: Any) -> AWSResponse:
        raw = _RawBody(body.encode())
        return AWSResponse(request.url, status, headers, raw)

    client.meta.events.register("before-send.bedrock-runtime.*", send)
    message = [{"role": "user", "content": [{"text": "hi"}]}]
    method = {
        "Converse": lambda: client.converse(modelId="m", messages=message),
        "ConverseStream": lambda: client.converse_stream(modelId="m", messages=message),
        "InvokeModel": lambda: client.invoke_model(modelId="m", body=b"{}"),
    }.get(operation, lambda: client.converse(modelId="m", messages=message))
    return _capture(method)


class _RawBody:
    """The urllib3-like raw response botocore reads a body from."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._data

    def read(self, *_: Any) -> bytes:
        data, self._data = self._data, b""
        return data


def _raw_httpx(url: str, status: int, headers: dict[str, str], body: str) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=body.encode(), request=request)

    with httpx.Client(transport=httpx.MockTransport(reply)) as client:
        return _capture(lambda: client.post(url, json={}).raise_for_status())
