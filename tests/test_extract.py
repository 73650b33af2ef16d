"""Reading inputs by shape: bounded, guarded, never doing I/O."""

from __future__ import annotations

from typing import Any

import httpx

from chaterror._extract import SCAN_LIMIT, gather


def test_chain_is_bounded() -> None:
    """A chain of a thousand causes is read up to its bound."""
    top = ValueError("0")
    exc = top
    for i in range(1, 1000):
        exc.__cause__ = ValueError(str(i))
        exc = exc.__cause__
    facts = gather(top)
    assert 1 <= len(facts.modules) <= 16


def test_suppressed_context_is_skipped() -> None:
    """`raise X from None` hides the context, as Python's traceback does."""
    try:
        try:
            raise ConnectionResetError(104, "reset")
        except ConnectionResetError:
            raise ValueError("clean") from None
    except ValueError as exc:
        facts = gather(exc)
    assert "ConnectionResetError" not in facts.classes


def test_text_is_bounded() -> None:
    """No more than the scan limit of text is kept, whatever the input's size."""
    facts = gather("x" * (10 * SCAN_LIMIT))
    assert sum(map(len, facts.texts)) <= SCAN_LIMIT


class _HostileHeaders:
    def items(self) -> Any:
        yield ("retry-after", "3")
        raise RuntimeError("broken mapping")


def test_hostile_headers_keep_what_was_read() -> None:
    """A header mapping that raises midway keeps the headers read before."""
    exc = Exception("x")
    exc.headers = _HostileHeaders()  # type: ignore[attr-defined]
    assert gather(exc).headers == {"retry-after": "3"}


def test_unread_stream_is_not_read() -> None:
    """A streaming response whose body was never read is classified without reading it."""
    response = httpx.Response(
        503,
        stream=httpx.ByteStream(b"never read"),
        request=httpx.Request("GET", "https://api.x.ai/v1/chat"),
    )
    facts = gather(response)
    assert (facts.status, facts.host, facts.bodies, facts.texts) == (503, "api.x.ai", [], [])
    assert not response.is_stream_consumed


def test_request_url_and_ids() -> None:
    """The request URL's host and port, and the request id header, are read."""
    exc = Exception("boom")
    exc.request = httpx.Request("POST", "http://localhost:11434/api/chat")  # type: ignore[attr-defined]
    exc.headers = {"x-request-id": "req_42"}  # type: ignore[attr-defined]
    facts = gather(exc)
    assert (facts.host, facts.port, facts.request_id) == ("localhost", 11434, "req_42")


def test_a_message_inside_the_exception_text_is_scanned_once() -> None:
    """The body's message is part of the SDK's str(exc): the scan reads it once, and a piece
    not inside an earlier one is kept."""
    facts = gather(Exception("Error code: 400 - {'error': {'message': 'Bad tool turn'}}"))
    facts.add_text("Bad tool turn")
    facts.add_text("another piece", detail=False)
    assert facts.scan_text() == (
        "Error code: 400 - {'error': {'message': 'Bad tool turn'}}\nanother piece"
    )


def _response(status: str, reason: str | None) -> Any:
    from types import SimpleNamespace

    details = None if reason is None else SimpleNamespace(reason=reason)
    return SimpleNamespace(id="resp_1", status=status, incomplete_details=details)


def test_an_incomplete_response_names_its_reason() -> None:
    """A Responses API response (or the event holding it) that stopped short carries its
    incomplete_details.reason as its code: a filter's is a content filter; an answer cut at its
    own cap, handed over as the response itself, is no failure by itself (as a completion's
    finish_reason "length"), but says why; a completed response carries none."""
    from types import SimpleNamespace

    from chaterror import Kind, classify

    capped = SimpleNamespace(
        type="response.incomplete", response=_response("incomplete", "max_output_tokens")
    )
    found = classify(capped)
    assert (found.kind, found.code) == (Kind.GENERIC, "max_output_tokens")
    assert classify(_response("incomplete", "content_filter")).kind is Kind.CONTENT_FILTER
    assert gather(_response("completed", None)).codes == []
    assert gather(_response("completed", "max_output_tokens")).codes == []
