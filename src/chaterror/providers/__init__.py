"""Providers: one profile per provider (a module each), and the registry built from them.

Everything chaterror knows about one provider lives in its module (``providers/openai.py`` …):
ids and aliases, display name, hosts, ports, SDK modules, headers, words, codes, phrases and body
shape. This package reads the profiles into lookup tables and answers "which provider is this?".

Detection order (CONTRACT §4): the caller's hint, then the request URL's host, then headers only
one provider sends, then the SDK that raised the error (its module), then the error body's shape,
then URLs and words in the text. Adding a provider is one module that defines ``PROFILE``;
see "Adding a provider" in ``docs/providers.md``.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Mapping
from fnmatch import fnmatchcase
from types import MappingProxyType
from typing import Any, Final

from chaterror._evidence import Code, Phrase
from chaterror._scan import Gated, GatedTable, Scan
from chaterror.providers._profile import Profile, Role

__all__ = [
    "PROFILES",
    "PROVIDERS",
    "Profile",
    "Role",
    "display_name",
    "hosts_in_text",
    "is_global_host",
    "normalize_provider",
    "provider_codes",
    "provider_from_headers",
    "provider_from_host",
    "provider_from_module",
    "provider_from_shape",
    "provider_from_text",
    "provider_from_urls",
    "provider_from_words",
    "provider_number",
    "provider_override",
    "provider_phrases",
    "provider_status",
    "subject",
]

#: Every profile, by provider id: every module of this package but the private ones defines one.
PROFILES: Final[Mapping[str, Profile]] = MappingProxyType(
    {
        profile.id: profile
        for profile in (
            importlib.import_module(f"{__name__}.{info.name}").PROFILE
            for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
            if not info.name.startswith("_")
        )
    }
)

#: Every normalised provider id and the name a user reads in a message.
PROVIDERS: Final[Mapping[str, str]] = MappingProxyType(
    {pid: profile.name for pid, profile in PROFILES.items()}
)

# The precedence of weak evidence, as one ordering: words in the text and body shapes are tried
# by role (routers, clouds, hosts, servers, makers, then "openai", whose name every compatible's
# SDK prints), then by id. Strong evidence (the hint, the URL's host, headers, the SDK) names
# one provider and needs no order.
_BY_ROLE: Final = tuple(sorted(PROFILES.values(), key=lambda p: (p.role, p.id)))

_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {alias: pid for pid, profile in PROFILES.items() for alias in profile.aliases}
)
_HOSTS: Final[tuple[tuple[str, str], ...]] = tuple(
    (host, pid) for pid, profile in PROFILES.items() for host in profile.hosts
)
# A provider's own API host, named in full (not a template such as "*.openai.azure.com", nor a
# suffix whose resource subdomains users make up): a DNS failure there is the network's, not a
# typo's.
_GLOBAL_HOSTS: Final = frozenset(
    h for h, _ in _HOSTS if "*" not in h and h.startswith(("api.", "generativelanguage.", "cloud."))
)
_PORTS: Final[Mapping[int, str]] = MappingProxyType(
    {port: pid for pid, profile in PROFILES.items() for port in profile.ports}
)
_MODULES: Final[Mapping[str, str]] = MappingProxyType(
    {module: pid for pid, profile in PROFILES.items() for module in profile.modules}
)
_HEADER_MARKS: Final[tuple[tuple[str, str], ...]] = tuple(
    (header, pid) for pid, profile in PROFILES.items() for header in profile.headers
)
_HEADER_VALUES: Final[tuple[tuple[str, str, str], ...]] = tuple(
    (header, prefix, pid)
    for pid, profile in PROFILES.items()
    for header, prefix in profile.header_values
)
_WORDS: Final[tuple[tuple[str, Gated], ...]] = tuple(
    (p.id, Gated(tuple(p.words[0].split("|")), rf"\b(?:{p.words[1]})"))
    for p in _BY_ROLE
    if p.words is not None
)
_WORD_TABLE: Final = GatedTable(tuple(gated for _, gated in _WORDS))
_SHAPES: Final = tuple((p.id, p.shape) for p in _BY_ROLE if p.shape is not None)
_URL_HOST_RE: Final = re.compile(
    r"(?:https?://|host=')(?:[^/\s'\"@]*@)?([a-z0-9.-]+\.[a-z]{2,})(?::(\d+))?", re.IGNORECASE
)


def provider_codes() -> dict[str, tuple[str, Code]]:
    """Every profile's codes: lower-case code → (provider id, meaning). The first profile to
    declare a code owns it (a test checks that no two profiles disagree)."""
    codes: dict[str, tuple[str, Code]] = {}
    for pid, profile in PROFILES.items():
        for code, meaning in profile.codes.items():
            codes.setdefault(code, (pid, meaning))
    return codes


def provider_number(provider: str | None, number: str) -> Code | None:
    """What a numeric business code means for ``provider``, if it declares one."""
    profile = PROFILES.get(provider) if provider else None
    return profile.numbers.get(number) if profile is not None else None


def declared_numbers() -> frozenset[str]:
    """Every numeric business code some profile declares."""
    return frozenset(n for profile in PROFILES.values() for n in profile.numbers)


def provider_status(provider: str | None, status: int) -> Code | None:
    """What an HTTP status means at ``provider`` when it uses the number in its own sense."""
    profile = PROFILES.get(provider) if provider else None
    return profile.statuses.get(status) if profile is not None else None


def provider_override(provider: str | None, code: str) -> Code | None:
    """What a shared code means at ``provider`` when that differs from everywhere else."""
    profile = PROFILES.get(provider) if provider else None
    return profile.overrides.get(code) if profile is not None and profile.overrides else None


def provider_phrases() -> tuple[Phrase, ...]:
    """Every profile's own wordings."""
    return tuple(p for profile in PROFILES.values() for p in profile.phrases)


