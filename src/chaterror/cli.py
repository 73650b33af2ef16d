"""``chaterror`` on the command line: classify an error text or a raw HTTP response.

    chaterror classify "Error code: 429 - {'error': {'code': 'insufficient_quota'}}"
    pbpaste | chaterror classify --provider openai --json
    chaterror classify --status 529 --header request-id:req_1 --body response.json
    chaterror schema
    chaterror scan app.log proxy.log.1 --since 2026-11-30
    kubectl logs deploy/chat | chaterror scan - --jsonl

Exit status: 0 when a classification (or a scan summary) was printed, 2 for bad arguments or
unreadable input.
Bad input never produces a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Final

from chaterror import __version__
from chaterror._classify import RawResponse, classify, explain
from chaterror.error import ChatError
from chaterror.providers import display_name

__all__ = ["main"]

# Far more than classify ever reads (64 KiB); enough for any real error body.
_MAX_INPUT: Final = 16 * 1024 * 1024


class _UsageError(Exception):
    """Bad arguments or unreadable input: reported on stderr with exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chaterror",
        description="Classify an LLM provider error: kind, retryable, retry-after, a safe message.",
    )
    parser.add_argument("--version", action="version", version=f"chaterror {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "classify",
        help="classify an error text (argument or stdin) or a raw HTTP response",
        description=(
            "Classify the error TEXT (read from stdin when absent). With --status, --header or "
            "--body, classify a raw HTTP response instead; TEXT, if given, is then its body."
        ),
    )
    run.add_argument("text", nargs="?", metavar="TEXT", help="the error text; stdin when absent")
    run.add_argument("--provider", help="the provider the call went to (openai, anthropic …)")
    run.add_argument("--status", type=_status, metavar="CODE", help="the HTTP status code")
    run.add_argument(
        "--header",
        action="append",
        default=[],
        type=_header,
        metavar="NAME:VALUE",
        help="a response header; repeat for more",
    )
    run.add_argument(
        "--body", metavar="FILE", help="read the raw response body from FILE ('-' for stdin)"
    )
    run.add_argument("--url", help="the request URL, to recognise the provider")
    output = run.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the wire JSON")
    output.add_argument("--explain", action="store_true", help="also list the evidence weighed")
    commands.add_parser("schema", help="print the JSON Schema of the wire format")
    scan = commands.add_parser(
        "scan",
        help="find and classify the provider failures in application logs",
        description=(
            "Read application logs (plain text with tracebacks, JSON lines, LiteLLM proxy logs), "
            "find the provider failures in them, classify each and print a summary."
        ),
    )
    scan.add_argument("files", nargs="+", metavar="FILE", help="a log file; '-' for stdin")
    scan.add_argument("--jsonl", action="store_true", help="print one JSON line per failure")
    scan.add_argument("--since", type=_when, metavar="WHEN", help="only failures at or after WHEN")
    scan.add_argument("--until", type=_when, metavar="WHEN", help="only failures before WHEN")
    scan.add_argument("--provider", help="the provider, when the log does not say")
    scan.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes for a large file (default: one per CPU for files of 256 MiB or more)",
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 1 <= jobs <= 64:
        raise argparse.ArgumentTypeError(f"--jobs is 1-64, not {jobs}")
    return jobs


