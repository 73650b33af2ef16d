"""A provider profile: everything chaterror knows about one provider, declared as data.

Each module of :mod:`chaterror.providers` defines one ``PROFILE``. The generic machinery
(detection, signals, body reading) reads the registry built from them and never names a
provider itself.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final

from chaterror._evidence import Code, Phrase

__all__ = ["Profile", "Role", "ShapeTest"]

#: Does a decoded error body have this provider's shape? Called with the innermost error object
#: and the envelope around it (the same object when there is no envelope).
ShapeTest = Callable[[Mapping[str, Any], Mapping[str, Any]], bool]

_EMPTY: Final[Mapping[str, Code]] = MappingProxyType({})


class Role(enum.IntEnum):
    """What a provider is to the others, which orders the weak evidence (words in the text,
    body shapes): a name that can only mean a router beats the name of a cloud it routes to,
    which beats a host's, a server's, and last the name of the maker whose models all of them
    serve ("OpenRouter … Amazon Bedrock … anthropic.claude-3" is OpenRouter)."""

    #: Routes requests to other providers (OpenRouter, Vercel AI Gateway).
    ROUTER = 0
    #: A cloud that resells other makers' models (Azure, Bedrock, GitHub Models).
    CLOUD = 1
    #: An inference host serving open models (Groq, Together, Fireworks …).
    HOST = 2
    #: A server people run themselves (Ollama, vLLM, llama.cpp …).
    SERVER = 3
    #: A model maker whose model ids others serve (Anthropic, Google, Mistral …).
    MAKER = 4
    #: A name that is also a client everyone uses ("openai" is the SDK of every compatible).
    UBIQUITOUS = 5


class Profile:
    """One provider, as data.

    Attributes:
        id: The normalised provider id (CONTRACT §4).
        name: The display name messages use ("AWS Bedrock").
        role: What it is to other providers; orders words and shapes (see :class:`Role`).
        aliases: Other spellings of a hint, lower-case ("azure openai").
        hosts: API host names; a host matches a name or any subdomain of it. A ``*`` is a
            wildcard that also spans dots ("bedrock*.amazonaws.com").
        ports: Default local ports only this provider listens on.
        modules: Python modules its SDK's exceptions live in ("google.genai").
        headers: Response header names only this provider sends (lower-case).
        header_values: ``(header, prefix)``: a header whose value starts with prefix.
        words: ``(triggers, pattern)`` recognising the provider's name in free text, or ``None``.
        codes: Its own error codes and types (lower-case) and what each means.
        overrides: Codes every provider shares that mean something else here (DashScope's
            ``insufficient_quota`` is its per-minute limit); they count only for this provider.
        numbers: Its numeric business codes (Zhipu's 1113, SiliconFlow's 30011): they mean
            something only for this provider, so they count only when it is the provider.
        statuses: HTTP statuses it uses in its own sense (Cohere's 498, an invalid token, where
            Groq's 498 is its flex tier at capacity); they count only when it is the provider.
        phrases: Its own wordings.
        shape: Recognises its error bodies, or ``None``.
    """

    __slots__ = (
        "aliases",
        "codes",
        "header_values",
        "headers",
        "hosts",
        "id",
        "modules",
        "name",
        "numbers",
        "overrides",
        "phrases",
        "ports",
        "role",
        "shape",
        "statuses",
        "words",
    )

    def __init__(
        self,
        id: str,
        name: str,
        role: Role,
        *,
        aliases: tuple[str, ...] = (),
        hosts: tuple[str, ...] = (),
        ports: tuple[int, ...] = (),
        modules: tuple[str, ...] = (),
        headers: tuple[str, ...] = (),
        header_values: tuple[tuple[str, str], ...] = (),
        words: tuple[str, str] | None = None,
        codes: Mapping[str, Code] | None = None,
        numbers: Mapping[str, Code] | None = None,
        overrides: Mapping[str, Code] | None = None,
        statuses: Mapping[int, Code] | None = None,
        phrases: tuple[Phrase, ...] = (),
        shape: ShapeTest | None = None,
    ) -> None:
        if id != id.lower() or not id:
            raise ValueError(f"a provider id is lower-case and non-empty: {id!r}")
        self.id: Final = id
        self.name: Final = name
        self.role: Final = role
        self.aliases: Final = aliases
        self.hosts: Final = hosts
        self.ports: Final = ports
        self.modules: Final = modules
        self.headers: Final = headers
        self.header_values: Final = header_values
        self.words: Final = words
        self.codes: Final = MappingProxyType({k.lower(): v for k, v in (codes or _EMPTY).items()})
        self.numbers: Final = MappingProxyType(dict(numbers or _EMPTY))
        self.overrides: Final = MappingProxyType(
            {k.lower(): v for k, v in (overrides or _EMPTY).items()}
        )
        self.statuses: Final = MappingProxyType(dict(statuses or {}))
        self.phrases: Final = phrases
        self.shape: Final = shape

    def __repr__(self) -> str:
        return f"Profile({self.id!r}, {self.name!r})"
