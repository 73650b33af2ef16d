"""Measure chaterror: classify() per call on real SDK exceptions, import cost, and accuracy.

    python benchmarks/run.py            # everything
    python benchmarks/run.py --accuracy # only the accuracy tables
    python benchmarks/run.py --hostile  # only 10 MB vs 64 KiB and the hostile 64 KiB shapes

Not part of the test run: numbers depend on the machine. Results are recorded in
docs/performance.md with the machine, the date and this command.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
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

sys.path.insert(0, str(ROOT / "benchmarks"))
import peers  # noqa: E402

try:
    import litellm  # noqa: F401
    import pydantic_ai  # noqa: F401

    _PEERS = True
except ImportError:  # the peers are optional: pip install litellm pydantic-ai
    _PEERS = False


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


def bench_classify(
    systems: dict[str, Callable[[Any], Any]],
) -> list[tuple[str, int, dict[str, float]]]:
    """Mean seconds per object for each system, per group of objects."""
    rows = []
    for name, objects in sorted(_sdk_objects().items()):
        timings = {}
        for system, func in systems.items():
            rounds, target = (3, 0.05) if system in ("litellm", "pydantic-ai") else (7, 0.2)
            timings[system] = _time_per_call(
                lambda objs=objects, f=func: [f(o) for o in objs], rounds=rounds, target=target
            ) / len(objects)
        rows.append((name, len(objects), timings))
    return rows


def bench_big_body() -> tuple[float, float]:
    """classify() of a 64 KiB and of a 10 MB error body (seconds per call)."""
    page = "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>"
    small = page.format("x" * (64 * 1024))
    big = page.format("x" * (10 * 1024 * 1024))
    return (
        _time_per_call(lambda: chaterror.classify(small), rounds=5, target=0.1),
        _time_per_call(lambda: chaterror.classify(big), rounds=5, target=0.1),
    )


#: 64 KiB shapes an attacker who controls an upstream body can send: runs of what the body
#: scanner, the parsers and the patterns start on, with what they need to finish missing.
HOSTILE_UNITS = (
    "{",
    "[{",
    "[",
    "{'",
    '{"',
    '{"a":',
    '[{"a":[',
    "\\{",
    "{}",
    "{[}",
    "data: {",
    "{'a':{",
    '"{',
    "'{",
    '{"message": "',
    "'message': '",
    "sk-a-",
    "%41",
    "%20sk-",
    "key=aaaaaaaa&",
    "bearer ",
    "-----BEGIN PRIVATE KEY-----",
    "Error code: 429 - ",
    "a",
    " ",
)


def bench_hostile() -> tuple[str, float, list[tuple[str, float]]]:
    """The slowest single classify() of each 64 KiB hostile shape, as text, bytes and an
    exception's message, in CPU seconds (best of 5 per shape, so a scheduler hiccup or another
    process on the machine does not count)."""
    size = 64 * 1024
    rows = []
    for unit in HOSTILE_UNITS:
        text = (unit * (size // len(unit) + 1))[:size]
        worst = 0.0
        for value in (text, text.encode(), Exception(text)):
            samples = []
            for _ in range(5):
                start = time.process_time()  # CPU time: a busy machine does not inflate it
                chaterror.classify(value)
                samples.append(time.process_time() - start)
            worst = max(worst, min(samples))
        rows.append((unit, worst))
    slowest = max(rows, key=lambda row: row[1])
    return slowest[0], slowest[1], rows


def bench_import() -> dict[str, float]:
    """Median wall time (no tracing) and peak traced memory of an import, in fresh interpreters."""
    timed = "import time; t=time.perf_counter(); {stmt}; print(time.perf_counter()-t)"
    traced = (
        "import tracemalloc; tracemalloc.start(); {stmt}; print(tracemalloc.get_traced_memory()[1])"
    )
    results = {}
    peer_imports = (
        [("litellm", "import litellm"), ("pydantic_ai", "import pydantic_ai")] if _PEERS else []
    )
    for label, stmt in (
        ("pydantic.BaseModel", "from pydantic import BaseModel"),
        ("chaterror", "import chaterror"),
        ("chaterror + first classify()", "import chaterror; chaterror.classify('x')"),
        *peer_imports,
    ):
        times = [float(_python(timed.format(stmt=stmt))) for _ in range(9)]
        peaks = [int(_python(traced.format(stmt=stmt))) for _ in range(3)]
        results[label] = statistics.median(times)
        results[label + " peak MiB"] = statistics.median(peaks) / 2**20
    return results


def _python(code: str, *, bytecode: bool = False) -> str:
    """Run ``code`` in a fresh interpreter; with ``bytecode``, as a user's install runs it
    (bytecode written once, then read), whatever PYTHONDONTWRITEBYTECODE says here."""
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout


_AFTER = {
    "after `import openai`": "import openai",
    "after one pydantic model": ("from pydantic import BaseModel\nclass M(BaseModel):\n    x: int"),
}
_STATEMENTS = {
    "import chaterror": "import chaterror",
    "from chaterror import classify, ChatError, Kind": (
        "from chaterror import classify, ChatError, Kind"
    ),
    "import chaterror; chaterror.classify(exc) (first call)": (
        "import chaterror; chaterror.classify(ValueError('Error code: 429'))"
    ),
}


def bench_import_after() -> dict[str, dict[str, float]]:
    """Median ms of each statement in a fresh interpreter that already ran the setup (as an LLM
    app has: the SDK, or a pydantic model, is loaded before chaterror), bytecode cached."""
    timed = "{setup}\nimport time\nt = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)"
    results: dict[str, dict[str, float]] = {}
    for where, setup in _AFTER.items():
        row = results.setdefault(where, {})
        for label, stmt in _STATEMENTS.items():
            _python(timed.format(setup=setup, stmt=stmt), bytecode=True)  # writes it
            times = [
                float(_python(timed.format(setup=setup, stmt=stmt), bytecode=True))
                for _ in range(9)
            ]
            row[label] = statistics.median(times) * 1e3
    return results


def bench_speed(timed: dict[str, Callable[[Any], Any]]) -> dict[str, list[float]]:
    """µs per call of each system on each real exception (SDK, botocore, httpx), one by one."""
    objects = [o for group, objs in _sdk_objects().items() if group != "text" for o in objs]
    spread: dict[str, list[float]] = {name: [] for name in timed}
    for obj in objects:
        for name, func in timed.items():
            rounds, target = (3, 0.01) if name in ("litellm", "pydantic-ai") else (5, 0.02)
            spread[name].append(
                _time_per_call(lambda f=func, o=obj: f(o), rounds=rounds, target=target) * 1e6
            )
    return spread


def _speed_report(timed: dict[str, Callable[[Any], Any]]) -> None:
    spread = bench_speed(timed)
    n = len(spread["chaterror"])
    print(f"\nµs per call on the {n} real exceptions (SDK, botocore, httpx), measured one by one")
    print("| system | p10 | median | p90 | max | median / chaterror's |")
    print("|---|---:|---:|---:|---:|---:|")
    ours = statistics.median(spread["chaterror"])
    for name, values in spread.items():
        q = statistics.quantiles(values, n=10)
        med = statistics.median(values)
        print(
            f"| {name} | {q[0]:.1f} | {med:.1f} | {q[-1]:.1f} | {max(values):.1f} |"
            f" {med / ours:.2f} |"
        )
    print("\nimport cost, fresh interpreter, bytecode cached (median of 9, ms)")
    for where, row in bench_import_after().items():
        for label, value in row.items():
            print(f"- {where}: {label}: {value:.1f} ms")


def accuracy(systems: dict[str, Callable[[Any, str | None], tuple[str, bool]]]) -> dict[str, Any]:
    """Per system: right/total overall, and chaterror's per provider and per kind."""
    totals = {name: [0, 0] for name in systems}
    by_provider: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    misses = []
    for case in load_cases():
        obj = held(case)
        want = (case["expect"]["kind"], case["expect"]["retryable"])
        for name, system in systems.items():
            ok = system(obj, case.get("provider")) == want
            totals[name][0] += ok
            totals[name][1] += 1
            if name == "chaterror":
                for table, key in (
                    (by_provider, case.get("provider") or "unknown"),
                    (by_kind, want[0]),
                ):
                    table[key][0] += ok
                    table[key][1] += 1
                if not ok:
                    misses.append(case["id"])
    return {"totals": totals, "by_provider": by_provider, "by_kind": by_kind, "misses": misses}


