"""chaterror scan: provider failures found in plain, JSON-lines and LiteLLM logs, a summary, a
JSON-lines output, time windows, a progress bar, and clear errors for bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import pytest

from chaterror import _logreport, _logscan
from chaterror._logscan import LogScanner
from chaterror._logtime import parse_when
from chaterror.cli import main

OPENAI_KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz123456"

# (line, text): a log holding every shape the scanner reads, and things it must leave alone.
LOG_LINES = [
    "2026-11-30 12:00:00,001 INFO chat: request started id=abc123def456",
    "2026-11-30 12:00:01,002 ERROR chat: completion failed",
    "Traceback (most recent call last):",
    '  File "/app/chat.py", line 12, in reply',
    '    return client.chat.completions.create(model="gpt-4o", messages=m)',
    '  File "/venv/openai/_base_client.py", line 1047, in request',
    "    raise self._make_status_error_from_response(err.response) from None",
    "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o. Please try again in 2.1s.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
    "2026-11-30 12:00:02,003 INFO chat: request started id=abc123def457",
    "2026-11-30 12:00:03,000 ERROR worker: job failed",
    "Traceback (most recent call last):",
    '  File "/app/w.py", line 3, in run',
    "    ask()",
    "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}, 'request_id': 'req_011CSabcdefghijkl'}",
    "",
    "During handling of the above exception, another exception occurred:",
    "",
    "Traceback (most recent call last):",
    '  File "/app/w.py", line 5, in run',
    '    raise RuntimeError("chat failed")',
    "RuntimeError: chat failed",
    "2026-11-30 12:00:04,000 ERROR app: KeyError in handler",
    "Traceback (most recent call last):",
    '  File "/app/x.py", line 3, in run',
    '    d["choices"]',
    "KeyError: 'choices'",
    '{"timestamp": "2026-11-30T12:00:05Z", "level": "error", "event": "llm call failed", "provider": "anthropic", "error": {"type": "error", "error": {"type": "rate_limit_error", "message": "Number of request tokens has exceeded your per-minute rate limit"}}}',
    '{"timestamp": "2026-11-30T12:00:06Z", "level": "info", "event": "ok"}',
    "17:23:45 - LiteLLM Proxy:ERROR: proxy_server.py:3512 - litellm.proxy.proxy_server.chat_completion(): Exception occured - litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code: 401 - {'error': {'message': 'Incorrect API key provided: "
    + OPENAI_KEY
    + ". You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    '{"time": 1796040010, "level": "error", "message": "upstream failed", "exc_info": "Traceback (most recent call last):\\n  File \\"/app/a.py\\", line 1, in f\\n    g()\\nopenai.APITimeoutError: Request timed out."}',
    "2026-11-30 12:00:07,000 INFO done error_rate=0.0",
]
LOG = ("\n".join(LOG_LINES) + "\n").encode()

# (line, kind, provider, code, time) of every failure in LOG, in order.
EXPECTED = [
    (8, "rate_limit", "openai", "rate_limit_exceeded", "2026-11-30T12:00:01Z"),
    (21, "overloaded", "anthropic", "overloaded_error", "2026-11-30T12:00:03Z"),
    (27, "rate_limit", "anthropic", "rate_limit_error", "2026-11-30T12:00:05Z"),
    (29, "auth", "openai", "invalid_api_key", None),
    (30, "timeout", "openai", None, "2026-11-30T12:00:10Z"),
]


class _Stdin(io.BytesIO):
    def isatty(self) -> bool:
        return False


class _TtyStdin(io.BytesIO):
    def isatty(self) -> bool:
        return True


class _TtyText(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(
    *argv: str, stdin: bytes | None = None, stderr: io.StringIO | None = None
) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    code = main(
        list(argv),
        stdout=out,
        stderr=err,
        stdin=_Stdin(stdin) if stdin is not None else _TtyStdin(),
    )
    return code, out.getvalue(), err.getvalue()


def _records(out: str) -> list[tuple[Any, ...]]:
    rows = [json.loads(line) for line in out.splitlines()]
    return [
        (
            r["line"],
            r["error"]["kind"],
            r["error"].get("provider"),
            r["error"].get("code"),
            r.get("time"),
        )
        for r in rows
    ]


@pytest.fixture
def log(tmp_path: Path) -> Path:
    path = tmp_path / "app.log"
    path.write_bytes(LOG)
    return path


def test_jsonl_lists_every_failure_with_its_line(log: Path) -> None:
    """--jsonl prints one classification per provider failure: tracebacks (the chained one
    included), JSON records, LiteLLM lines; a KeyError and an error_rate metric are not failures."""
    code, out, err = _run("scan", "--jsonl", str(log))
    assert (code, err) == (0, "")
    assert _records(out) == EXPECTED


def test_stdin_is_read_with_a_dash() -> None:
    """'-' reads the log from standard input and names it '-'."""
    code, out, _ = _run("scan", "-", "--jsonl", stdin=LOG)
    assert code == 0
    assert {json.loads(line)["file"] for line in out.splitlines()} == {"-"}
    assert len(out.splitlines()) == len(EXPECTED)


def test_summary_counts_by_kind_and_provider(log: Path) -> None:
    """The summary gives totals, retryable share, the time range, one row per kind × provider
    with a redacted example, and the top codes."""
    code, out, _ = _run("scan", str(log))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"scanned 1 file, {len(LOG_LINES)} lines ({len(LOG):,} bytes)"
    assert lines[1] == (
        "5 provider failures, 80% retryable, 2026-11-30T12:00:01Z to 2026-11-30T12:00:10Z"
    )
    rows = {tuple(line.split()[:4]) for line in lines[3:9]}
    assert rows >= {
        ("1", "rate_limit", "openai", "100%"),
        ("1", "overloaded", "anthropic", "100%"),
        ("1", "rate_limit", "anthropic", "100%"),
        ("1", "auth", "openai", "0%"),
        ("1", "timeout", "openai", "100%"),
    }
    assert f"{log}:29  Incorrect API key provided: [REDACTED]." in out
    assert "top codes: rate_limit_exceeded (1)" in out


@pytest.mark.parametrize(
    "mode", [pytest.param([], id="summary"), pytest.param(["--jsonl"], id="jsonl")]
)
def test_no_secret_reaches_the_output(log: Path, mode: list[str]) -> None:
    """A key the log holds is redacted in the summary and in every JSON line."""
    _, out, _ = _run("scan", *mode, str(log))
    assert OPENAI_KEY not in out
    assert "[REDACTED]" in out


@pytest.mark.parametrize(
    ("window", "lines"),
    [
        pytest.param(
            ["--since", "2026-11-30T12:00:02"], [21, 27, 30], id="since-drops-earlier-and-untimed"
        ),
        pytest.param(["--until", "2026-11-30T12:00:05Z"], [8, 21], id="until-is-exclusive"),
        pytest.param(
            ["--since", "2026-11-30T12:00:03+00:00", "--until", "2026-11-30T12:00:06"],
            [21, 27],
            id="window",
        ),
        pytest.param(
            ["--since", "2026-11-30T13:00:02+01:00"], [21, 27, 30], id="offsets-are-honoured"
        ),
    ],
)
def test_time_window(log: Path, window: list[str], lines: list[int]) -> None:
    """--since/--until keep the failures logged in the window (UTC unless the value says)."""
    code, out, _ = _run("scan", "--jsonl", *window, str(log))
    assert code == 0
    assert [r[0] for r in _records(out)] == lines


@pytest.mark.parametrize("block", [37, 200, 1000, 1 << 20])
def test_block_size_changes_nothing(log: Path, block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tracebacks and lines split across read blocks are found whole, with the right line."""
    monkeypatch.setattr(_logscan, "BLOCK", block)
    _, out, _ = _run("scan", "--jsonl", str(log))
    assert _records(out) == EXPECTED


