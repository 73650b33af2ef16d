"""The labelled corpus of real provider failures, shipped as package data (``cases/``).

``cases/corpus`` is the shared corpus (with its ``batch2`` and notes), ``cases/added`` the cases
collected for this project, ``cases/blind`` the blind rounds; every case names its source.
``cases/relabels.json`` corrects the labels the project believes wrong, each with the provider's
evidence. The suite's accuracy figures are computed from exactly these files.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

#: Where the case files live (the test suite and the benchmarks read the same copy).
CASES_DIR = Path(__file__).parent / "cases"
_GLOBS = ("corpus/*.jsonl", "corpus/batch2/*.jsonl", "added/*.jsonl", "blind/*.jsonl")


@dataclass(frozen=True)
class Case:
    """One recorded real failure and its label.

    ``input`` is what was recorded: ``{"type": "http" | "stream", "status", "headers", "body",
    "url"}``, ``{"type": "sdk", ...}`` (botocore) or ``{"type": "text", "text"}``. ``expect`` holds
    the labelled fields (``kind``, ``retryable``, and where known ``status_code``, ``code``,
    ``provider``, ``retry_after``). ``source`` is the public address it was gathered from,
    ``file`` where it sits in the package data.
    """

    id: str
    provider: str | None
    input: dict[str, Any]
    expect: dict[str, Any]
    why: str
    source: str
    file: str
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def kind(self) -> str:
        """The labelled kind (a :class:`chaterror.Kind` value)."""
        return str(self.expect["kind"])

    def held(self) -> Any:
        """What an application holds for this case: the real SDK's exception (the SDK imported
        now), the response object, or the text itself."""
        from chaterror.testing._replay import held

        return held(self.raw)


def case_files() -> list[Path]:
    """Every case file, sorted."""
    return sorted(path for pattern in _GLOBS for path in CASES_DIR.glob(pattern))


@cache
def relabels() -> dict[str, Any]:
    """The label corrections, by case id."""
    data = json.loads((CASES_DIR / "relabels.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def relabel(case: dict[str, Any]) -> dict[str, Any]:
    """Apply the correction ``relabels.json`` holds for ``case``, if any, in place (a null value
    removes an expectation; ``why`` gains the evidence)."""
    fix = relabels().get(case["id"])
    if fix is not None:
        for key, value in fix["expect"].items():
            if value is None:
                case["expect"].pop(key, None)
            else:
                case["expect"][key] = value
        case["why"] = f"{case.get('why', '')} RELABELLED: {fix['why']}"
    return case


def load_raw() -> list[dict[str, Any]]:
    """Every case as a fresh dict, in file order, relabels applied (``_file`` names its line)."""
    return [relabel(case) for path in case_files() for case in _read(path)]


@cache
def _all() -> tuple[Case, ...]:
    return tuple(
        Case(
            id=raw["id"],
            provider=raw.get("provider"),
            input=raw["input"],
            expect=raw["expect"],
            why=raw.get("why", ""),
            source=raw.get("source", ""),
            file=raw["_file"],
            raw=raw,
        )
        for raw in load_raw()
    )


def cases(
    *, provider: str | None = None, kind: str | None = None, input_type: str | None = None
) -> Iterator[Case]:
    """The labelled real failures, optionally only one provider's, one kind's or one input type's
    (``"http"``, ``"stream"``, ``"sdk"``, ``"text"``)."""
    for case in _all():
        if provider is not None and case.provider != provider:
            continue
        if kind is not None and case.kind != str(kind):
            continue
        if input_type is not None and case.input["type"] != input_type:
            continue
        yield case


def _read(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                case = json.loads(line)
                case["_file"] = f"{path.relative_to(CASES_DIR).as_posix()}:{number}"
                yield case