def _table(title: str, data: dict[str, list[int]]) -> None:
    print(f"\n{title}\n| | right | cases | accuracy |\n|---|---:|---:|---:|")
    total = [0, 0]
    for key, (right, cases) in sorted(data.items(), key=lambda kv: (-kv[1][1], kv[0])):
        total[0] += right
        total[1] += cases
        print(f"| {key} | {right} | {cases} | {right / cases:.1%} |")
    print(f"| **all** | {total[0]} | {total[1]} | {total[0] / total[1]:.1%} |")


def _chaterror(obj: Any, provider: str | None) -> tuple[str, bool]:
    err = chaterror.classify(obj)
    return err.kind.value, err.retryable


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accuracy", action="store_true", help="only the accuracy tables")
    parser.add_argument(
        "--hostile", action="store_true", help="only the 64 KiB sizes: big body and hostile shapes"
    )
    parser.add_argument(
        "--speed",
        action="store_true",
        help="only classify() next to its peers on real exceptions, and import cost after an SDK",
    )
    args = parser.parse_args()
    if args.speed:
        speed: dict[str, Callable[[Any], Any]] = {
            "chaterror": chaterror.classify,
            "floor": peers.floor,
        }
        if _PEERS:
            lite, pai = peers.litellm_classify(), peers.pydantic_ai_classify()
            speed["pydantic-ai"] = lambda o, f=pai: f(o, None)
            speed["litellm"] = lambda o, f=lite: f(o, None)
        _speed_report(speed)
        return
    if args.hostile:
        small, big = bench_big_body()
        print(
            f"classify(64 KiB HTML) {small * 1e3:.2f} ms, classify(10 MB HTML) {big * 1e3:.2f} ms"
        )
        print(f"10 MB vs 64 KiB: {big / small:.2f}×")
        unit, slowest, rows = bench_hostile()
        print(f"slowest classify() of a hostile 64 KiB shape: {slowest * 1e3:.2f} ms ({unit!r})")
        for shape, seconds in rows:
            print(f"  {shape!r:32} {seconds * 1e3:6.2f} ms")
        return
    print(
        f"# chaterror {chaterror.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {time.strftime('%Y-%m-%d')}"
    )
    systems: dict[str, Callable[[Any, str | None], tuple[str, bool]]] = {"chaterror": _chaterror}
    if _PEERS:
        systems["litellm"] = peers.litellm_classify()
        systems["pydantic-ai"] = peers.pydantic_ai_classify()
    systems["floor"] = peers.floor_classify
    result = accuracy(systems)
    print("\nAccuracy (kind and retryable) on the labelled cases, same objects for every system")
    print("| system | right | cases | accuracy |\n|---|---:|---:|---:|")
    for name, (right, cases) in result["totals"].items():
        print(f"| {name} | {right} | {cases} | {right / cases:.1%} |")
    _table("chaterror by provider", result["by_provider"])
    _table("chaterror by kind", result["by_kind"])
    print("\nchaterror misses:", json.dumps(result["misses"]) if result["misses"] else "none")
    if args.accuracy:
        return
    timed: dict[str, Callable[[Any], Any]] = {"chaterror": chaterror.classify, "floor": peers.floor}
    if _PEERS:
        timed["litellm"] = lambda o, f=systems["litellm"]: f(o, None)
        timed["pydantic-ai"] = lambda o, f=systems["pydantic-ai"]: f(o, None)
    print("\nMean µs per call, per group of objects (what apps hold)")
    names = list(timed)
    print("| objects | n | " + " | ".join(names) + " | chaterror/floor | litellm/chaterror |")
    print("|---|---:|" + "---:|" * (len(names) + 2))
    for group, count, timings in bench_classify(timed):
        cells = " | ".join(f"{timings[n] * 1e6:.1f}" for n in names)
        lite = f"{timings['litellm'] / timings['chaterror']:.0f}×" if "litellm" in timings else "-"
        print(
            f"| {group} | {count} | {cells} | {timings['chaterror'] / timings['floor']:.0f}× | {lite} |"
        )
    small, big = bench_big_body()
    print(
        f"\nclassify(64 KiB HTML) {small * 1e3:.2f} ms, classify(10 MB HTML) {big * 1e3:.2f} ms: {big / small:.2f}×"
    )
    unit, slowest, rows = bench_hostile()
    print(
        f"slowest classify() of a hostile 64 KiB shape: {slowest * 1e3:.2f} ms ({unit!r} repeated;"
        f" {len(rows)} shapes as text, bytes and exception; target 20 ms)"
    )
    if args.hostile:
        for shape, seconds in rows:
            print(f"  {shape!r:32} {seconds * 1e3:6.2f} ms")
    _speed_report(timed)
    print("\nimport in a fresh interpreter (median of 9; memory: peak traced, median of 3)")
    for label, value in bench_import().items():
        print(
            f"- {label}: {value * 1000:.1f} ms" if "MiB" not in label else f"- {label}: {value:.1f}"
        )


if __name__ == "__main__":
    main()
