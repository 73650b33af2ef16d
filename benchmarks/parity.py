"""Prove a change to the hot path kept every result: classify the same inputs with two commits.

Each side runs in its own interpreter with its own ``src/`` first on the path (the other commit
is checked out with ``git worktree``), builds every fixture case into what an application holds
(``chaterror.testing._replay.held``), and classifies it four ways: as held, as held with the
case's provider as hint, as its text (text cases, also wrapped in ``Exception``), and as the text
with the hint. Every ``ChatError`` is compared as its wire JSON; any difference is printed and
the exit status is 1.

Usage::

    .venv/bin/python benchmarks/parity.py            # HEAD~1 against the working tree
    .venv/bin/python benchmarks/parity.py eea1af5    # a given commit against the working tree
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _results() -> dict[str, str]:
    """Classify every input with the ``chaterror`` on the path; wire JSON by input id."""
    import chaterror
    from chaterror.testing._replay import held

    out: dict[str, str] = {}
    cases = []
    for path in sorted((ROOT / "src/chaterror/testing/cases").rglob("*.jsonl")):
        cases.extend(json.loads(line) for line in path.read_text("utf-8").splitlines() if line)
    for case in cases:
        hint = case.get("provider")
        hint = None if hint in (None, "unknown") else hint
        objects: dict[str, Any] = {}
        try:
            objects["held"] = held(case)
        except Exception as exc:  # a replay that needs an SDK this side lacks
            out[f"{case['id']}/held"] = f"replay failed: {type(exc).__name__}"
        if case["input"]["type"] == "text":
            objects["text"] = case["input"]["text"]
            objects["exception"] = Exception(case["input"]["text"])
        for name, obj in objects.items():
            out[f"{case['id']}/{name}"] = chaterror.classify(obj).to_json()
            out[f"{case['id']}/{name}+hint"] = chaterror.classify(obj, provider=hint).to_json()
    return out


def _run_side(src: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import chaterror;"
        "assert chaterror.__file__.startswith(sys.argv[2]), chaterror.__file__;"
        "import parity; print(json.dumps(parity._results()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "benchmarks"), str(src)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    results: dict[str, str] = json.loads(done.stdout)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", nargs="?", default="HEAD~1", help="the commit to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        other = Path(tmp) / "other"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(other), args.ref],
            check=True,
        )
        try:
            before = _run_side(other / "src")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)])
    after = _run_side(ROOT / "src")
    common = sorted(before.keys() & after.keys())
    differ = [key for key in common if before[key] != after[key]]
    for key in differ:
        print(f"{key}\n  {args.ref}: {before[key]}\n  now: {after[key]}")
    print(
        f"{len(common)} inputs classified by both ({len(after) - len(common)} new cases); "
        f"{len(differ)} differ"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
