"""A real HTTP server on 127.0.0.1 that fails like the providers do, and transports that send a
real client's requests to it while keeping the provider's URL.

The server answers every request with the current :class:`Reply`: a status, headers and a body
(JSON, text, an HTML page), a stream of chunks that fails midway, a stall that never answers, or
a connection reset in the middle of the body. It records what it received, Host header included.

Clients keep talking to the provider's real URL (``https://openrouter.ai/api/v1``): a transport
sends the bytes to the loopback server instead, so the exception the SDK raises carries the
provider's URL and provider detection from the host works as it does in production. httpx and
httpx2 get a transport that rewrites the destination; requests gets an adapter; aiohttp gets a
resolver that resolves every name to the loopback server. botocore is pointed at the server's
URL directly (its errors do not carry the URL).
"""

from __future__ import annotations

import socket
import struct
import zlib
from collections.abc import Iterator
from typing import Any

import httpx
import httpx2
import requests
import requests.adapters

from chaterror.testing._loopback import (
    STALL_LIMIT,
    LoopbackServer,
    Received,
    Reply,
    closed_port,
)

__all__ = ["STALL_LIMIT", "LoopbackServer", "Received", "Reply", "closed_port"]


def _to_loopback(request: Any, server: LoopbackServer) -> Any:
    """A copy of an httpx/httpx2 request addressed to the loopback server, Host header kept."""
    url = request.url
    path = url.raw_path.decode("ascii") if isinstance(url.raw_path, bytes) else url.raw_path
    return type(request)(
        request.method,
        f"{server.url}{path}",
        headers=request.headers,
        content=request.content,
        extensions=request.extensions,
    )


