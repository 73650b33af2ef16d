"""A real HTTP server on 127.0.0.1 that fails like the providers do (standard library only).

The server answers every request with the current :class:`Reply`: a status, headers and a body
(JSON, text, an HTML page), a stream of chunks that fails midway, a stall that never answers, or
a connection reset in the middle of the body. It records what it received, Host header included.
Point a real client at :attr:`LoopbackServer.url` (``base_url=server.url``) and it meets the
failure over a real socket, through its own HTTP stack and retry logic.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

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
                # A client that gave up first (its own timeout under test) has no one to answer.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
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

    def fail(
        self,
        provider: str,
        kind: str,
        *,
        retry_after: float | None = None,
        times: int | None = None,
    ) -> None:
        """Answer with the ``provider`` × ``kind`` failure of
        :func:`chaterror.testing.provider_error` (see :func:`failure_reply`): for good, or
        ``times`` times and then with :func:`success_reply` for ``provider``. A timeout has no
        response to send: ``ValueError`` says to use ``set(Reply(stall=...))`` and the like."""
        failure = failure_reply(provider, kind, retry_after=retry_after)
        if times is None:
            self.set(failure)
        else:
            self.set_sequence(*[failure] * times, success_reply(provider))

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

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


def failure_reply(provider: str, kind: str, *, retry_after: float | None = None) -> Reply:
    """The ``provider`` × ``kind`` failure :func:`chaterror.testing.provider_error` replays, as a
    reply: status, headers and body (a stream's events in chunks; Bedrock's error type in
    ``x-amzn-ErrorType``), whether recorded, carried by a log line or documented. Raises
    ``ValueError`` naming what to use instead for a pair with no response to send (a timeout,
    a first-chunk deadline), ``KeyError`` for a pair
    :func:`chaterror.testing.provider_kinds` lacks."""
    import json

    from chaterror.testing._factories import response_case
    from chaterror.testing._replay import _as_sse, recorded_headers

    data = response_case(provider, kind)["input"]
    headers = recorded_headers(dict(data.get("headers", {})))
    if retry_after is not None:
        headers = {k: v for k, v in headers.items() if k.lower() != "retry-after"}
        headers["retry-after"] = f"{retry_after:g}"
    if data["type"] == "sdk":
        headers["x-amzn-ErrorType"] = f"{data['error_code']}:http://internal.amazon.com/coral/"
        headers.setdefault("content-type", "application/json")
        return Reply(data["status"], headers, json.dumps({"message": data["message"]}).encode())
    body = str(data["body"])
    if data["type"] == "stream":
        body = _as_sse(body)
        headers.setdefault("content-type", "text/event-stream")
        return Reply(
            data["status"], headers, [p.encode() + b"\n\n" for p in body.split("\n\n") if p]
        )
    return Reply(data["status"], headers, body.encode("utf-8", "surrogatepass"))


#: A minimal successful reply per API shape, for "fail, then succeed" sequences.
_SUCCESS = {
    "anthropic": {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-x",
        "content": [{"type": "text", "text": "ok"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    },
    "openai": {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "ok"},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    },
}


def success_reply(provider: str = "openai") -> Reply:
    """A 200 whose body is a one-word answer: an Anthropic message for ``"anthropic"``, an
    OpenAI chat completion for any other provider."""
    import json

    body = _SUCCESS["anthropic" if provider == "anthropic" else "openai"]
    return Reply(200, {"content-type": "application/json"}, json.dumps(body).encode())
