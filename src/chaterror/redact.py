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

# (what it is, pattern). Group "keep" is a prefix that stays, so the sentence still reads
# "Authorization: Bearer [REDACTED]" or "?key=[REDACTED]". Minimum lengths keep ordinary words
# ("Authorization: required") from being taken for a credential.
_SECRET_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    # URL userinfo: https://user:password@host.
    ("url-userinfo", r"(?P<keep>\b[a-z][a-z0-9+.-]*://)[^/\s@'\"<>]{1,256}(?=@)"),
    # Header-style credentials, as dumped by proxies and SDK debug logs.
    (
        "auth-header",
        r"(?P<keep>\b(?:authorization|proxy-authorization)['\"]?\s*[:=]\s*['\"]?"
        r"(?:bearer|basic|token|bot)?\s*)[^\s'\",;]{10,}",
    ),
    (
        "key-header",
        r"(?P<keep>\b(?:x-api-key|api-key|x-goog-api-key|openai-api-key|anthropic-api-key"
        r"|api_key|apikey|access_token|secret_key|aws_secret_access_key|x-amz-security-token)"
        r"['\"]?\s*[:=]\s*['\"]?)[^\s'\",;&]{10,}",
    ),
    ("cookie", r"(?P<keep>\b(?:set-)?cookie['\"]?\s*:\s*['\"]?)[^\r\n'\"]{10,}"),
    ("bearer", r"(?P<keep>\bbearer\s+)[a-z0-9._~+/=-]{10,}"),
    # Provider key shapes. A masked key has '*' inside, which ends the run early.
    ("anthropic-key", r"\bsk-ant-[a-z0-9_-]{10,}"),
    ("openai-key", r"\bsk-(?:proj-|svcacct-|admin-|None-)?[a-z0-9_-]{16,}"),
    ("groq-key", r"\bgsk_[a-z0-9]{16,}"),
    ("xai-key", r"\bxai-[a-z0-9]{16,}"),
    ("openrouter-key", r"\bsk-or-v1-[a-z0-9]{16,}"),
    ("google-key", r"\bAIza[0-9a-z_-]{30,}"),
    ("aws-access-key-id", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b"),
    ("jwt", r"\beyJ[a-z0-9_-]{5,}\.[a-z0-9_-]{5,}\.[a-z0-9_-]{5,}"),
    # Signed-URL and key query parameters (AWS SigV4, Google, Azure SAS, ?key=).
    (
        "url-param",
        r"(?P<keep>[?&;](?:key|api[-_]?key|access_token|token|sig|signature"
        r"|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature"
        r"|x-goog-credential)=)[^&\s'\"<>#]{10,}",
    ),
)

# One alternation, one pass; each "keep" group gets a unique name.
_SECRET_RE: Final = re.compile(
    "|".join(
        "(?:" + pattern.replace("(?P<keep>", f"(?P<keep{i}>") + ")"
        for i, (_, pattern) in enumerate(_SECRET_PATTERNS)
    ),
    re.IGNORECASE,
)

# Cheap pre-check: every pattern above contains one of these (lower-cased) fragments, so text
# without any of them cannot hold a secret and skips the regex.
_TRIGGERS: Final = (
    "://",
    "auth",
    "key",
    "cookie",
    "bearer",
    "sk-",
    "gsk_",
    "xai-",
    "aiza",
    "akia",
    "asia",
    "abia",
    "acca",
    "eyj",
    "token",
    "sig",
    "x-amz",
    "secret",
)


def _replace(match: re.Match[str]) -> str:
    keep = next((g for g in match.groups() if g is not None), "")
    return keep + REDACTED


def redact(text: str) -> str:
    """Return ``text`` with every API key, token, cookie, signed-URL parameter and URL
    userinfo replaced by ``[REDACTED]``; the rest of the sentence stays.
    """
    lowered = text.lower()
    if not any(trigger in lowered for trigger in _TRIGGERS):
        return text
    return _SECRET_RE.sub(_replace, text)
