"""Stand-ins for exceptions of SDKs the suite does not install: a class of that name in that
module, carrying the attributes the real one has, as chaterror reads them by shape."""

from __future__ import annotations

from typing import Any


def sdk_error(module: str, name: str, message: str, **attrs: Any) -> Exception:
    """An exception of class ``name`` defined in ``module``, with ``attrs`` set on it."""
    exc: Exception = type(name, (Exception,), {"__module__": module})(message)
    for key, value in attrs.items():
        setattr(exc, key, value)
    return exc