class HttpxLoopback(httpx.HTTPTransport):
    """An httpx transport that sends every request to the loopback server, Host kept."""

    def __init__(self, server: LoopbackServer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return super().handle_request(_to_loopback(request, self._server))


class Httpx2Loopback(httpx2.HTTPTransport):
    """The same for httpx2 (openai and anthropic's transport)."""

    def __init__(self, server: LoopbackServer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._server = server

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return super().handle_request(_to_loopback(request, self._server))


class AsyncHttpx2Loopback(httpx2.AsyncHTTPTransport):
    """The same for httpx2's async client."""

    def __init__(self, server: LoopbackServer, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._server = server

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return await super().handle_async_request(_to_loopback(request, self._server))


class RequestsLoopback(requests.adapters.HTTPAdapter):
    """A requests adapter that sends to the loopback server and reports the original URL."""

    def __init__(self, server: LoopbackServer) -> None:
        super().__init__(max_retries=0)
        self._server = server

    def send(
        self, request: requests.PreparedRequest, *args: Any, **kwargs: Any
    ) -> requests.Response:
        original = request.url or ""
        wire = request.copy()
        path = original.split("://", 1)[-1]
        wire.url = self._server.url + path[path.find("/") :] if "/" in path else self._server.url
        wire.headers["Host"] = original.split("://", 1)[-1].split("/", 1)[0]
        response = super().send(wire, *args, **kwargs)
        response.url = original
        response.request = request
        return response


def aiohttp_resolver(server: LoopbackServer) -> Any:
    """An aiohttp resolver that resolves every name to the loopback server (its port too)."""
    import aiohttp.abc

    class Resolver(aiohttp.abc.AbstractResolver):
        async def resolve(
            self, host: str, port: int = 0, family: int = socket.AF_INET
        ) -> list[Any]:
            return [
                {
                    "hostname": host,
                    "host": "127.0.0.1",
                    "port": server.port,
                    "family": socket.AF_INET,
                    "proto": 0,
                    "flags": 0,
                }
            ]

        async def close(self) -> None:
            pass

    return Resolver()


def event_stream_frame(headers: dict[str, str], payload: bytes) -> bytes:
    """One AWS event-stream message (Bedrock's ConverseStream framing): prelude with CRC,
    string headers, payload, message CRC."""
    encoded = b"".join(
        struct.pack("B", len(name))
        + name.encode()
        + b"\x07"
        + struct.pack(">H", len(value))
        + value.encode()
        for name, value in headers.items()
    )
    total = 12 + len(encoded) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + encoded + payload
    return message + struct.pack(">I", zlib.crc32(message))


def sse(*events: str) -> list[bytes]:
    """Server-Sent-Events chunks, one event each."""
    return [event.encode() for event in events]


def iterate(chunks: Iterator[Any]) -> Any:
    """Consume a stream; return its last chunk."""
    last = None
    for chunk in chunks:
        last = chunk
    return last


class Rerouter:
    """Send every request a library makes itself (httpx, httpx2, requests; sync and async) to the
    loopback server, the provider's URL and ``Host`` kept.

    For wrapper libraries (LiteLLM, pydantic-ai, LangChain, the agent SDKs) that build their HTTP
    clients deep inside and offer no transport hook: the transport *classes* are patched for the
    duration of a test, so the library's own client still does everything but open the socket.
    ``refuse`` sends to a closed port instead (a real connection refused); ``read_timeout`` gives
    every request a short read timeout (a stalled reply then times out for real, in the library's
    own transport).
    """

    def __init__(self, server: LoopbackServer, monkeypatch: Any) -> None:
        self.server = server
        self.refuse = False
        self.read_timeout: float | None = None
        self._closed = f"http://127.0.0.1:{closed_port()}"
        for module in (httpx, httpx2):
            self._patch_sync(monkeypatch, module.HTTPTransport)
            self._patch_async(monkeypatch, module.AsyncHTTPTransport)
        self._patch_requests(monkeypatch)

    def _destination(self) -> str:
        return self._closed if self.refuse else self.server.url

    def _wire(self, request: Any) -> Any:
        url = request.url
        path = url.raw_path.decode("ascii") if isinstance(url.raw_path, bytes) else url.raw_path
        extensions = dict(request.extensions)
        if self.read_timeout is not None:
            extensions["timeout"] = {
                "connect": 2.0,
                "read": self.read_timeout,
                "write": 2.0,
                "pool": 2.0,
            }
        try:
            content = request.content
        except Exception:  # a streamed request body: read it first
            content = request.read()
        return type(request)(
            request.method,
            f"{self._destination()}{path}",
            headers=request.headers,
            content=content,
            extensions=extensions,
        )

    def _patch_sync(self, monkeypatch: Any, cls: Any) -> None:
        original = cls.handle_request
        rerouter = self

        def handle_request(transport: Any, request: Any) -> Any:
            if _is_loopback(request.url.host):
                return original(transport, request)
            try:
                response = original(transport, rerouter._wire(request))
            except (httpx.TransportError, httpx2.TransportError) as exc:
                exc.request = request  # the failure names the provider's URL, as in production
                raise
            response.request = request
            return response

        monkeypatch.setattr(cls, "handle_request", handle_request)

    def _patch_async(self, monkeypatch: Any, cls: Any) -> None:
        original = cls.handle_async_request
        rerouter = self

        async def handle_async_request(transport: Any, request: Any) -> Any:
            if _is_loopback(request.url.host):
                return await original(transport, request)
            try:
                response = await original(transport, rerouter._wire(request))
            except (httpx.TransportError, httpx2.TransportError) as exc:
                exc.request = request
                raise
            response.request = request
            return response

        monkeypatch.setattr(cls, "handle_async_request", handle_async_request)

    def _patch_requests(self, monkeypatch: Any) -> None:
        original = requests.adapters.HTTPAdapter.send
        rerouter = self

        def send(adapter: Any, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
            target = request.url or ""
            host = target.split("://", 1)[-1].split("/", 1)[0]
            if _is_loopback(host.rsplit(":", 1)[0]):
                return original(adapter, request, *args, **kwargs)
            wire = request.copy()
            path = target.split("://", 1)[-1]
            wire.url = rerouter._destination() + (path[path.find("/") :] if "/" in path else "")
            wire.headers["Host"] = host
            if rerouter.read_timeout is not None:
                kwargs["timeout"] = (2.0, rerouter.read_timeout)
            try:
                response = original(adapter, wire, *args, **kwargs)
            except requests.RequestException as exc:
                exc.request = request  # the failure names the provider's URL, as in production
                raise
            response.url = target
            response.request = request
            return response

        monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)


def _is_loopback(host: str) -> bool:
    return host in ("127.0.0.1", "::1")