def test_masked_and_exact_classification_count_the_same() -> None:
    """The summary's cache (keyed on the text with ids masked) counts what exact
    classification counts, on failures that differ only in their ids."""
    lines = [
        f"2026-11-30 12:00:{i % 60:02d} ERROR openai.RateLimitError: Error code: 429 - "
        f"{{'error': {{'message': 'Rate limit reached for org-{i:08d}', 'code': 'rate_limit_exceeded'}}, 'request_id': 'req_{i:012d}'}}"
        for i in range(50)
    ] + [
        f"2026-11-30 12:01:{i:02d} ERROR anthropic 529 overloaded_error req_{i:020d}"
        for i in range(30)
    ]
    data = ("\n".join(lines) + "\n").encode()
    summaries = []
    for exact in (False, True):
        scanner = LogScanner(exact=exact)
        found = list(scanner.scan(io.BytesIO(data), "x.log"))
        summaries.append((len(found), dict(scanner.summary.rows), dict(scanner.summary.codes)))
    assert summaries[0] == summaries[1]
    assert summaries[0][0] == 80


def test_multiple_files_add_up(tmp_path: Path) -> None:
    """Several files are scanned into one summary."""
    for name in ("a.log", "b.log"):
        (tmp_path / name).write_bytes(LOG)
    code, out, _ = _run("scan", str(tmp_path / "a.log"), str(tmp_path / "b.log"))
    assert code == 0
    assert out.splitlines()[0].startswith("scanned 2 files")
    assert "10 provider failures" in out


