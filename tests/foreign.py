"""What the provider-profile tests share: stand-ins for exceptions of SDKs the suite does not
install (a class of that name in that module, with the attributes the real one has, as chaterror
reads them by shape), and the checks of a documented error body."""

from __future__ import annotations

import json
from typing import Any

from chaterror import Kind, classify, classify_response
from chaterror.providers import provider_from_host


def sdk_error(module: str, name: str, message: str, **attrs: Any) -> Exception:
    """An exception of class ``name`` defined in ``module``, with ``attrs`` set on it."""
    exc: Exception = type(name, (Exception,), {"__module__": module})(message)
    for key, value in attrs.items():
        setattr(exc, key, value)
    return exc


def _host_provider(url: str) -> str | None:
    return provider_from_host(url[8:].split("/")[0])


def check_documented_body(
    url: str, status: int, body: dict[str, Any], kind: Kind, code: str | None
) -> None:
    """The body, sent from the provider's host with its status, names the provider, the kind
    and the code."""
    err = classify_response(status, body, url=url)
    assert (err.provider, err.kind, err.code) == (_host_provider(url), kind, code)


def check_documented_text(
    url: str, body: dict[str, Any], kind: Kind, *, code: str | None = None, with_code: bool
) -> None:
    """The same body printed in a log (no URL, no status) keeps its kind and provider, and its
    code when ``with_code``."""
    err = classify(json.dumps(body, ensure_ascii=False))
    got = (err.kind, err.provider, err.code if with_code else None)
    assert got == (kind, _host_provider(url), code if with_code else None)
