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
from collections.abc import Callable, Generator, Iterator
from datetime import datetime
from typing import IO, Any, Final, TypeVar

from chaterror._classify import classify
from chaterror._logreport import Found, Summary
from chaterror._logtime import json_time, line_time, record_time, split_time
from chaterror.error import ChatError
from chaterror.kind import Kind

__all__ = ["PARALLEL_MIN_BYTES", "LogScanner", "ScanError", "default_jobs", "scan_parallel"]

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
_PROVIDER_KEYS: Final = ("provider", "llm_provider", "custom_llm_provider", "gen_ai.system")

# The shape of a text, for the summary's cache: every token holding a digit (dates, times, ids,
# token counts, ports, "2.5s") becomes "#", except plain numbers of up to three digits (a
# status, a small code), which stay. Each branch starts at a word start and spans word
# characters (or digit groups), so the scan stays linear on any input (tests/test_hardening.py).
_DIGIT_TOKEN: Final = re.compile(
    r"\b(?:\d{4}-\d\d-\d\d\w*|\d+(?:[:.,]\d+)+\w*|[A-Za-z_]+\d\w*|\d+[A-Za-z_]\w*|\d{4,})"
)
#: Longer texts are classified each time, never cached: memory stays bounded.
_SHAPE_MAX: Final = 8192


_K = TypeVar("_K")
_V = TypeVar("_V")


class ScanError(Exception):
    """An input that is not a readable text log: reported with exit status 2."""


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
    return _DIGIT_TOKEN.sub("#", text)


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
        # A long text is classified uncached: the cache holds at most _CACHE_MAX short keys.
        cacheable = len(text) <= _SHAPE_MAX
        key = text if self.exact or not cacheable else _shape(text)
        key = f"{provider}\x00{key}" if provider else key
        if cacheable and key in self.cache:
            return self.cache[key]
        err: ChatError | None = classify(source, provider=provider or self.provider)
        if err is not None and not _is_failure(err):
            err = None
        if cacheable:
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
        text, when = split_time(line)
        return classifier(text), when, None
    if not isinstance(record, dict):
        return None, None, None
    when, time_key = record_time(record)
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
                when = line_time(above.decode("utf-8", "replace"))
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
                return err, line_time(raw[:96].decode("utf-8", "replace"))
            return err, json_time(raw.decode("utf-8", "replace"), time_key) if time_key else None
        line = raw.decode("utf-8", "replace")
        time_key = None
        if is_json:
            err, when, time_key = _json_failure(line, self.classify)
        else:
            text, when = split_time(line)
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
#: Each worker gets at least this much of the file.
_PART_MIN_BYTES: Final = 128 * 1024 * 1024


def default_jobs(size: int, cpus: int | None) -> int:
    """How many processes scan a regular file of ``size`` bytes by default: one per CPU for a
    file of :data:`PARALLEL_MIN_BYTES` or more, each with at least 128 MiB; else one."""
    if size < PARALLEL_MIN_BYTES:
        return 1
    return max(1, min(cpus or 1, size // _PART_MIN_BYTES))


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


def _start_method() -> str:
    """fork where it is safe (POSIX, and this process runs one thread): the workers inherit the
    imported modules instead of importing them again; spawn otherwise."""
    import multiprocessing
    import threading

    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


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
    context = multiprocessing.get_context(_start_method())
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
