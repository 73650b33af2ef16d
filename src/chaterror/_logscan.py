"""Find and classify the provider failures in application logs (``chaterror scan``).

A log is read in large blocks, in constant memory. A pre-filter finds the few lines that can hold
a failure with one literal regular expression per trigger word (C speed, about 1 GB/s each);
only those lines are decoded, parsed and classified:

- a Python traceback: its exception lines (the final one, and the ones it was chained from);
- a JSON-lines record: its error field (``error``, ``exception``, ``exc_info`` …), else its
  message;
- any other line (LiteLLM proxy logs, ``logger.error(...)`` lines): the line itself.

A candidate counts as a provider failure when its classification found something: a specific
kind, a status code or a provider error code. ``KeyError: 'choices'`` does not count.

Most failures in a log repeat the same text with a different request id, token count or
timestamp, so classifications are cached, keyed on the text's shape (every token holding a
digit masked, small numbers such as a status kept); ``exact=True`` (the ``--jsonl`` output) keys
on the exact text instead, so every failure carries its own ``detail`` and ``request_id``.
Large files can be split across processes (:func:`scan_parallel`) at record starts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import IO, Any, Final, TypeVar

from chaterror.classify import classify
from chaterror.error import ChatError
from chaterror.kind import Kind

__all__ = [
    "Found",
    "LogScanner",
    "ScanError",
    "Summary",
    "parse_when",
    "render_summary",
    "scan_parallel",
]

#: Bytes read at a time: large enough that the per-block Python work is negligible.
BLOCK: Final = 8 * 1024 * 1024
#: A line longer than this is cut here (a log is text, not one endless line).
_LINE_MAX: Final = 32 * 1024 * 1024
#: A traceback longer than this is cut here (a runaway log line, not a real traceback).
_TRACEBACK_MAX: Final = 1024 * 1024
#: Lines that can hold a failure contain one of these: "Error"/"error" (RateLimitError, "error":),
#: "Exception" (ThrottlingException, OpenAIException) or a traceback header (found by its "(most
#: recent call last)": "(" is rare in logs, "T" is in every ISO timestamp). Each is one C-speed
#: pass over the block, so the list is kept short: an upper-case "ERROR" level alone, with no
#: exception name or error text after it, is not a provider failure anyone could classify.
_TRIGGERS: Final = (b"rror", b"xception", b"(most recent call last)")
# A literal regex finds a word faster than bytes.find here (sre skips ahead on the first byte);
# matching on to the end of the line lets the next search start on the next line.
_TRIGGER_RES: Final = tuple(re.compile(re.escape(t) + rb"[^\n]*") for t in _TRIGGERS)
_TRACEBACK: Final = b"Traceback (most recent call last)"
_TRACEBACK_HEADER: Final = _TRACEBACK + b":"
_CHAINED: Final = (
    "During handling of the above exception",
    "The above exception was the direct cause",
)
_CHAINED_B: Final = tuple(text.encode() for text in _CHAINED)
#: Classifications remembered; the cache is emptied when it fills (logs repeat a few texts).
_CACHE_MAX: Final = 4096
#: Distinct codes counted; more are counted together (a hostile log cannot grow memory).
_CODES_MAX: Final = 1000

_ERROR_KEYS: Final = (
    "error",
    "exception",
    "exc_info",
    "exc_text",
    "stacktrace",
    "stack_trace",
    "traceback",
    "err",
    "error_message",
    "error.message",
)
_MESSAGE_KEYS: Final = ("message", "msg", "event", "text")
_TIME_KEYS: Final = ("timestamp", "time", "ts", "@timestamp", "asctime", "created", "datetime")
_PROVIDER_KEYS: Final = ("provider", "llm_provider", "custom_llm_provider", "gen_ai.system")

_WHEN: Final = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,9}))?)?"
    r"\s?(Z|UTC|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
# The shape of a text, for the summary's cache: every token holding a digit (dates, times, ids,
# token counts, ports, "2.5s") becomes "#", except plain numbers of up to three digits (a
# status, a small code), which stay. Each branch starts at a word start and spans word
# characters (or digit groups), so the scan stays linear on any input (tests/test_hardening.py).
_DIGIT_TOKEN: Final = re.compile(
    r"\b(?:\d{4}-\d\d-\d\d\w*|\d+(?:[:.,]\d+)+\w*|[A-Za-z_]+\d\w*|\d+[A-Za-z_]\w*|\d{4,})"
)
#: Longer texts are keyed as they are (masking them could merge what differs far in).
_SHAPE_MAX: Final = 8192


_K = TypeVar("_K")
_V = TypeVar("_V")


class ScanError(Exception):
    """An input that is not a readable text log: reported with exit status 2."""


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
            record["time"] = _rfc3339(self.time)
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
            code = err.code if err.code in self.codes or len(self.codes) < _CODES_MAX else "(other)"
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
            key = code if code in self.codes or len(self.codes) < _CODES_MAX else "(other)"
            self.codes[key] += count
        self._times(part.first, part.last)


def _rfc3339(when: datetime) -> str:
    return when.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _when(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz = timezone.utc
    if zone and zone.upper() not in ("Z", "UTC"):
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        when = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
            tzinfo=tz,
        )
    except ValueError:  # 2026-13-45: not a date
        return None
    return when.astimezone(timezone.utc)


def parse_when(text: str) -> datetime:
    """Parse a ``--since``/``--until`` value: an ISO date or date-time (UTC unless it says).

    Raises:
        ValueError: not a date.
    """
    match = _WHEN.fullmatch(text.strip())
    when = _when(match) if match else None
    if when is None:
        raise ValueError(f"not an ISO date or date-time: {text!r}")
    return when


def _line_time(line: str) -> datetime | None:
    """The timestamp near the start of a log line, if any."""
    match = _WHEN.search(line, 0, 80)
    return _when(match) if match else None


def _split_time(line: str) -> tuple[str, datetime | None]:
    """A log line without its leading timestamp, and the timestamp."""
    match = _WHEN.search(line, 0, 80)
    if match is None:
        return line, None
    return line[: match.start()] + line[match.end() :], _when(match)


def _time_value(value: object) -> datetime | None:
    """A JSON time value: an ISO string, or epoch seconds (or milliseconds)."""
    if isinstance(value, str):
        match = _WHEN.search(value)
        return _when(match) if match else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        seconds = value / 1000 if value > 1e11 else value  # epoch milliseconds
        try:
            return datetime.fromtimestamp(seconds, timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _record_time(record: dict[str, Any]) -> tuple[datetime | None, str | None]:
    for key in _TIME_KEYS:
        if key in record:
            when = _time_value(record[key])
            if when is not None:
                return when, key
    return None, None


# Reading one known key's value out of a JSON line without parsing it (summary cache hits).
_KEY_VALUE: Final = {
    key: re.compile(rf'"{re.escape(key)}"\s*:\s*("[^"]{{0,64}}"|[0-9.]{{1,20}})')
    for key in _TIME_KEYS
}


def _json_time(line: str, key: str) -> datetime | None:
    match = _KEY_VALUE[key].search(line)
    if match is None:
        return None
    raw = match.group(1)
    try:
        return _time_value(raw.strip('"') if raw.startswith('"') else float(raw))
    except ValueError:
        return None


def _exception_lines(lines: list[str]) -> list[str]:
    """The exception lines of a traceback's text: every unindented line that is neither the
    ``Traceback`` header nor a chaining sentence."""
    return [
        line
        for line in lines
        if line
        and not line[0].isspace()
        and not line.startswith(("Traceback (most recent call last)", *_CHAINED))
    ]


def _is_failure(err: ChatError) -> bool:
    return err.kind is not Kind.GENERIC or err.status_code is not None or err.code is not None


_DIGIT_TOKEN_BYTES: Final = re.compile(_DIGIT_TOKEN.pattern.encode())


def _shape_bytes(raw: bytes) -> bytes:
    """:func:`_shape` of a raw log line (``\\b``, ``\\d``, ``\\w`` are ASCII on bytes: a
    non-ASCII digit is kept, which only splits the cache)."""
    return _DIGIT_TOKEN_BYTES.sub(b"#", raw)


def _shape(text: str) -> str:
    """``text`` with what varies between two logs of one failure masked (see _DIGIT_TOKEN)."""
    return text if len(text) > _SHAPE_MAX else _DIGIT_TOKEN.sub("#", text)


class _Classifier:
    """classify() with a bounded cache keyed on the text: its shape, or the exact text when
    every failure must carry its own ``detail`` and ``request_id``."""

    def __init__(self, provider: str | None, *, exact: bool) -> None:
        self.provider = provider
        self.exact = exact
        self.cache: dict[str, ChatError | None] = {}
        #: For the summary: a log line's shape -> (its failure, the JSON key holding its time).
        self.lines: dict[bytes, tuple[ChatError | None, str | None]] = {}

    def __call__(
        self, source: str | dict[str, Any], provider: str | None = None
    ) -> ChatError | None:
        text = (
            source if isinstance(source, str) else json.dumps(source, sort_keys=True, default=str)
        )
        key = text if self.exact else _shape(text)
        key = f"{provider}\x00{key}" if provider else key
        if key in self.cache:
            return self.cache[key]
        err: ChatError | None = classify(source, provider=provider or self.provider)
        if err is not None and not _is_failure(err):
            err = None
        _remember(self.cache, key, err)
        return err


def _remember(cache: dict[_K, _V], key: _K, value: _V) -> None:
    if len(cache) >= _CACHE_MAX:  # logs repeat a few shapes; a flood of new ones starts over
        cache.clear()
    cache[key] = value


def _json_failure(
    line: str, classifier: _Classifier
) -> tuple[ChatError | None, datetime | None, str | None]:
    """A JSON record's failure, its time, and the key its time was read from."""
    try:
        record = json.loads(line)
    except ValueError:
        text, when = _split_time(line)
        return classifier(text), when, None
    if not isinstance(record, dict):
        return None, None, None
    when, time_key = _record_time(record)
    provider = next((v for k in _PROVIDER_KEYS if isinstance(v := record.get(k), str) and v), None)
    for keys in (_ERROR_KEYS, _MESSAGE_KEYS):
        for key in keys:
            value = record.get(key)
            if isinstance(value, str) and _TRACEBACK.decode() in value:
                value = "\n".join(_exception_lines(value.splitlines())) or value
            if isinstance(value, (str, dict)) and value:
                err = classifier(value, provider)
                if err is not None:
                    return err, when, time_key
    return None, when, time_key