def normalize_provider(value: object) -> str | None:
    """Return the normalised id for a provider hint, or ``None`` when it is empty.

    Hints are case-insensitive and accept common aliases (``"Azure OpenAI"`` → ``"azure"``,
    ``"openai compatible"`` → ``"openai-compat"``). An unknown non-empty hint is kept,
    lower-cased, so that callers with their own provider names still see them.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        value = getattr(value, "value", value)
        if not isinstance(value, str):
            return None
    text = " ".join(value.strip().lower().split())
    if not text:
        return None
    return _ALIASES.get(text, text)


def display_name(provider: str | None) -> str | None:
    """Return the display name of a normalised provider id, ``None`` when unknown."""
    if provider is None:
        return None
    return PROVIDERS.get(provider)


def subject(provider: str | None) -> str:
    """Return how a message names the provider: its display name or "the AI provider"."""
    return display_name(provider) or "the AI provider"


def provider_from_host(host: str | None, port: int | None = None) -> str | None:
    """Recognise a provider from a request URL's host (and port, for local servers)."""
    if port is not None and port in _PORTS:
        return _PORTS[port]
    if not host:
        return None
    return _provider_of_host(host.lower().rstrip("."))


@functools.lru_cache(maxsize=256)
def _provider_of_host(host: str) -> str | None:
    for pattern, provider in _HOSTS:
        if "*" in pattern:
            if fnmatchcase(host, pattern) or fnmatchcase(host, "*." + pattern):
                return provider
        elif host == pattern or host.endswith("." + pattern):
            return provider
    return None


def provider_from_headers(headers: Mapping[str, str]) -> str | None:
    """Recognise a provider from response headers (lower-case names) only it sends."""
    for name, provider in _HEADER_MARKS:
        if name in headers:
            return provider
    for name, prefix, provider in _HEADER_VALUES:
        if headers.get(name, "").startswith(prefix):
            return provider
    return None


def provider_from_module(module: str) -> str | None:
    """Recognise the SDK that defined an exception class from its module name."""
    parts = module.split(".")
    for depth in (2, 1):
        provider = _MODULES.get(".".join(parts[:depth]))
        if provider is not None:
            return provider
    return None


def provider_from_shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> str | None:
    """Recognise a provider from the shape of a decoded error body."""
    for provider, test in _SHAPES:
        if test(error, envelope):
            return provider
    return None


def is_global_host(host: str | None) -> bool:
    """True for a provider's one global API host (``api.openai.com``), false for templated
    hosts (an Azure resource, a Bedrock region) that a typo or a wrong region can make up."""
    return host is not None and host.lower().rstrip(".") in _GLOBAL_HOSTS


def hosts_in_text(text: str) -> list[str]:
    """Return the hosts of URLs (and ``host='…'``) quoted in ``text``, at most eight."""
    if "://" not in text and "host=" not in text:
        return []
    return [m.group(1) for m, _ in zip(_URL_HOST_RE.finditer(text), range(8), strict=False)]


def provider_from_urls(text: str) -> str | None:
    """Recognise a provider from the first provider URL (or ``host='…'``) quoted in text."""
    if "://" not in text and "host=" not in text:
        return None
    for match, _ in zip(_URL_HOST_RE.finditer(text), range(16), strict=False):
        port = match.group(2)
        found = provider_from_host(match.group(1), int(port) if port and len(port) < 6 else None)
        if found is not None:
            return found
    return None


def provider_from_words(text: str | Scan) -> str | None:
    """Recognise a provider from words in free text (the weakest evidence)."""
    scan = text if isinstance(text, Scan) else Scan(text)
    for index, _ in _WORD_TABLE.matches(scan):
        return _WORDS[index][0]
    return None


def provider_from_text(text: str) -> str | None:
    """Recognise a provider from URLs, then words, in free text."""
    return provider_from_urls(text) or provider_from_words(text)
