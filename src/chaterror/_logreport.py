"""What ``chaterror scan`` reports: each failure found, the summary counted over them in bounded
memory, its rendering for a person, and the progress bar on a terminal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, Final

from chaterror._logtime import rfc3339
from chaterror.error import ChatError

__all__ = ["CODES_MAX", "PROGRESS_MIN_BYTES", "Found", "Progress", "Summary", "render_summary"]

#: Distinct codes counted; more are counted together (a hostile log cannot grow memory).
CODES_MAX: Final = 1000


@dataclass(frozen=True)
class Found:
    """One provider failure found in a log.

    Attributes:
        path: The file it was found in (``-`` for standard input).
        line: Its 1-based line number (a traceback's final exception line).
        time: When it was logged, if the log says (UTC).
        error: Its classification.
    """

    path: str
    line: int
    time: datetime | None
    error: ChatError

    def to_dict(self) -> dict[str, Any]:
        """The ``--jsonl`` record: file, line, time (if known) and the error's wire JSON."""
        record: dict[str, Any] = {"file": self.path, "line": self.line}
        if self.time is not None:
            record["time"] = rfc3339(self.time)
        record["error"] = self.error.to_dict()
        return record


@dataclass
class Summary:
    """Counts over every failure found, in bounded memory."""

    files: int = 0
    bytes: int = 0
    lines: int = 0
    failures: int = 0
    retryable: int = 0
    rows: Counter[tuple[str, str]] = field(default_factory=Counter)
    row_retryable: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], tuple[str, int, str]] = field(default_factory=dict)
    codes: Counter[str] = field(default_factory=Counter)
    first: datetime | None = None
    last: datetime | None = None

    def add(self, found: Found) -> None:
        """Count one failure."""
        err = found.error
        row = (err.kind.value, err.provider or "unknown")
        self.failures += 1
        self.rows[row] += 1
        if err.retryable:
            self.retryable += 1
            self.row_retryable[row] += 1
        if row not in self.examples:
            self.examples[row] = (found.path, found.line, err.detail or err.message)
        if err.code:
            code = err.code if err.code in self.codes or len(self.codes) < CODES_MAX else "(other)"
            self.codes[code] += 1
        self._times(found.time, found.time)

    def _times(self, first: datetime | None, last: datetime | None) -> None:
        if first is not None and (self.first is None or first < self.first):
            self.first = first
        if last is not None and (self.last is None or last > self.last):
            self.last = last

    def merge(self, part: Summary, line_offset: int) -> None:
        """Add the counts of a later part of the same file, whose lines start after
        ``line_offset`` lines (its examples' line numbers are shifted by that)."""
        self.bytes += part.bytes
        self.lines += part.lines
        self.failures += part.failures
        self.retryable += part.retryable
        self.rows.update(part.rows)
        self.row_retryable.update(part.row_retryable)
        for row, (path, line, text) in part.examples.items():
            self.examples.setdefault(row, (path, line + line_offset, text))
        for code, count in part.codes.items():
            key = code if code in self.codes or len(self.codes) < CODES_MAX else "(other)"
            self.codes[key] += count
        self._times(part.first, part.last)


def render_summary(summary: Summary) -> str:
    """The summary a person reads at a glance."""
    size = f"{summary.bytes / 1e6:,.1f} MB" if summary.bytes >= 1e6 else f"{summary.bytes:,} bytes"
    files = f"{summary.files} file{'s' if summary.files != 1 else ''}"
    lines = f"{summary.lines:,} line{'s' if summary.lines != 1 else ''}"
    out = [f"scanned {files}, {lines} ({size})"]
    if not summary.failures:
        out.append("no provider failures found")
        return "\n".join(out)
    share = 100 * summary.retryable / summary.failures
    head = f"{summary.failures:,} provider failure{'s' if summary.failures != 1 else ''}, {share:.0f}% retryable"
    if summary.first is not None and summary.last is not None:
        head += f", {rfc3339(summary.first)} to {rfc3339(summary.last)}"
    out += [head, ""]
    rows = summary.rows.most_common()
    kind_w = max(len("kind"), *(len(k) for (k, _), _ in rows))
    prov_w = max(len("provider"), *(len(p) for (_, p), _ in rows))
    out.append(f"{'count':>9}  {'kind':<{kind_w}}  {'provider':<{prov_w}}  retryable  example")
    for row, count in rows:
        path, line, text = summary.examples[row]
        text = " ".join(text.split())
        text = text if len(text) <= 72 else text[:71] + "…"
        retry = f"{100 * summary.row_retryable[row] / count:.0f}%"
        out.append(
            f"{count:>9,}  {row[0]:<{kind_w}}  {row[1]:<{prov_w}}  {retry:>9}  {path}:{line}  {text}"
        )
    if summary.codes:
        top = ", ".join(f"{code} ({n:,})" for code, n in summary.codes.most_common(5))
        out += ["", f"top codes: {top}"]
    return "\n".join(out)


#: Inputs smaller than this finish before a progress bar would help.
PROGRESS_MIN_BYTES: Final = 64 * 1024 * 1024


class Progress:
    """A one-line progress bar on a terminal: percent (when the size is known), MB, MB/s."""

    def __init__(
        self, stream: IO[str], path: str, total: int | None, clock: Callable[[], float]
    ) -> None:
        self.stream = stream
        self.path = path
        self.total = total
        self.clock = clock
        self.start = self.shown = clock()
        self.done = 0

    def __call__(self, count: int) -> None:
        """Count ``count`` more bytes read; redraw at most five times a second."""
        self.done += count
        now = self.clock()
        if now - self.shown < 0.2 and count:
            return
        self.shown = now
        rate = self.done / max(now - self.start, 1e-9) / 1e6
        share = f"{100 * self.done / self.total:3.0f}% " if self.total else ""
        self.stream.write(
            f"\rchaterror scan: {self.path} {share}{self.done / 1e6:,.0f} MB, {rate:,.0f} MB/s"
        )
        self.stream.flush()

    def close(self) -> None:
        """Clear the line."""
        self.stream.write("\r\x1b[K")
        self.stream.flush()
