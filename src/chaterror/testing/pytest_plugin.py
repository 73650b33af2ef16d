"""pytest plugin: the ``chaterror_server`` fixture, a loopback provider server.

Registered through the ``pytest11`` entry point, so installing chaterror makes the fixture
available; it does nothing unless a test asks for it (no hooks, no options, nothing imported
beyond the standard library and chaterror). Without the entry point (``-p no:chaterror``), add
``pytest_plugins = ["chaterror.testing.pytest_plugin"]`` to a ``conftest.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chaterror.testing._loopback import LoopbackServer


@pytest.fixture
def chaterror_server() -> Iterator[LoopbackServer]:
    """A real HTTP server on 127.0.0.1 that fails like a provider: point the client's
    ``base_url`` at ``chaterror_server.url``, then ``chaterror_server.fail("openai",
    "usage_limit")`` (or ``times=2`` to fail twice, then answer)."""
    server = LoopbackServer()
    try:
        yield server
    finally:
        server.close()