class _FileScan:
    """The scan of one input: blocks in, failures out."""

    def __init__(
        self,
        handle: IO[bytes],
        path: str,
        classifier: _Classifier,
        summary: Summary,
        progress: Callable[[int], None] | None,
    ) -> None:
        self.handle = handle
        self.path = path
        self.classify = classifier
        self.summary = summary
        self.progress = progress
        self.line_base = 0  # lines before the current buffer
        self.prev_line = b""  # the last line before the current buffer (a traceback's header)

    def run(self) -> Iterator[Found]:
        pending = b""
        first = True
        while True:
            data = self.handle.read(BLOCK)
            if first:
                _check_text(self.path, data)
                self.summary.files += 1
                first = False
            final = not data
            self.summary.bytes += len(data)
            if self.progress is not None:
                self.progress(len(data))
            buf = pending + data if pending else data
            if final:
                cut = len(buf)
            else:
                cut = buf.rfind(b"\n") + 1
                if cut == 0 and len(buf) < _LINE_MAX:  # one very long line: read on
                    pending = buf
                    continue
                cut = cut or len(buf)
            done = yield from self._block(buf, cut, final)
            self.line_base += buf.count(b"\n", 0, done)
            if done:
                self.prev_line = buf[buf.rfind(b"\n", 0, done - 1) + 1 : done]
            pending = buf[done:]
            if final:
                if buf and not buf.endswith(b"\n"):
                    self.line_base += 1
                self.summary.lines += self.line_base
                return

    def _block(self, buf: bytes, end: int, final: bool) -> Generator[Found, None, int]:
        """Classify the candidate lines of ``buf[:end]``; return how far it got (a traceback
        that runs past ``end`` is left for the next block)."""
        starts: set[int] = set()
        rfind = buf.rfind
        for trigger in _TRIGGER_RES:
            starts.update(rfind(b"\n", 0, m.start()) + 1 for m in trigger.finditer(buf, 0, end))
        counted, count_at = 0, 0  # newlines before count_at, counted lazily
        skip_to = 0
        for start in sorted(starts):
            if start < skip_to:
                continue
            stop = buf.find(b"\n", start, end)
            stop = end if stop == -1 else stop
            if buf[start:stop].rstrip().endswith(_TRACEBACK_HEADER):
                header = buf.rfind(b"\n", 0, max(start - 1, 0)) + 1 if start else start
                result = self._traceback(buf, start, end, final)
                if result is None:  # runs past the block: read more first
                    return header if header < start else start
                skip_to, last_line_at, texts = result
                above = buf[header:start] if header < start else self.prev_line
                when = _line_time(above.decode("utf-8", "replace"))
                err = self.classify("\n".join(texts)) if texts else None
            else:
                skip_to = stop + 1
                nxt = buf.find(b"\n", stop + 1, end)
                if nxt == -1 and not final:
                    return start  # the next line decides: read it first
                if buf.startswith(_TRACEBACK, stop + 1, end if nxt == -1 else nxt):
                    continue  # the traceback below is this line's failure
                last_line_at = start
                err, when = self._line(buf[start:stop])
            if err is None:
                continue
            counted += buf.count(b"\n", count_at, last_line_at)
            count_at = last_line_at
            yield Found(self.path, self.line_base + counted + 1, when, err)
        return end

    def _line(self, raw: bytes) -> tuple[ChatError | None, datetime | None]:
        """The failure in one log line (JSON record or text) and when it was logged.

        The summary looks the line's shape up before decoding it: most candidate lines repeat
        a shape already classified, and masking bytes is cheaper than masking text.
        """
        is_json = raw.lstrip().startswith(b"{")
        shape = None if self.classify.exact or len(raw) > _SHAPE_MAX else _shape_bytes(raw)
        if shape is not None and shape in self.classify.lines:
            err, time_key = self.classify.lines[shape]
            if err is None:
                return None, None
            if not is_json:
                return err, _line_time(raw[:96].decode("utf-8", "replace"))
            return err, _json_time(raw.decode("utf-8", "replace"), time_key) if time_key else None
        line = raw.decode("utf-8", "replace")
        time_key = None
        if is_json:
            err, when, time_key = _json_failure(line, self.classify)
        else:
            text, when = _split_time(line)
            err = self.classify(text)
        if shape is not None:
            _remember(self.classify.lines, shape, (err, time_key))
        return err, when

    def _traceback(
        self, buf: bytes, start: int, end: int, final: bool
    ) -> tuple[int, int, list[str]] | None:
        """Walk a traceback from its header line: (where it ends, where its last exception line
        starts, its exception lines), or ``None`` when it may go on past ``end``."""
        texts: list[str] = []
        last_at = start
        in_frames = True  # inside "  File ..." lines, expecting an exception line
        at = buf.find(b"\n", start, end) + 1
        while 0 < at < end:
            if at - start > _TRACEBACK_MAX:
                return at, last_at, texts
            stop = buf.find(b"\n", at, end)
            stop = end if stop == -1 else stop
            line = buf[at:stop]
            if line.startswith((_TRACEBACK, *_CHAINED_B)):
                in_frames = True
            elif not line.strip():
                if not in_frames:
                    # A blank line ends the traceback unless a chaining sentence follows.
                    nxt = stop + 1
                    while nxt < end and buf[nxt : nxt + 1] in (b"\n", b"\r"):
                        nxt += 1
                    if nxt >= end:
                        return None if not final else (at, last_at, texts)
                    if not buf.startswith(_CHAINED_B, nxt):
                        return at, last_at, texts
                    in_frames = True
            elif line[:1] in (b" ", b"\t"):
                if not in_frames:  # not a frame: the traceback is over
                    return at, last_at, texts
            elif in_frames:
                texts.append(line.decode("utf-8", "replace").rstrip())
                last_at = at
                in_frames = False
            else:  # the next log line
                return at, last_at, texts
            at = stop + 1
        return None if not final else (end, last_at, texts)


