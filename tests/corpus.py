"""The labelled fixture corpus: ``fixtures/corpus`` (copied from the shared corpus, with its
``batch2``), ``fixtures/added`` (collected for this project) and ``fixtures/blind`` (the blind
rounds, added after they were scored); every case names its source."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"
CASE_FILES = sorted(
    [
        *FIXTURES.glob("corpus/*.jsonl"),
        *FIXTURES.glob("corpus/batch2/*.jsonl"),
        *FIXTURES.glob("added/*.jsonl"),
        *FIXTURES.glob("blind/*.jsonl"),
    ]
)


RELABELS: dict[str, Any] = {
    k: v
    for k, v in json.loads((FIXTURES / "relabels.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}


def load_cases() -> list[dict[str, Any]]:
    """Every case, in file order, with the corrections of ``fixtures/relabels.json`` applied
    (each names the provider evidence against the label it corrects)."""
    cases = [case for path in CASE_FILES for case in _read(path)]
    for case in cases:
        fix = RELABELS.get(case["id"])
        if fix is not None:
            for key, value in fix["expect"].items():
                if value is None:
                    case["expect"].pop(key, None)
                else:
                    case["expect"][key] = value
            case["why"] = f"{case['why']} RELABELLED: {fix['why']}"
    return cases


def _read(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                case = json.loads(line)
                case["_file"] = f"{path.relative_to(FIXTURES)}:{number}"
                yield case
