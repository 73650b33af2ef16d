"""Measure ``chaterror scan`` on a generated application log: MB/s, lines/s, memory, and that every
failure in it is found and classified as ``chaterror.classify`` classifies it on its own.

    python benchmarks/scan.py [--size-mb 1024] [--failure-share 0.01] [--jobs 1 2] [--keep]

The log (in a temporary directory, deleted afterwards unless --keep) mixes plain-text lines,
JSON-lines records, httpx and uvicorn lines, metric lines that mention "errors=0" (candidates
that are not failures), and a share of failure records in six shapes: logger.exception
tracebacks (one chained), JSON records with an error body or exc_info, LiteLLM proxy lines and
plain error lines. Ids, token counts and timestamps vary per record, as they do in real logs.
The CLI runs in a subprocess, once for the summary and once with --jsonl; its peak RSS is the
child's ru_maxrss.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import chaterror

ROOT = Path(__file__).resolve().parent.parent

# (shape, template). {t} is a timestamp, {rid} a request id, {n} a number; each template is one
# failure record (a traceback is several lines).
FAILURES = [
    (
        "traceback",
        "{t} ERROR chat.views: completion failed\n"
        "Traceback (most recent call last):\n"
        '  File "/app/chat/views.py", line 88, in reply\n'
        '    stream = client.chat.completions.create(model="gpt-4o", messages=history)\n'
        '  File "/venv/lib/python3.11/site-packages/openai/_base_client.py", line 1047, in request\n'
        "    raise self._make_status_error_from_response(err.response) from None\n"
        "openai.RateLimitError: Error code: 429 - {{'error': {{'message': 'Rate limit reached for gpt-4o in "
        "organization org-{rid} on tokens per min (TPM): Limit 30000, Used 29{n}, Requested 1500. Please try again "
        "in 2.5s.', 'type': 'tokens', 'param': None, 'code': 'rate_limit_exceeded'}}}}\n",
    ),
    (
        "chained-traceback",
        "{t} ERROR worker: job {n} failed\n"
        "Traceback (most recent call last):\n"
        '  File "/app/worker.py", line 41, in run\n'
        "    answer = ask(prompt)\n"
        "openai.BadRequestError: Error code: 400 - {{'error': {{'message': \"This model's maximum context length is "
        '128000 tokens. However, your messages resulted in 13{n} tokens. Please reduce the length of the messages.", '
        "'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}}}\n"
        "\n"
        "During handling of the above exception, another exception occurred:\n"
        "\n"
        "Traceback (most recent call last):\n"
        '  File "/app/worker.py", line 44, in run\n'
        '    raise JobFailed("chat failed")\n'
        "worker.JobFailed: chat failed\n",
    ),
    (
        "json-error-body",
        '{{"timestamp": "{t}", "level": "error", "logger": "llm", "event": "anthropic call failed", '
        '"provider": "anthropic", "request_id": "req_{rid}", "error": {{"type": "error", "error": '
        '{{"type": "overloaded_error", "message": "Overloaded"}}}}}}\n',
    ),
    (
        "json-exc-info",
        '{{"timestamp": "{t}", "level": "error", "message": "upstream failed", "request_id": "{rid}", '
        '"exc_info": "Traceback (most recent call last):\\n  File \\"/app/a.py\\", line 9, in call\\n    '
        'return client.messages.create(**kw)\\nanthropic.APIConnectionError: Connection error."}}\n',
    ),
    (
        "litellm-proxy",
        "{t} - LiteLLM Proxy:ERROR: proxy_server.py:3512 - litellm.proxy.proxy_server.chat_completion(): "
        "Exception occured - litellm.AuthenticationError: AuthenticationError: OpenAIException - Error code: 401 - "
        "{{'error': {{'message': 'Incorrect API key provided: sk-proj-{rid}{rid}. You can find your API key at "
        "https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, "
        "'code': 'invalid_api_key'}}}}\n",
    ),
    (
        "plain-line",
        "{t} ERROR chat.stream: google.genai.errors.ServerError: 503 UNAVAILABLE. {{'error': {{'code': 503, "
        "'message': 'The model is overloaded. Please try again later.', 'status': 'UNAVAILABLE'}}}} request {rid}\n",
    ),
]

NORMAL = [
    "{t} INFO chat.views: reply sent request_id={rid} model=gpt-4o prompt_tokens={n} completion_tokens=412 latency_ms=1834 status=200 user=u_{n}\n",
    '{{"timestamp": "{t}", "level": "info", "logger": "llm", "event": "chat.completion", "model": "claude-sonnet-4", "input_tokens": {n}, "output_tokens": 388, "latency_ms": 2211, "request_id": "req_{rid}"}}\n',
    '{t} INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 200 OK"\n',
    '{t} INFO uvicorn.access: 10.0.3.{m}:5{n} - "POST /api/chat HTTP/1.1" 200\n',
    "{t} DEBUG chat.history: loaded {n} messages for conversation c_{rid}\n",
]
# Lines with a trigger word that are not failures: the pre-filter passes them, classify drops them.
NOISE = "{t} INFO metrics: window=60s requests={n} retries=0 errors=0 error_rate=0.000\n"


def _chunk(rng: random.Random, records: int, share: float, day: int) -> tuple[bytes, Counter[str]]:
    """One block of the log and the kinds of the failures in it."""
    out: list[str] = []
    kinds: Counter[str] = Counter()
    for i in range(records):
        second = (i * 86400) // records
        t = f"2026-11-{day:02d}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.{i % 1000:03d}Z"
        fields = {
            "t": t,
            "rid": f"{rng.getrandbits(96):024x}",
            "n": rng.randrange(1000, 9999),
            "m": rng.randrange(1, 254),
        }
        draw = rng.random()
        if draw < share:
            shape, template = FAILURES[rng.randrange(len(FAILURES))]
            record = template.format(**fields)
            kinds[_reference_kind(shape, record)] += 1
        elif draw < share + 0.005:
            record = NOISE.format(**fields)
        else:
            record = NORMAL[rng.randrange(len(NORMAL))].format(**fields)
        out.append(record)
    return "".join(out).encode(), kinds


def _reference_kind(shape: str, record: str) -> str:
    """How classify() alone classifies the failure in ``record`` (what scan must agree with)."""
    if shape.startswith("json"):
        data = json.loads(record)
        error = data.get("error") or data["exc_info"].splitlines()[-1]
        return chaterror.classify(error, provider=data.get("provider")).kind.value
    if "traceback" in shape:
        lines = [ln for ln in record.splitlines()[2:] if ln and not ln[0].isspace()]
        exceptions = [ln for ln in lines if not ln.startswith(("Traceback", "During", "The above"))]
        return chaterror.classify("\n".join(exceptions)).kind.value
    return chaterror.classify(record).kind.value


def _generate(path: Path, size: int, share: float) -> tuple[int, int, Counter[str]]:
    rng = random.Random(14)
    chunks = [_chunk(rng, 20_000, share, day) for day in range(1, 17)]
    written, lines, kinds = 0, 0, Counter[str]()
    with path.open("wb") as handle:
        index = 0
        while written < size:
            data, chunk_kinds = chunks[index % len(chunks)]
            handle.write(data)
            written += len(data)
            lines += data.count(b"\n")
            kinds.update(chunk_kinds)
            index += 1
    return written, lines, kinds


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(argv: list[str]) -> tuple[float, float, bytes, float]:
    """(wall seconds, CPU seconds of the CLI and its workers, stdout, peak RSS in MiB) of one
    CLI run. CPU seconds matter on a shared machine, where wall time depends on the others."""
    cpu = _cpu()
    started = time.perf_counter()
    done = subprocess.run(argv, check=True, capture_output=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, _cpu() - cpu, done.stdout, peak


def _report(name: str, size: int, lines: int, elapsed: float, cpu: float, peak: float) -> str:
    return (
        f"{name}: {elapsed:.2f} s wall, {size / elapsed / 1e6:,.0f} MB/s, {lines / elapsed:,.0f} "
        f"lines/s; {cpu:.2f} CPU s ({size / cpu / 1e6:,.0f} MB per CPU second); "
        f"load average {os.getloadavg()[0]:.1f}; peak RSS {peak:,.0f} MiB"
    )


def _summary_kinds(text: str) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for line in text.splitlines()[3:]:
        parts = line.split()
        if len(parts) >= 4 and parts[0].replace(",", "").isdigit():
            kinds[parts[1]] += int(parts[0].replace(",", ""))
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--failure-share", type=float, default=0.01)
    parser.add_argument("--keep", action="store_true", help="keep the generated log")
    parser.add_argument(
        "--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to measure"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="chaterror-scan-"))
    log = folder / "app.log"
    try:
        started = time.perf_counter()
        size, lines, kinds = _generate(log, args.size_mb * 1024 * 1024, args.failure_share)
        print(
            f"generated {size / 1e6:,.0f} MB, {lines:,} lines, {sum(kinds.values()):,} failures "
            f"in {time.perf_counter() - started:.1f} s"
        )
        subprocess.run(["cat", str(log)], check=True, stdout=subprocess.DEVNULL)  # page cache
        command = [sys.executable, "-m", "chaterror", "scan", str(log)]
        for jobs in args.jobs:
            elapsed, cpu, out, peak = _run([*command, "--jobs", str(jobs)])
            found = _summary_kinds(out.decode())
            if jobs == args.jobs[0]:
                print(out.decode())
            print(_report(f"summary --jobs {jobs}", size, lines, elapsed, cpu, peak))
            print(
                f"  failures found {sum(found.values()):,} of {sum(kinds.values()):,}; "
                f"kinds agree with classify(): {found == kinds}"
            )
        elapsed, cpu, out, peak = _run([*command, "--jsonl"])
        records = Counter(json.loads(line)["error"]["kind"] for line in out.splitlines())
        print(_report("--jsonl", size, lines, elapsed, cpu, peak))
        print(
            f"  records {sum(records.values()):,} of {sum(kinds.values()):,}; "
            f"kinds agree with classify(): {records == kinds}"
        )
    finally:
        if args.keep:
            print(f"kept {log}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