def test_a_log_without_failures(tmp_path: Path) -> None:
    """A clean log says so."""
    path = tmp_path / "ok.log"
    path.write_text("2026-11-30 12:00:00 INFO all good\n" * 3)
    code, out, _ = _run("scan", str(path))
    assert (code, out.splitlines()[-1]) == (0, "no provider failures found")


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    (tmp_path / "empty.log").write_bytes(b"")
    (tmp_path / "nul.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    (tmp_path / "noise.bin").write_bytes(bytes(range(128, 256)) * 8)
    (tmp_path / "app.log.gz").write_bytes(gzip.compress(LOG))
    return {
        "missing": ([str(tmp_path / "missing.log")], "cannot read"),
        "empty": ([str(tmp_path / "empty.log")], "empty input"),
        "nul-bytes": ([str(tmp_path / "nul.bin")], "binary data"),
        "not-utf8": ([str(tmp_path / "noise.bin")], "binary data"),
        "gzip": ([str(tmp_path / "app.log.gz")], "gzip-compressed"),
        "directory": ([str(tmp_path)], "cannot read"),
        "stdin-on-a-terminal": (["-"], "pipe a log on standard input"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "empty",
        "nul-bytes",
        "not-utf8",
        "gzip",
        "directory",
        "stdin-on-a-terminal",
    ],
)
def test_bad_input_exits_2_with_a_reason(tmp_path: Path, case: str) -> None:
    """Bad input gets a one-line reason on stderr and exit status 2, never a traceback."""
    argv, reason = _bad_inputs(tmp_path)[case]
    code, out, err = _run("scan", *argv)
    assert code == 2
    assert reason in err
    assert "Traceback" not in err and out == ""


def test_a_bad_time_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """A --since that is not a date is a usage error with a reason."""
    code, _, err = _run("scan", "--since", "yesterday", "-")
    assert code == 2
    assert "not an ISO date" in err + capsys.readouterr().err


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path, log: Path) -> None:
    """A bad file is reported, the good ones are still summarised, and the status is 2."""
    code, out, err = _run("scan", str(tmp_path / "missing.log"), str(log))
    assert code == 2
    assert "cannot read" in err
    assert "5 provider failures" in out


