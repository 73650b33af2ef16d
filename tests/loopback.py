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
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import httpx2
import requests
import requests.adapters

#: How long a stalled reply waits at most before giving up (tests use far shorter client timeouts).
STALL_LIMIT = 5.0


@dataclass
class Reply:
    """What the server sends next."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    #: The body, or a list of chunks written (and flushed) one after another.
    body: bytes | list[bytes] = b""
    #: Seconds to wait before answering at all (a stalled provider).
    stall: float = 0.0
    #: Close the connection with a TCP reset after this many body bytes.
    reset_after: int | None = None
    #: Seconds between chunks of a streamed body.
    chunk_delay: float = 0.0
    #: Seconds of silence after the headers, before the first body byte (a stalled stream).
    first_chunk_delay: float = 0.0


@dataclass
class Received:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with a random port."""

    def __init__(self) -> None:
        self.reply = Reply()
        #: Replies for the next requests, in order; then ``reply`` again.
        self.queue: list[Reply] = []
        self.received: list[Received] = []
        self._stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                server.received.append(Received(self.command, self.path, dict(self.headers)))
                server._answer(self, server.queue.pop(0) if server.queue else server.reply)

            do_GET = do_POST = do_PUT = _handle  # noqa: N815 - http.server's names

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def _answer(self, handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        if reply.stall and self._stop.wait(min(reply.stall, STALL_LIMIT)):
            return
        chunks = reply.body if isinstance(reply.body, list) else [reply.body]
        handler.send_response_only(reply.status)
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        framed = any(name.lower() == "content-length" for name in reply.headers)
        if not isinstance(reply.body, list) and reply.reset_after is None and not framed:
            handler.send_header("Content-Length", str(len(reply.body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.flush()
        if reply.first_chunk_delay and self._stop.wait(min(reply.first_chunk_delay, STALL_LIMIT)):
            return
        sent = 0
        for chunk in chunks:
            if reply.reset_after is not None and sent + len(chunk) > reply.reset_after:
                handler.wfile.write(chunk[: reply.reset_after - sent])
                handler.wfile.flush()
                _reset(handler.connection)
                return
            handler.wfile.write(chunk)
            handler.wfile.flush()
            sent += len(chunk)
            if reply.chunk_delay:
                time.sleep(reply.chunk_delay)
        handler.close_connection = True

    def set(self, reply: Reply) -> None:
        """Answer the next requests with ``reply``."""
        self.reply = reply
        self.received.clear()

    def set_sequence(self, *replies: Reply) -> None:
        """Answer the next requests with ``replies`` in order, then the last one for good."""
        self.reply = replies[-1]
        self.queue = list(replies[:-1])
        self.received.clear()

    def close(self) -> None:
        """Stop serving; stalled replies give up at once."""
        self._stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN, as a crashed proxy does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


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
