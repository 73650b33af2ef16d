"""chaterror sits in every exception handler: no pattern may go super-linear, no input may make
it read more than the scan limit, and concurrent use must give the serial results."""

from __future__ import annotations

import asyncio
import functools
import importlib
import pkgutil
import re
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

import chaterror
from chaterror import _extract, _scan, redact
from corpus import load_cases
from replay import held

# Every regular expression chaterror runs: module-level patterns, gated tables, redaction.
_MODULES = [
    importlib.import_module(f"chaterror.{m.name}")
    for m in pkgutil.iter_modules(chaterror.__path__)
    if m.name not in ("storage", "__main__")
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every pattern by name; a gated one (run only on lower-cased text) is named in
    :data:`_LOWER_ONLY` too."""
    found: dict[str, re.Pattern[str]] = {}
    for module in _MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
            elif isinstance(value, (tuple, dict)) and value:
                items = value.items() if isinstance(value, dict) else enumerate(value)
                for key, item in items:
                    if isinstance(item, re.Pattern):
                        found[f"{module.__name__}.{name}[{key!r}]"] = item
            elif isinstance(value, _scan.Gated):
                found[f"{module.__name__}.{name}"] = value.regex
                _LOWER_ONLY.add(f"{module.__name__}.{name}")
            elif isinstance(value, _scan.GatedTable):
                for i, gated in enumerate(value.entries):
                    found[f"{module.__name__}.{name}[{i}]"] = gated.regex
                    _LOWER_ONLY.add(f"{module.__name__}.{name}[{i}]")
            elif isinstance(value, tuple) and value and all(isinstance(v, tuple) for v in value):
                for i, item in enumerate(value):
                    for part in item:
                        if isinstance(part, re.Pattern):
                            found[f"{module.__name__}.{name}[{i}]"] = part
    return sorted(found.items())


#: Gated patterns: :class:`chaterror._scan.Scan` only ever runs them on lower-cased text, so
#: upper-case near misses are no input they can meet.
_LOWER_ONLY: set[str] = set()
PATTERNS = _patterns()
SIZE = 8 * 1024
# Near-misses: long runs of what patterns start with, without what they need to finish.
_UNITS = [
    "a",
    "a.",
    ".",
    " ",
    "1",
    "1.",
    "{",
    "[",
    "[{",
    '{"a":',
    '[{"a":[',
    "{'a':{",
    '"{',
    "'{",
    "{}",
    "%41",
    "%20sk-",
    "password=",
    "-----BEGIN PRIVATE KEY-----",
    "ya29.",
    "key ",
    "'",
    '"',
    "\\",
    '\\\\"',
    "a@",
    "://",
    "https://a",
    "sk-",
    "sk-a-",
    "eyJa.",
    "model.",
    "model 'x' ",
    "rate ",
    "try again in 1",
    "retry after 1 ",
    "error code: ",
    "status ",
    "exceed ",
    "exceeds the ",
    "reached your ",
    "content",
    "limit: ",
    "429 ",
    "<title>",
    "key=",
    "bearer ",
    "authorization: ",
    "x-api-key: a",
    '"message": "',
    "'code': '",
    "data: {",
    "ErrorCode: ",
    "(Errno 1",
    "timeout ",
    "invalid ",
    "connection ",
    "perday",
    "超时",
]


def test_every_pattern_is_found() -> None:
    """The sweep really covers the tables (a refactor that hides them fails here)."""
    assert len(PATTERNS) > 150


def _scan_time(pattern: re.Pattern[str], candidate: str, *, runs: int = 1) -> float:
    """The least CPU time, over ``runs``, that a search and the first 64 matches take (CPU time,
    not wall time: on a machine shared with other jobs, waiting for a core is not the
    pattern's cost)."""
    if isinstance(pattern.pattern, bytes):  # the log scanner reads bytes
        candidate = candidate.encode()  # type: ignore[assignment]
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        pattern.search(candidate)
        for _ in zip(pattern.finditer(candidate), range(64), strict=False):
            pass
        best = min(best, time.process_time() - started)
    return best


def _near_misses(size: int, *, lower_only: bool = False) -> list[str]:
    texts = [(unit * (size // len(unit) + 1))[:size] for unit in _UNITS]
    if lower_only:
        return list(dict.fromkeys(text.lower() for text in texts))
    return texts + [text.upper() for text in texts]


def _growth(pattern: re.Pattern[str], small: str, large: str, *, runs: int = 5) -> float:
    """How many times longer ``large`` takes than ``small``: best of ``runs`` each, measured
    alternately, so that a burst of load falls on both sizes or on neither."""
    best_small = best_large = float("inf")
    for _ in range(runs):
        best_small = min(best_small, _scan_time(pattern, small))
        best_large = min(best_large, _scan_time(pattern, large))
    return best_large / max(best_small, 0.001)


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_pattern_is_super_linear(name: str, pattern: re.Pattern[str]) -> None:
    """Each pattern's time on every near miss grows linearly with its size: eight times the
    text costs well under twenty-four times as long (linear is eight, a backtracking pattern
    sixty-four or more). A ratio of best-of-five CPU times taken alternately, not a deadline, so a
    loaded machine cannot fail it; a pattern that is quick in absolute terms (under 50 ms on
    8 KiB, where a backtracking one takes a second or more) is not timed again."""
    lower_only = name in _LOWER_ONLY
    smalls, larges = (_near_misses(n, lower_only=lower_only) for n in (SIZE // 8, SIZE))
    for small, large in zip(smalls, larges, strict=True):
        if _scan_time(pattern, large) < 0.05:
            continue
        growth = _growth(pattern, small, large)
        if growth >= 24:  # confirm with more runs before calling a pattern super-linear
            growth = min(growth, _growth(pattern, small, large, runs=9))
        assert growth < 24, f"{name}: 8x the near miss {large[:12]!r} took {growth:.1f}x as long"


def test_scanning_stops_at_the_limit() -> None:
    """A 10 MB body, text, or exception message is read only up to the 64 KiB scan limit."""
    huge = "<html><title>503 Service Unavailable</title>" + "x" * 10_000_000
    for value in (huge, huge.encode(), Exception(huge), {"error": {"message": huge}}):
        facts = _extract.gather(value)
        assert sum(map(len, facts.texts)) <= _extract.SCAN_LIMIT + 8
        assert chaterror.classify(value).kind is chaterror.Kind.TIMEOUT


def _redact_time(text: str) -> float:
    started = time.process_time()
    redact(text)
    return time.process_time() - started


def test_redaction_is_linear_on_hostile_input() -> None:
    """Redaction of near-secrets grows linearly: 1 MB costs well under 24 times what 128 KB
    does (linear is eight). A ratio of best-of-three CPU times, not a deadline."""
    for unit in ("sk-a-", "a@", "https://a.", "bearer ", "eyJa.", "key=aaaaa&"):
        small, large = (unit * (size // len(unit)) for size in (125_000, 1_000_000))
        best_small = min(_redact_time(small) for _ in range(3))
        best_large = min(_redact_time(large) for _ in range(3))
        assert best_large / max(best_small, 0.001) < 24, unit


@functools.cache
def _objects() -> tuple[object, ...]:
    """What applications hold for every fixture, built once and only when a test needs them."""
    return tuple(held(c) for c in load_cases())


def _signature(err: chaterror.ChatError) -> str:
    return err.to_json()


def test_threads_give_the_serial_results() -> None:
    """Classifying from 8 threads at once gives exactly what one thread gives."""
    serial = [_signature(chaterror.classify(o)) for o in _objects()]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            assert list(pool.map(lambda o: _signature(chaterror.classify(o)), _objects())) == serial


def test_async_tasks_give_the_serial_results() -> None:
    """Interleaved asyncio tasks (classify between awaits) give the serial results too."""
    serial = [_signature(chaterror.classify(o)) for o in _objects()]

    async def one(obj: Any) -> str:
        await asyncio.sleep(0)
        first = chaterror.classify(obj)
        await asyncio.sleep(0)
        return _signature(chaterror.classify(first))

    async def main() -> list[str]:
        return list(await asyncio.gather(*(one(o) for o in _objects())))

    assert asyncio.run(main()) == serial


#: 64 KiB shapes that made body extraction rescan the rest of the text on every attempt.
HOSTILE = [
    "{",
    "[{",
    "{'",
    '{"',
    '{"a":',
    '[{"a":[',
    "\\{",
    "data: {",
    "{'a':{",
    '"{',
    "'{",
    "{}",
    "{[}",
]


class _CountingPattern:
    """Wraps the bracket tokenizer and counts the tokens it hands out."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.tokens = 0

    def finditer(self, text: str, pos: int = 0) -> Any:
        for match in self.pattern.finditer(text, pos):
            self.tokens += 1
            yield match


@pytest.mark.parametrize("unit", HOSTILE)
def test_body_extraction_is_linear(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Finding the objects in 64 KiB of a hostile shape reads a bounded number of bracket and
    quote tokens, far below one per character per attempt (the old rescan read ~786,000)."""
    from chaterror import _body

    text = (unit * (_extract.SCAN_LIMIT // len(unit) + 1))[: _extract.SCAN_LIMIT]
    counter = _CountingPattern(_body._STRUCTURE)
    monkeypatch.setattr(_body, "_STRUCTURE", counter)
    list(_body.bodies_in_text(text))
    assert (
        counter.tokens <= _body._MAX_ATTEMPTS * (_body._MAX_TOKENS + 1) < _extract.SCAN_LIMIT // 2
    )
