"""Score chaterror on labelled cases, as a new user would meet them.

Each case is replayed to what an application really holds (``tests/replay.py``: the real SDK's
exception for an HTTP or stream case, botocore's ``ClientError``, the text itself) and classified
with no provider hint. Prints kind and retryable accuracy, per kind and per provider, and the
misses; ``--json`` prints the same as one JSON object (what ``docs/accuracy.md`` records).

Usage::

    .venv/bin/python benchmarks/accuracy.py src/chaterror/testing/cases/blind/round1.jsonl
    .venv/bin/python benchmarks/accuracy.py --misses src/chaterror/testing/cases/**/*.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import chaterror
from replay import held


def load(paths: list[str], *, relabelled: bool = False) -> list[dict[str, Any]]:
    """Every case of the given JSON-lines files, in order; with ``relabelled``, the corrections
    of ``src/chaterror/testing/cases/relabels.json`` applied (as the suite sees them)."""
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            cases.extend(json.loads(line) for line in handle if line.strip())
    if relabelled:
        from chaterror.testing._cases import relabel

        cases = [relabel(case) for case in cases]
    return cases


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Classify every case; return the tallies and the misses."""
    tally: dict[str, Counter[str]] = {"kind": Counter(), "retryable": Counter(), "n": Counter()}
    by_kind: dict[str, Counter[str]] = {}
    by_provider: dict[str, Counter[str]] = {}
    misses = []
    for case in cases:
        expect = case["expect"]
        try:
            err = chaterror.classify(held(case))
        except Exception as exc:  # the replay itself failed: count as a miss, say why
            misses.append({"id": case["id"], "error": repr(exc)})
            err = None
        kind_ok = err is not None and err.kind.value == expect["kind"]
        retry_ok = err is not None and err.retryable == expect["retryable"]
        for table, key in (
            (by_kind, expect["kind"]),
            (by_provider, case.get("provider") or "unknown"),
        ):
            row = table.setdefault(key, Counter())
            row["n"] += 1
            row["kind"] += kind_ok
            row["retryable"] += retry_ok
        tally["n"]["all"] += 1
        tally["kind"]["all"] += kind_ok
        tally["retryable"]["all"] += retry_ok
        if err is not None and not (kind_ok and retry_ok):
            misses.append(
                {
                    "id": case["id"],
                    "want": f"{expect['kind']}/{expect['retryable']}",
                    "got": f"{err.kind.value}/{err.retryable}",
                }
            )
    n = tally["n"]["all"]
    return {
        "cases": n,
        "kind_pct": round(100 * tally["kind"]["all"] / n, 1) if n else None,
        "retryable_pct": round(100 * tally["retryable"]["all"] / n, 1) if n else None,
        "per_kind": {k: dict(v) for k, v in sorted(by_kind.items())},
        "per_provider": {k: dict(v) for k, v in sorted(by_provider.items())},
        "misses": misses,
    }


def _print(result: dict[str, Any], misses: bool) -> None:
    print(
        f"{result['cases']} cases: kind {result['kind_pct']}%, retryable {result['retryable_pct']}%"
    )
    for title in ("per_kind", "per_provider"):
        print(f"\n{title.replace('_', ' ')}:")
        for key, row in result[title].items():
            print(
                f"  {key:<16} kind {row['kind']}/{row['n']}  retryable {row['retryable']}/{row['n']}"
            )
    if misses:
        print("\nmisses:")
        for miss in result["misses"]:
            print(f"  {miss}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--relabelled", action="store_true", help="apply src/chaterror/testing/cases/relabels.json"
    )
    args = parser.parse_args()
    result = score(load(args.files, relabelled=args.relabelled))
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        _print(result, args.misses)


if __name__ == "__main__":
    main()
