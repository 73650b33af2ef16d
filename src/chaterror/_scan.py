"""Fast text matching: one pass finds which trigger words occur, then only the patterns that
need one of them run.

Every pattern that reads error text is a :class:`Gated`: a regular expression plus the trigger
substrings, at least one of which any match must contain. :class:`Scan` lower-cases the text once
and runs one combined regex of the triggers' first five characters over it (a character trie, so
the engine rejects a position after a character or two), then confirms each trigger those
prefixes start with by a substring test. A pattern whose triggers are absent is never run, so the
cost of a classification barely grows with the size of the tables.

Patterns are written in lower case and run on the lower-cased text. The trie is compiled on the
first scan, not at import, to keep ``import chaterror`` cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["Gated", "GatedTable", "Scan"]

_TRIGGERS: set[str] = set()
_trie: re.Pattern[str] | None = None
#: The trie of the prefixes with a non-ASCII character (Chinese wordings): run only on text that
#: is not ASCII, so that English text pays nothing for them.
_wide: re.Pattern[str] | None = None
#: The non-ASCII trie's source, compiled only when a non-ASCII text first comes (most never do).
_wide_source: str | None = None
#: For each prefix the combined regex reports, the triggers that may then occur.
_candidates: dict[str, tuple[str, ...]] = {}


class Gated:
    """A lower-case regular expression that only runs when one of its triggers occurs.

    The expression is compiled on first use, which keeps ``import chaterror`` cheap.
    """

    __slots__ = ("_regex", "pattern", "triggers")

    def __init__(self, triggers: tuple[str, ...], pattern: str) -> None:
        if not triggers or any(t != t.lower() or not t for t in triggers):
            raise ValueError(f"triggers must be non-empty lower-case strings: {triggers!r}")
        self.triggers: Final = frozenset(triggers)
        self.pattern: Final = pattern
        self._regex: re.Pattern[str] | None = None
        global _trie
        _TRIGGERS.update(triggers)
        _trie = None  # rebuilt on the next scan

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled expression."""
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex


class GatedTable:
    """An ordered table of :class:`Gated` patterns, indexed by trigger, so that a scan costs one
    dictionary lookup per trigger found rather than one check per entry."""

    __slots__ = ("_by_trigger", "entries")

    def __init__(self, entries: tuple[Gated, ...]) -> None:
        self.entries: Final = entries
        by_trigger: dict[str, list[int]] = {}
        for index, gated in enumerate(entries):
            for trigger in gated.triggers:
                by_trigger.setdefault(trigger, []).append(index)
        self._by_trigger: Final = {t: tuple(i) for t, i in by_trigger.items()}

    def candidates(self, scan: Scan) -> list[int]:
        """Indexes of the entries whose triggers occur in ``scan``, in table order."""
        lookup = self._by_trigger
        return sorted({index for t in lookup.keys() & scan.found for index in lookup[t]})

    def matches(self, scan: Scan) -> Iterator[tuple[int, re.Match[str]]]:
        """(index, first match) for every entry that matches, in table order."""
        for index in self.candidates(scan):
            match = self.entries[index].regex.search(scan.lower)
            if match is not None:
                yield index, match


#: How many leading characters of each trigger the combined regex looks for. Short prefixes
#: keep that regex small (cheap to compile at the first scan, quick to run); a trigger whose
#: prefix occurs is then confirmed with a substring test.
_PREFIX: Final = 5


def _build() -> re.Pattern[str]:
    global _trie, _wide, _wide_source, _candidates
    words_by_prefix: dict[str, list[str]] = {}
    for word in _TRIGGERS:
        words_by_prefix.setdefault(word[:_PREFIX], []).append(word)
    # Two tries: a prefix with a non-ASCII character can only occur in non-ASCII text.
    roots: tuple[dict[str, dict], dict[str, dict]] = ({}, {})  # type: ignore[type-arg]
    for prefix in words_by_prefix:
        node = roots[not prefix.isascii()]
        for char in prefix:
            node = node.setdefault(char, {})
        node[""] = {}
    # The regex reports the longest prefix at a position ("conne" where "con" also starts
    # there): a found prefix stands for the triggers of every prefix it begins with.
    _candidates = {
        prefix: tuple(
            word
            for shorter in (prefix[:n] for n in range(1, len(prefix) + 1))
            for word in words_by_prefix.get(shorter, ())
        )
        for prefix in words_by_prefix
    }

    # re.escape per character, once per distinct character (not once per trie node).
    escaped = {c: re.escape(c) for c in {c for prefix in words_by_prefix for c in prefix}}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = [escaped[c] + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    # A lookahead, so that a trigger starting inside another match ("connect" in "client
    # connection", after "client conn") is found too: every position is tried.
    _trie = re.compile(f"(?=({emit(roots[0])}))")
    _wide = None
    _wide_source = f"(?=({emit(roots[1])}))" if roots[1] else None
    return _trie


def _wide_trie() -> re.Pattern[str]:
    global _wide
    if _wide is None:
        assert _wide_source is not None
        _wide = re.compile(_wide_source)
    return _wide


#: A URL (left as it is) or an encoded space outside one (read as a space). The scheme is
#: bounded, so that a long run of letters is not re-read from every position.
_ENCODED_SPACE: Final = re.compile(r"[a-z][a-z0-9+.-]{0,15}://[^\s\"'<>]+|%20")


def _decode_space(match: re.Match[str]) -> str:
    return " " if match.group() == "%20" else match.group()


class Scan:
    """A text, lower-cased once, with the set of triggers it contains."""

    __slots__ = ("found", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        if "%20" in lower:
            # Words sent URL-encoded read as words: xAI's 400 for a bad key says
            # "Incorrect%20API%20key%20provided:%20…" (i-am-bee/beeai-framework issue 447).
            # A URL keeps its escapes: its query is no prose ("?q=state%3Aopen%20openai").
            lower = _ENCODED_SPACE.sub(_decode_space, lower)
        self.lower = lower
        prefixes = set((_trie or _build()).findall(lower))
        if _wide_source is not None and not lower.isascii():
            prefixes.update(_wide_trie().findall(lower))
        self.found: frozenset[str] = frozenset(
            {
                word
                for prefix in prefixes
                for word in _candidates[prefix]
                if len(word) <= _PREFIX or word in lower
            }
        )

    def has(self, gated: Gated) -> bool:
        """True if ``gated`` could match: one of its triggers occurs."""
        return not gated.triggers.isdisjoint(self.found)

    def search(self, gated: Gated) -> re.Match[str] | None:
        """The first match of ``gated`` in the lower-cased text, if its triggers occur."""
        return gated.regex.search(self.lower) if self.has(gated) else None

    def finditer(self, gated: Gated) -> Iterator[re.Match[str]]:
        """Every match of ``gated`` in the lower-cased text, if its triggers occur."""
        return gated.regex.finditer(self.lower) if self.has(gated) else iter(())

    def original(self, match: re.Match[str], group: int = 0) -> str:
        """The original-case text of a match. Lower-casing or decoding can change the text's
        length; then the value is looked up in the original, and the lower-case value is
        returned if it is not found there."""
        value = match.group(group)
        if len(self.lower) == len(self.text):
            return self.text[match.start(group) : match.end(group)]
        at = self.text.lower().find(value)
        found = self.text[at : at + len(value)] if at >= 0 else ""
        return found if found.lower() == value else value