@pytest.mark.parametrize(
    ("tty", "shown"),
    [pytest.param(True, True, id="terminal"), pytest.param(False, False, id="pipe")],
)
def test_progress_bar_only_on_a_terminal(
    log: Path, monkeypatch: pytest.MonkeyPatch, tty: bool, shown: bool
) -> None:
    """A progress bar is drawn on stderr when it is a terminal, and cleared at the end."""
    monkeypatch.setattr(_logreport, "PROGRESS_MIN_BYTES", 0)
    stderr = _TtyText() if tty else io.StringIO()
    code, out, err = _run("scan", str(log), stderr=stderr)
    assert code == 0
    assert ("chaterror scan:" in err and "100%" in err and err.endswith("\r\x1b[K")) is shown
    assert err == "" or shown
    assert "5 provider failures" in out


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("2026-11-30", "2026-11-30T00:00:00+00:00", id="date"),
        pytest.param("2026-11-30T12:30", "2026-11-30T12:30:00+00:00", id="naive-is-utc"),
        pytest.param(
            "2026-11-30 12:30:05.5+02:00", "2026-11-30T10:30:05.500000+00:00", id="offset"
        ),
        pytest.param("2026-11-30T12:30:05Z", "2026-11-30T12:30:05+00:00", id="zulu"),
    ],
)
def test_parse_when(text: str, iso: str) -> None:
    """--since/--until take ISO dates and date-times, UTC unless they say otherwise."""
    assert parse_when(text).isoformat() == iso


def test_codes_counter_is_bounded() -> None:
    """More distinct codes than the cap are counted together: memory stays bounded."""
    data = "".join(
        f"ERROR Error code: 429 - {{'error': {{'code': 'code_{i}', 'message': 'Rate limit reached'}}}}\n"
        for i in range(_logreport.CODES_MAX + 50)
    ).encode()
    scanner = LogScanner(exact=True)  # the summary's cache would take code_1 for code_2
    assert sum(1 for _ in scanner.scan(io.BytesIO(data), "x")) == _logreport.CODES_MAX + 50
    assert len(scanner.summary.codes) == _logreport.CODES_MAX + 1
    assert scanner.summary.codes["(other)"] == 50


@pytest.mark.parametrize(
    ("method", "options", "failures"),
    [
        pytest.param("fork", [], "2,000", id="forked"),
        pytest.param("spawn", [], "2,000", id="spawned"),
        pytest.param(
            "fork",
            ["--since", "2026-11-30T12:00:02", "--provider", "openai"],
            "1,200",
            id="options-reach-the-workers",
        ),
    ],
)
def test_parallel_scan_gives_the_same_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str, options: list[str], failures: str
) -> None:
    """--jobs 2 splits a file at record starts; its summary is the single process's, line
    numbers of the examples included, whether the workers are forked or spawned."""
    monkeypatch.setattr(_logscan, "_start_method", lambda: method)
    path = tmp_path / "big.log"
    path.write_bytes(LOG * 400)
    single = _run("scan", "--jobs", "1", *options, str(path))
    double = _run("scan", "--jobs", "2", *options, str(path))
    assert single == double
    assert f"{failures} provider failures" in single[1]


@pytest.mark.parametrize("jobs", ["0", "x", "65"])
def test_bad_jobs_exit_2(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs takes 1 to 64."""
    code, _, err = _run("scan", "--jobs", jobs, "-")
    assert code == 2
    assert "--jobs" in err + capsys.readouterr().err


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_stops_quietly(log: Path) -> None:
    """`chaterror scan --jsonl log | head -1`: the reader leaving is not an error."""
    err = io.StringIO()
    code = main(["scan", "--jsonl", str(log)], stdout=_ClosedPipe(), stderr=err, stdin=_TtyStdin())
    assert (code, err.getvalue()) == (0, "")


def test_docs_cli_example_is_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary shown in docs/cli.md is what `chaterror scan app.log` prints for LOG."""
    docs = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    shown = docs.split("$ chaterror scan app.log\n", 1)[1].split("\n\n$ ", 1)[0]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "app.log").write_bytes(LOG)
    code, out, _ = _run("scan", "app.log")
    assert code == 0
    assert out.rstrip("\n") == shown.rstrip("\n")


