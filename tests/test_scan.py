"""Trigger gating never hides a match: gated scanning finds exactly what running every pattern
finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chaterror import signals
from chaterror._scan import Gated, GatedTable, Scan
from chaterror.testing.strategies import error_texts
from corpus import load_cases

_TEXTS = [c["input"].get("text") or c["input"].get("body") or "" for c in load_cases()]


def _ungated(text: str) -> list[int]:
    lowered = Scan(text).lower  # the text every pattern reads (lower-cased, %20 decoded)
    return [i for i, g in enumerate(signals._PHRASE_TABLE.entries) if g.regex.search(lowered)]


def _gated(text: str) -> list[int]:
    return [i for i, _ in signals._PHRASE_TABLE.matches(Scan(text))]


def test_gating_is_exact_on_every_fixture() -> None:
    """On every real error text, gating finds the same phrases as running them all."""
    assert [t[:80] for t in _TEXTS if _gated(t) != _ungated(t)] == []


@given(
    st.one_of(
        error_texts(),
        st.lists(st.sampled_from(sorted(Gated.__init__.__globals__["_TRIGGERS"])), max_size=6).map(
            "".join
        ),
    )
)
def test_gating_is_exact_on_any_text(text: str) -> None:
    """Including texts made of triggers glued together (one hiding inside another)."""
    assert _gated(text) == _ungated(text)


@given(
    st.one_of(
        error_texts(),
        st.lists(st.sampled_from(sorted(Gated.__init__.__globals__["_TRIGGERS"])), max_size=6).map(
            "".join
        ),
    )
)
def test_found_triggers_are_exactly_the_substrings(text: str) -> None:
    """The prefix pass plus its confirmation finds every trigger the text contains, no other."""
    scan = Scan(text)
    triggers = Gated.__init__.__globals__["_TRIGGERS"]
    assert scan.found == {t for t in triggers if t in scan.lower}


def test_triggers_must_be_lower_case() -> None:
    """A table entry with an upper-case trigger could never fire: it is refused."""
    with pytest.raises(ValueError, match="lower-case"):
        Gated(("Rate",), "rate")


def test_table_lookup_in_order() -> None:
    """A table yields its matching entries in table order."""
    table = GatedTable((Gated(("beta",), r"beta"), Gated(("alpha",), r"alpha")))
    assert [i for i, _ in table.matches(Scan("Alpha then BETA"))] == [0, 1]
    assert Scan("İstanbul timeout").original(next(table.matches(Scan("x alpha")))[1]) == "alpha"


def test_a_trigger_inside_a_longer_match_is_found() -> None:
    """'connect' starts inside the 'client conn' match of 'client connection': both are found."""
    import chaterror.signals  # noqa: F401  (registers the phrase triggers)

    assert {"client conn", "connect"} <= Scan("http2: client connection lost").found


def test_url_encoded_spaces_read_as_spaces() -> None:
    """xAI sends its bad-key message URL-encoded; its words must still match."""
    scan = Scan("Incorrect%20API%20key%20provided:%20xa***yz.")
    assert scan.lower == "incorrect api key provided: xa***yz."
    assert scan.text == "Incorrect%20API%20key%20provided:%20xa***yz."


def test_urls_keep_their_escapes_and_matches_their_case() -> None:
    """A URL's query is no prose, and a match still reads in its original case."""
    scan = Scan("See https://x.test/?q=a%20openai then Request%20ID:%20Req_AbC123")
    assert "a%20openai" in scan.lower
    assert scan.lower.endswith("request id: req_abc123")
    match = re.search(r"req_abc123", scan.lower)
    assert match is not None
    assert scan.original(match) == "Req_AbC123"
