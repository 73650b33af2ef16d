"""The vocabulary of evidence: how strong a finding is (:class:`Tier`), one finding
(:class:`Evidence`), and the two kinds of table entry that produce findings, a provider code
(:class:`Code`) and a phrase (:class:`Phrase`).

It lives apart from :mod:`chaterror.signals` so that provider profiles
(:mod:`chaterror.providers`) can declare codes and phrases, and signals can read the profiles,
without an import cycle.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

from chaterror.kind import Kind

__all__ = ["Code", "Evidence", "Phrase", "Tier"]


class Tier(enum.IntEnum):
    """How strongly a piece of evidence speaks; lower is stronger."""

    #: The provider's specific code, or an exception type that names the failure.
    CODE = 0
    #: Unambiguous wording.
    PHRASE = 1
    #: Family-level: status codes, generic codes, transport classes, generic keywords.
    HINT = 2
    #: A rejection with no reason given.
    FALLBACK = 3


class Evidence(NamedTuple):
    """One finding: this input looks like ``kind``, this strongly, and why."""

    tier: Tier
    kind: Kind
    why: str
    #: Set when the evidence decides retryability itself (a caller's deadline, a 5xx code).
    retryable: bool | None = None
    #: Set when the failure is the endpoint itself (DNS, TLS, URL): the message says so.
    endpoint: bool = False


class Code(NamedTuple):
    """What one provider code or error type means. Codes match case-insensitively."""

    kind: Kind
    tier: Tier = Tier.CODE
    #: Set when the code decides retryability itself (a 5xx code, a caller's cancellation).
    retryable: bool | None = None

    def evidence(self, why: str) -> Evidence:
        """This meaning as evidence, found as ``why`` says."""
        return Evidence(self.tier, self.kind, why, self.retryable)


class Phrase(NamedTuple):
    """Wording that is evidence: a lower-case pattern matched in the lower-cased text.

    ``triggers`` are substrings every match contains (the scan runs the pattern only when one
    occurs). ``unless`` names providers whose boilerplate uses the wording for something else.
    """

    tier: Tier
    kind: Kind
    triggers: tuple[str, ...]
    pattern: str
    retryable: bool | None = None
    unless: frozenset[str] = frozenset()
    #: Match on word boundaries; off for scripts without spaces between words.
    bounded: bool = True
    #: The failure is the endpoint itself (TLS, URL).
    endpoint: bool = False


def phrase(kind: Kind, triggers: str, pattern: str, **extra: object) -> Phrase:
    """An unambiguous wording (``PHRASE`` tier); ``triggers`` separated by ``|``."""
    return Phrase(Tier.PHRASE, kind, tuple(triggers.split("|")), pattern, **extra)  # type: ignore[arg-type]


def hint(kind: Kind, triggers: str, pattern: str, **extra: object) -> Phrase:
    """A family-level wording (``HINT`` tier); ``triggers`` separated by ``|``."""
    return Phrase(Tier.HINT, kind, tuple(triggers.split("|")), pattern, **extra)  # type: ignore[arg-type]