@pytest.mark.parametrize(
    ("data", "found"),
    [
        pytest.param(
            b'Traceback (most recent call last):\r\n  File "a.py", line 1, in f\r\n    g()\r\n'
            b"openai.RateLimitError: Error code: 429 - rate limit\r\nnext line\r\n",
            [(4, "rate_limit")],
            id="crlf-line-ends",
        ),
        pytest.param(
            b'x\nTraceback (most recent call last):\n  File "a.py", line 1, in f\n'
            b"anthropic.InternalServerError: Error code: 529 - overloaded_error",
            [(4, "overloaded")],
            id="traceback-at-eof-without-newline",
        ),
        pytest.param(b"Traceback (most recent call last):\n", [], id="header-alone"),
        pytest.param(
            b"2026-11-30 ERROR \xe9chec: Error code: 503 - Service Unavailable\n",
            [(1, "timeout")],
            id="latin-1-byte-is-replaced",
        ),
        pytest.param(
            b"ERROR botocore.errorfactory.ThrottlingException: Rate exceeded\n"
            b"ERROR ModelTimeoutException: Model has timed out\n",
            [(1, "rate_limit"), (2, "timeout")],
            id="aws-exception-names",
        ),
    ],
)
def test_edge_inputs(tmp_path: Path, data: bytes, found: list[tuple[int, str]]) -> None:
    """Line ends, a missing final newline, a lone header and stray bytes are read right."""
    path = tmp_path / "edge.log"
    path.write_bytes(data)
    code, out, _ = _run("scan", "--jsonl", str(path))
    assert code == 0
    assert [(r[0], r[1]) for r in _records(out)] == found


@pytest.mark.parametrize(
    ("size", "cpus", "jobs"),
    [
        pytest.param(10 * 2**20, 8, 1, id="small-file-one-process"),
        pytest.param(256 * 2**20, 8, 2, id="each-worker-gets-128-mib"),
        pytest.param(2**30, 2, 2, id="one-per-cpu"),
        pytest.param(2**30, None, 1, id="unknown-cpus-one-process"),
    ],
)
def test_default_jobs(size: int, cpus: int | None, jobs: int) -> None:
    """Large files are split across the CPUs, each worker with 128 MiB at least."""
    assert _logscan.default_jobs(size, cpus) == jobs


@pytest.mark.parametrize(
    ("data", "argv", "provider"),
    [
        pytest.param(b"ERROR Error code: 429 - Rate limit reached\n", [], None, id="no-hint"),
        pytest.param(
            b"ERROR Error code: 429 - Rate limit reached\n",
            ["--provider", "Azure OpenAI"],
            "azure",
            id="provider-option",
        ),
        pytest.param(
            b'{"level": "error", "llm_provider": "groq", "error": "Error code: 429 - Rate limit reached"}\n',
            [],
            "groq",
            id="json-record-provider-field",
        ),
    ],
)
def test_provider_hints(tmp_path: Path, data: bytes, argv: list[str], provider: str | None) -> None:
    """--provider names the provider for logs that do not; a JSON record's own field does too."""
    path = tmp_path / "hint.log"
    path.write_bytes(data)
    _, out, _ = _run("scan", "--jsonl", *argv, str(path))
    assert [r[2] for r in _records(out)] == [provider]


@pytest.mark.parametrize(
    ("line", "count", "most"),
    [
        pytest.param(
            "ERROR Error code: 429 - rate limit for user u{i}\n",
            5000,
            _logscan._CACHE_MAX,
            id="distinct-short-texts",
        ),
        pytest.param(
            "ERROR Error code: 429 - " + "x" * 9000 + " {i}\n",
            50,
            0,
            id="long-texts-are-not-cached",
        ),
    ],
)
def test_caches_stay_bounded(line: str, count: int, most: int) -> None:
    """However many distinct failures a log holds, the classification caches stay bounded."""
    data = "".join(line.format(i=i) for i in range(count)).encode()
    scanner = LogScanner(exact=True)
    assert sum(1 for _ in scanner.scan(io.BytesIO(data), "x")) == count
    assert len(scanner._classify.cache) <= most


def test_ctrl_c_stops_without_a_traceback(log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An interrupted scan exits 130 with one line on stderr."""

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(LogScanner, "scan", interrupted)
    code, out, err = _run("scan", str(log))
    assert (code, out, err) == (130, "", "chaterror: interrupted\n")
