"""Remove credentials from provider text before it reaches a user, a payload or a log line.

Provider errors echo what they were sent: a key in "Incorrect API key provided: sk-…", a signed
URL in a 403, an ``Authorization`` header in a proxy's dump. Every string a :class:`ChatError`
carries passes through :func:`redact` (CONTRACT §6). Already-masked keys (``sk-abc***xyz``) are
left alone: they are the provider's own safe rendering and help a user tell keys apart.

Redacting twice changes nothing: ``redact(redact(t)) == redact(t)``.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["REDACTED", "redact"]

#: What a secret is replaced with.
REDACTED: Final = "[REDACTED]"

# (what it is, triggers, pattern). A pattern runs only when one of its trigger substrings occurs
# in the lower-cased text. Group "keep" is a prefix that stays, so the sentence still reads
# "Authorization: Bearer [REDACTED]" or "?key=[REDACTED]". Minimum lengths keep ordinary words
# ("Authorization: required") from being taken for a credential.
_SECRET_PATTERNS: Final[tuple[tuple[str, tuple[str, ...], str], ...]] = (
    # URL userinfo: https://user:password@host.
    # The scheme is bounded so a long dotted word cannot make this quadratic.
    ("url-userinfo", ("@",), r"(?P<keep>\b[a-z][a-z0-9+.-]{0,30}://)[^/\s@'\"<>]{1,256}(?=@)"),
    # Header-style credentials, as dumped by proxies and SDK debug logs.
    (
        "auth-header",
        ("authorization",),
        r"(?P<keep>\b(?:authorization|proxy-authorization)['\"]?\s*[:=]\s*['\"]?"
        r"(?:bearer|basic|token|bot)?\s*)[^\s'\",;]{10,}",
    ),
    (
        "key-header",
        ("key", "token", "secret"),
        r"(?P<keep>\b(?:x-api-key|api-key|x-goog-api-key|openai-api-key|anthropic-api-key"
        r"|api_key|apikey|access_token|secret_key|aws_secret_access_key|x-amz-security-token)"
        r"['\"]?\s*[:=]\s*['\"]?)[^\s'\",;&]{10,}",
    ),
    ("cookie", ("cookie",), r"(?P<keep>\b(?:set-)?cookie['\"]?\s*:\s*['\"]?)[^\r\n'\"]{10,}"),
    ("bearer", ("bearer",), r"(?P<keep>\bbearer\s+)[a-z0-9._~+/=-]{10,}"),
    # Provider key shapes. A masked key has '*' inside, which ends the run early.
    ("anthropic-key", ("sk-ant-",), r"\bsk-ant-[a-z0-9_-]{10,}"),
    ("openai-key", ("sk-",), r"\bsk-(?:proj-|svcacct-|admin-|None-)?[a-z0-9_-]{16,}"),
    ("groq-key", ("gsk_",), r"\bgsk_[a-z0-9]{16,}"),
    ("xai-key", ("xai-",), r"\bxai-[a-z0-9]{16,}"),
    ("google-key", ("aiza",), r"\bAIza[0-9A-Za-z_-]{30,}"),
    (
        "aws-access-key-id",
        ("akia", "asia", "abia", "acca"),
        r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",
    ),
    ("jwt", ("eyj",), r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}"),
    # Signed-URL and key query parameters (AWS SigV4, Google, Azure SAS, ?key=).
    (
        "url-param",
        ("key=", "token=", "sig=", "signature=", "x-amz-", "x-goog-"),
        r"(?P<keep>[?&;](?:key|api[-_]?key|access_token|token|sig|signature"
        r"|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
        r"|x-goog-credential)=)[^&\s'\"<>#]{10,}",
    ),
)

# Case-sensitive where the shape is (AWS key ids, "AIza"), case-insensitive elsewhere.
_CASED: Final = frozenset({"aws-access-key-id", "google-key", "jwt"})
_SECRETS: Final = tuple(
    (triggers, re.compile(pattern, 0 if name in _CASED else re.IGNORECASE))
    for name, triggers, pattern in _SECRET_PATTERNS
)


def _replace(match: re.Match[str]) -> str:
    keep = match.groupdict().get("keep")
    return (keep or "") + REDACTED


# One pass finds which triggers occur; most text has none and costs just that pass. The pass
# reports the longest trigger at a position ("sk-ant-"), so the ones inside it ("sk-") are added.
_ALL_TRIGGERS: Final = sorted(
    {t for _, triggers, _ in _SECRET_PATTERNS for t in triggers}, key=len, reverse=True
)
_TRIGGER_RE: Final = re.compile("|".join(map(re.escape, _ALL_TRIGGERS)))
_INSIDE: Final = {t: {o for o in _ALL_TRIGGERS if o != t and o in t} for t in _ALL_TRIGGERS}


def redact(text: str) -> str:
    """Return ``text`` with every API key, token, cookie, signed-URL parameter and URL
    userinfo replaced by ``[REDACTED]``; the rest of the sentence stays.
    """
    found = set(_TRIGGER_RE.findall(text.lower()))
    if not found:
        return text
    for trigger in list(found):
        found |= _INSIDE[trigger]
    for triggers, pattern in _SECRETS:
        if not found.isdisjoint(triggers):
            text = pattern.sub(_replace, text)
    return text
