"""The public surface: one front door with a sorted, honest __all__."""

from __future__ import annotations

import types

import chaterror


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, every name exists, and nothing public is missing from it."""
    assert chaterror.__all__ == sorted(chaterror.__all__)
    for name in chaterror.__all__:
        assert hasattr(chaterror, name), name
    public = {
        name
        for name, value in vars(chaterror).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(chaterror.__all__)


def test_front_door_names() -> None:
    """Users write `from chaterror import classify, ChatError, Kind`."""
    from chaterror import ChatError, Kind, classify

    assert callable(classify) and issubclass(ChatError, object) and Kind.AUTH.value == "auth"
