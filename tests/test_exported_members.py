"""The public surface: one front door with a sorted, honest __all__."""

from __future__ import annotations

import chaterror


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, every name exists, and nothing public is missing from it."""
    assert chaterror.__all__ == sorted(chaterror.__all__)
    for name in chaterror.__all__:
        assert hasattr(chaterror, name), name
    public = {n for n in vars(chaterror) if not n.startswith("_")} - {
        "classify",
        "cli",
        "decode",
        "error",
        "kind",
        "message",
        "payload",
        "providers",
        "redact",
        "retry_after",
        "signals",
    }
    assert public <= set(chaterror.__all__) | {"classify", "redact"}


def test_front_door_names() -> None:
    """Users write `from chaterror import classify, ChatError, Kind`."""
    from chaterror import ChatError, Kind, classify  # noqa: F401
