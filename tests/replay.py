"""Turn a recorded fixture case into what an application really holds when the call fails.

The builders are the package's own (``chaterror.testing._replay``, the same ones
``chaterror.testing.provider_error`` uses); this module adds the second wire the end-to-end tests
use: :class:`Loopback`, a real HTTP server on 127.0.0.1 (see ``loopback.py``) answering with the
recorded response, the provider's URL kept.
"""

from __future__ import annotations

from typing import Any

from chaterror.testing._replay import (
    InMemory,
    NoError,
    held,
    recorded_headers,
    without_redacted_url,
)

__all__ = ["InMemory", "Loopback", "NoError", "held", "recorded_headers", "without_redacted_url"]


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

    def http_client(
        self, httpx_module: Any, status: int, headers: dict[str, str], body: str
    ) -> Any:
        from loopback import Httpx2Loopback, HttpxLoopback

        self._set(status, headers, body)
        transport = Httpx2Loopback if httpx_module.__name__ == "httpx2" else HttpxLoopback
        return httpx_module.Client(transport=transport(self.server))

    def botocore(self, status: int, headers: dict[str, str], body: str) -> dict[str, Any]:
        self._set(status, headers, body)
        return {"endpoint_url": self.server.url}