def _when(value: str) -> object:
    from chaterror._logtime import parse_when

    try:
        return parse_when(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _status(value: str) -> int:
    try:
        status = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 100 <= status <= 599:
        raise argparse.ArgumentTypeError(f"an HTTP status is 100-599, not {status}")
    return status


def _header(value: str) -> tuple[str, str]:
    name, sep, rest = value.partition(":")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME:VALUE, got {value!r}")
    return name.strip(), rest.strip()


def _read_stdin(stdin: IO[bytes] | None) -> bytes:
    if stdin is None:
        raise _UsageError("no TEXT given and no standard input to read")
    if stdin.isatty():
        raise _UsageError("give the error as TEXT, or pipe it on standard input")
    return stdin.read(_MAX_INPUT)


def _read_body(path: str, stdin: IO[bytes] | None) -> bytes:
    if path == "-":
        return _read_stdin(stdin)
    try:
        with open(path, "rb") as handle:
            return handle.read(_MAX_INPUT)
    except OSError as exc:
        raise _UsageError(f"cannot read --body {path}: {exc.strerror or exc}") from None


def _input(args: argparse.Namespace, stdin: IO[bytes] | None) -> object:
    """What to classify: the error text, or a response built from the raw parts."""
    raw = args.status is not None or args.header or args.body is not None or args.url
    if args.body is not None and args.text is not None:
        raise _UsageError("give the body as TEXT or with --body, not both")
    if not raw:
        return args.text if args.text is not None else _read_stdin(stdin)
    body = _read_body(args.body, stdin) if args.body is not None else args.text
    return RawResponse(args.status, body, args.header, args.url)


def _summary(err: ChatError) -> str:
    retry = "yes" if err.retryable else "no"
    if err.retryable and err.retry_after is not None:
        retry += f" (after {err.retry_after:g}s)"
    provider = (
        f"{display_name(err.provider) or err.provider} ({err.provider})"
        if err.provider
        else "unknown"
    )
    rows = [
        ("kind", err.kind.value),
        ("retryable", retry),
        ("provider", provider),
        ("status", str(err.status_code) if err.status_code else None),
        ("code", err.code),
        # A non-retryable error may still carry a hint (Gemini "limit: 0 … retry in 38s").
        (
            "retry after",
            f"{err.retry_after:g}s" if err.retry_after is not None and not err.retryable else None,
        ),
        ("request id", err.request_id),
        ("message", err.message),
        ("detail", err.detail),
    ]
    return "\n".join(f"{name + ':':<12} {value}" for name, value in rows if value)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[bytes] | None = None,
) -> int:
    """Run the command line; return the exit status (the streams are injectable for tests)."""
    out = stdout or sys.stdout
    err_stream = stderr or sys.stderr
    if stdin is None and stdout is None:
        stdin = getattr(sys.stdin, "buffer", None)
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage error
        return int(exit_.code or 0)
    if args.command == "schema":
        print(json.dumps(ChatError.model_json_schema(), indent=2), file=out)
        return 0
    if args.command == "scan":
        return _scan(args, out, err_stream, stdin)
    try:
        source = _input(args, stdin)
    except _UsageError as exc:
        print(f"chaterror: error: {exc}", file=err_stream)
        return 2
    result = classify(source, provider=args.provider)
    if args.json:
        print(result.to_json(), file=out)
        return 0
    print(_summary(result), file=out)
    if args.explain:
        print("evidence:", file=out)
        for line in explain(source, provider=args.provider) or ["(none: generic by default)"]:
            print(f"  {line}", file=out)
    return 0


@contextmanager
def _open_log(path: str, stdin: IO[bytes] | None) -> Iterator[tuple[IO[bytes], int | None]]:
    """The input as a binary stream and its size when known."""
    if path == "-":
        if stdin is None or stdin.isatty():
            raise _UsageError("-: pipe a log on standard input")
        yield stdin, None
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, after the scan
    except OSError as exc:
        raise _UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        try:
            size: int | None = os.fstat(handle.fileno()).st_size
        except OSError:  # pragma: no cover - a stream without a file behind it
            size = None
        yield handle, size


def _silence(out: IO[str]) -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush does not complain."""
    if out is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _jobs_for(
    args: argparse.Namespace, size: int | None, default: Callable[[int, int | None], int]
) -> int:
    """How many processes scan this input: one for stdin and for --jsonl (its lines stream out
    in order); --jobs, or the default for the file's size, otherwise."""
    if size is None or args.jsonl:
        return 1
    return int(args.jobs) if args.jobs is not None else default(size, os.cpu_count())


def _scan(
    args: argparse.Namespace, out: IO[str], err_stream: IO[str], stdin: IO[bytes] | None
) -> int:
    from chaterror._logreport import PROGRESS_MIN_BYTES, Progress, render_summary
    from chaterror._logscan import LogScanner, ScanError, default_jobs, scan_parallel

    scanner = LogScanner(
        provider=args.provider, exact=args.jsonl, since=args.since, until=args.until
    )
    status = 0
    terminal = err_stream.isatty()
    for path in args.files:
        progress = None
        try:
            with _open_log(path, stdin) as (handle, size):
                if terminal and (size is None or size >= PROGRESS_MIN_BYTES):
                    progress = Progress(err_stream, path, size, time.monotonic)
                jobs = _jobs_for(args, size, default_jobs)
                try:
                    if jobs > 1 and size is not None:
                        scan_parallel(scanner, path, size, jobs, progress)
                    for found in [] if jobs > 1 else scanner.scan(handle, path, progress):
                        if args.jsonl:
                            out.write(json.dumps(found.to_dict(), ensure_ascii=False) + "\n")
                finally:
                    if progress is not None:
                        progress.close()
        except BrokenPipeError:  # the reader stopped (`| head`): stop quietly
            _silence(out)
            return status
        except KeyboardInterrupt:  # Ctrl-C: stop without a traceback, as shells expect
            print("chaterror: interrupted", file=err_stream)
            return 130
        except (_UsageError, ScanError) as exc:
            print(f"chaterror: error: {exc}", file=err_stream)
            status = 2
        except OSError as exc:  # a read error midway (a directory, a vanished file)
            print(f"chaterror: error: cannot read {path}: {exc.strerror or exc}", file=err_stream)
            status = 2
    if not args.jsonl and scanner.summary.files:
        print(render_summary(scanner.summary), file=out)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
