"""Measure chaterror: classify() per call on real SDK exceptions, import cost, and accuracy.

    python benchmarks/run.py            # everything
    python benchmarks/run.py --accuracy # only the accuracy tables

Not part of the test run: numbers depend on the machine. Results are recorded in
docs/performance.md with the machine, the date and this command.
"""

from __future__ import annotations

import argparse
import collections
import json
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import chaterror  # noqa: E402
from corpus import load_cases  # noqa: E402
from replay import held  # noqa: E402


def _time_per_call(func: Callable[[], Any], *, rounds: int = 7, target: float = 0.2) -> float:
    """Median seconds per call over ``rounds`` timed loops of about ``target`` seconds each."""
    func()
    loops = 1
    while True:
        start = time.perf_counter()
        for _ in range(loops):
            func()
        if time.perf_counter() - start > target / 10:
            break
        loops *= 2
    loops = max(1, int(loops * 10 * target / max(time.perf_counter() - start, 1e-9) / 10))
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(loops):
            func()
        samples.append((time.perf_counter() - start) / loops)
    return statistics.median(samples)


def _sdk_objects() -> dict[str, list[Any]]:
    """The real objects apps hold, grouped by the stack that raised them."""
    groups: dict[str, list[Any]] = collections.defaultdict(list)
    for case in load_cases():
        if case["input"]["type"] == "text":
            groups["text"].append(case["input"]["text"])
            continue
        obj = held(case)
        groups[type(obj).__module__.split(".")[0]].append(obj)
    import httpx

    request = httpx.Request("POST", "https://api.openai.com/v1/chat/completions")
    groups["httpx-transport"] = [
        httpx.ConnectTimeout("timed out", request=request),
        httpx.ReadTimeout("", request=request),
        httpx.ConnectError("[Errno 111] Connection refused", request=request),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ]
    return dict(groups)


def _floor(exc: Any) -> tuple[str, bool, Any]:
    text = str(exc).lower()
    return text, bool(_FLOOR_RE.search(text)), getattr(exc, "status_code", None)


import re  # noqa: E402

_FLOOR_RE = re.compile(r"rate limit|overloaded|timeout|quota|context length|unauthorized")


def bench_classify() -> list[tuple[str, int, float, float]]:
    rows = []
    for name, objects in sorted(_sdk_objects().items()):
        # One timed call classifies every object of the group; report the mean per object.
        ours = _time_per_call(lambda objs=objects: [chaterror.classify(o) for o in objs]) / len(
            objects
        )
        floor = _time_per_call(lambda objs=objects: [_floor(o) for o in objs]) / len(objects)
        rows.append((name, len(objects), ours, floor))
    return rows


def bench_import() -> dict[str, float]:
    """Median wall time (no tracing) and peak traced memory of an import, in fresh interpreters."""
    timed = "import time; t=time.perf_counter(); {stmt}; print(time.perf_counter()-t)"
    traced = (
        "import tracemalloc; tracemalloc.start(); {stmt}; print(tracemalloc.get_traced_memory()[1])"
    )
    results = {}
    for label, stmt in (
        ("pydantic.BaseModel", "from pydantic import BaseModel"),
        ("chaterror", "import chaterror"),
    ):
        times = [float(_python(timed.format(stmt=stmt))) for _ in range(9)]
        peaks = [int(_python(traced.format(stmt=stmt))) for _ in range(3)]
        results[label] = statistics.median(times)
        results[label + " peak MiB"] = statistics.median(peaks) / 2**20
    return results


def _python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def accuracy() -> tuple[dict[str, list[int]], dict[str, list[int]], list[str]]:
    by_provider: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for case in load_cases():
        err = chaterror.classify(held(case))
        ok = (err.kind.value, err.retryable) == (
            case["expect"]["kind"],
            case["expect"]["retryable"],
        )
        for table, key in (
            (by_provider, case.get("provider") or "unknown"),
            (by_kind, case["expect"]["kind"]),
        ):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            misses.append(f"{case['id']}: got {err.kind.value}/{err.retryable}")
    return by_provider, by_kind, misses


def _table(title: str, data: dict[str, list[int]]) -> None:
    print(f"\n{title}\n| | right | cases | accuracy |\n|---|---:|---:|---:|")
    total = [0, 0]
    for key, (right, cases) in sorted(data.items(), key=lambda kv: (-kv[1][1], kv[0])):
        total[0] += right
        total[1] += cases
        print(f"| {key} | {right} | {cases} | {right / cases:.1%} |")
    print(f"| **all** | {total[0]} | {total[1]} | {total[0] / total[1]:.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accuracy", action="store_true", help="only the accuracy tables")
    args = parser.parse_args()
    print(
        f"# chaterror {chaterror.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {time.strftime('%Y-%m-%d')}"
    )
    by_provider, by_kind, misses = accuracy()
    _table("Accuracy (kind and retryable) by provider", by_provider)
    _table("Accuracy (kind and retryable) by kind", by_kind)
    print("\nmisses:", json.dumps(misses, indent=1) if misses else "none")
    if args.accuracy:
        return
    print(
        "\nclassify() median per call\n| objects | n | chaterror µs | floor µs | ratio |\n|---|---:|---:|---:|---:|"
    )
    for name, count, ours, floor in bench_classify():
        print(f"| {name} | {count} | {ours * 1e6:.1f} | {floor * 1e6:.2f} | {ours / floor:.1f}× |")
    imports = bench_import()
    print("\nimport in a fresh interpreter (median of 9; memory: peak traced, median of 3)")
    for label, value in imports.items():
        print(
            f"- {label}: {value * 1000:.1f} ms" if "MiB" not in label else f"- {label}: {value:.1f}"
        )


if __name__ == "__main__":
    main()
