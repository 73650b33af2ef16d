"""The labelled fixture corpus, read from the one copy the package ships
(``src/chaterror/testing/cases``: the shared corpus with its ``batch2``, the cases collected for
this project, the blind rounds); every case names its source."""

from __future__ import annotations

from typing import Any

from chaterror.testing._cases import CASES_DIR, case_files, load_raw, relabels

FIXTURES = CASES_DIR
CASE_FILES = case_files()
RELABELS: dict[str, Any] = relabels()


def load_cases() -> list[dict[str, Any]]:
    """Every case, in file order, with the corrections of ``relabels.json`` applied (each names
    the provider evidence against the label it corrects)."""
    return load_raw()