# Bytes no text log holds (tab, newlines, form feed, backspace and ESC for colours are allowed).
_CONTROL_BYTES: Final = bytes(b for b in range(32) if b not in b"\t\n\r\f\b\x1b") + b"\x7f"


def _check_text(path: str, head: bytes) -> None:
    """Refuse what is not a text log, with a reason a person can act on."""
    if not head:
        raise ScanError(f"{path}: empty input, nothing to scan")
    if head.startswith(b"\x1f\x8b"):
        raise ScanError(
            f"{path}: gzip-compressed; decompress it first (zcat {path} | chaterror scan -)"
        )
    sample = head[:65536]
    if b"\x00" in sample:
        raise ScanError(f"{path}: binary data (NUL bytes), not a text log")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    text = sample.decode("utf-8", "replace")
    if controls + text.count("\ufffd") > len(text) // 10:
        raise ScanError(f"{path}: binary data (not UTF-8 text), not a text log")


class LogScanner:
    """Scan one or more inputs into one :class:`Summary`, sharing the classification cache.

    Args:
        provider: The provider hint for every failure (``--provider``).
        exact: Classify each distinct text exactly (``--jsonl``), not by its masked shape.
        since: Keep only failures logged at or after this time.
        until: Keep only failures logged before this time. With either bound, a failure
            without a timestamp is left out.
    """

    def __init__(
        self,
        *,
        provider: str | None = None,
        exact: bool = False,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> None:
        self.summary = Summary()
        self._classify = _Classifier(provider, exact=exact)
        self._since = since
        self._until = until

    def scan(
        self, handle: IO[bytes], path: str, progress: Callable[[int], None] | None = None
    ) -> Iterator[Found]:
        """Yield the provider failures in ``handle`` (a binary stream) and count them.

        Raises:
            ScanError: the input is empty, compressed or binary.
        """
        since, until = self._since, self._until
        for found in _FileScan(handle, path, self._classify, self.summary, progress).run():
            if since is not None or until is not None:
                if found.time is None:
                    continue
                if (since is not None and found.time < since) or (
                    until is not None and found.time >= until
                ):
                    continue
            self.summary.add(found)
            yield found


#: Files smaller than this are scanned in one process (starting workers costs more).
PARALLEL_MIN_BYTES: Final = 256 * 1024 * 1024
_PART_MIN_BYTES: Final = 128 * 1024 * 1024


class _Window:
    """``handle`` read from its current position for ``size`` bytes at most."""

    def __init__(self, handle: IO[bytes], size: int) -> None:
        self.handle = handle
        self.left = size

    def read(self, count: int) -> bytes:
        data = self.handle.read(min(count, self.left))
        self.left -= len(data)
        return data


def _split(path: str, size: int, parts: int) -> list[int]:
    """Offsets that cut ``path`` into about ``parts`` parts, each at the start of a line that
    begins with a digit or ``{`` (a timestamped or JSON record: never inside a traceback)."""
    points = [0]
    with open(path, "rb") as handle:
        for k in range(1, parts):
            guess = size * k // parts
            handle.seek(guess)
            window = handle.read(1024 * 1024)
            for match in _RECORD_START.finditer(window):
                points.append(guess + match.start() + 1)
                break
    return sorted({p for p in points if p < size})


_RECORD_START: Final = re.compile(rb"\n[0-9{]")
_counter: Any = None  # the workers' shared byte counter (set by _init_worker)


def _init_worker(counter: Any) -> None:
    global _counter
    _counter = counter


def _count_bytes(count: int) -> None:
    with _counter.get_lock():
        _counter.value += count


def _scan_part(
    path: str, start: int, stop: int, options: dict[str, Any]
) -> tuple[Summary, str | None]:
    """One worker's part of a file: its summary, or the reason it is not a text log."""
    scanner = LogScanner(**options)
    try:
        with open(path, "rb") as handle:
            handle.seek(start)
            window = _Window(handle, stop - start)
            for _ in scanner.scan(window, path, _count_bytes):  # type: ignore[arg-type]
                pass
    except ScanError as exc:
        return scanner.summary, str(exc)
    return scanner.summary, None


def scan_parallel(
    scanner: LogScanner,
    path: str,
    size: int,
    workers: int,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Scan a large regular file in ``workers`` processes and add the result to
    ``scanner.summary`` (the summary only: no failure is yielded).

    Raises:
        ScanError: a part of the file is not a text log.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    points = _split(path, size, workers)
    bounds = list(zip(points, [*points[1:], size], strict=True))
    # spawn: portable, and safe in a process that has threads (fork is not).
    context = multiprocessing.get_context("spawn")
    counter = context.Value("q", 0)
    options = {
        "provider": scanner._classify.provider,
        "since": scanner._since,
        "until": scanner._until,
    }
    with ProcessPoolExecutor(
        len(bounds), mp_context=context, initializer=_init_worker, initargs=(counter,)
    ) as pool:
        futures = [pool.submit(_scan_part, path, a, b, options) for a, b in bounds]
        pending, shown = set(futures), 0
        while pending:
            _, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if progress is not None:
                done = counter.value
                progress(done - shown)
                shown = done
        results = [future.result() for future in futures]
    scanner.summary.files += 1
    offset = 0
    for part, problem in results:
        if problem is not None:
            raise ScanError(problem)
        scanner.summary.merge(part, offset)
        offset += part.lines


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
        head += f", {_rfc3339(summary.first)} to {_rfc3339(summary.last)}"
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
