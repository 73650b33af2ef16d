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


def test_no_submodule_shares_a_public_name() -> None:
    """`chaterror.classify` is the function whichever submodule was imported first."""
    import pkgutil

    modules = {info.name for info in pkgutil.iter_modules(chaterror.__path__)}
    assert not modules & set(chaterror.__all__)


def test_every_public_name_loads_lazily_from_where_it_lives() -> None:
    """The lazy table names exactly the public names, and each resolves to its module's object."""
    import importlib

    assert set(chaterror._WHERE) == set(chaterror.__all__) - {"__version__"}
    for name, module in chaterror._WHERE.items():
        assert getattr(chaterror, name) is getattr(importlib.import_module(module), name)


def test_an_unknown_name_is_an_attribute_error() -> None:
    """A typo fails like any module attribute, naming what was asked."""
    import pytest

    with pytest.raises(AttributeError, match="no_such_thing"):
        chaterror.no_such_thing  # noqa: B018
