"""Remove credentials from provider text before it reaches a user, a payload or a log line.

Provider errors echo what they were sent: a key in "Incorrect API key provided: sk-…", a signed
URL in a 403, an ``Authorization`` header in a proxy's dump. Every string a :class:`ChatError`
carries passes through :func:`redact` (CONTRACT §6). Already-masked keys (``sk-abc***xyz``) are
left alone: they are the provider's own safe rendering and help a user tell keys apart.

Two rules make redaction hold for any input, not only for tidy text:

- URL-encoded text (``Authorization%3A%20Bearer%20sk-…``, ``%3Fkey%3DAIza…``) is read decoded:
  each whitespace-separated word holding a ``%XX`` escape is decoded and redacted, and replaced by
  the redacted decoded form when that removed a secret.
- Text is cut only with :func:`head`, which never ends inside a word: a secret the cut would
  split is dropped whole, not shortened below what a pattern recognises. Every caller redacts the
  text it keeps before any later cut.

Redacting twice changes nothing: ``redact(redact(t)) == redact(t)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final
from urllib.parse import unquote, unquote_plus

__all__ = ["REDACTED", "head", "redact"]

#: What a secret is replaced with.
REDACTED: Final = "[REDACTED]"

# Names whose value is a credential: headers, JSON keys, query, form and connection-string keys.
_LABELS: Final = (
    r"x-api-key|api-key|api_key|apikey|x-goog-api-key|openai-api-key|anthropic-api-key"
    r"|ocp-apim-subscription-key|subscription-key|access_token|refresh_token|id_token"
    r"|client_secret|secret_key|aws_secret_access_key|aws_session_token|x-amz-security-token"
    r"|session_token|accountkey|sharedaccesskey|private_key"
)
# Passwords are short and still secret: any value counts.
_PASSWORDS: Final = r"password|passwd|pwd"

# (what it is, triggers, pattern). A pattern runs only when one of its trigger substrings occurs
# in the lower-cased text; ``None`` runs it always. Group "keep" is a prefix that stays, so the
# sentence still reads "Authorization: Bearer [REDACTED]" or "?key=[REDACTED]". Minimum lengths
# keep ordinary words ("Authorization: required") from being taken for a credential.
_SECRET_PATTERNS: Final[tuple[tuple[str, tuple[str, ...] | None, str], ...]] = (
    # URL userinfo: https://user:password@host, DSNs included (a password may hold '@').
    # The scheme is bounded so a long dotted word cannot make this quadratic.
    ("url-userinfo", ("@",), r"(?P<keep>\b[a-z][a-z0-9+.-]{0,30}://)[^/\s'\"<>]{1,256}(?=@)"),
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
        rf"(?P<keep>(?<![\w-])(?:{_LABELS})['\"]?\s*[:=]\s*['\"]?)[^\s'\",;&]{{10,}}",
    ),
    (
        "password",
        ("password", "passwd", "pwd"),
        rf"(?P<keep>(?<![\w-])(?:{_PASSWORDS})['\"]?\s*[:=]\s*['\"]?)[^\s'\",;&]+",
    ),
    ("cookie", ("cookie",), r"(?P<keep>\b(?:set-)?cookie['\"]?\s*:\s*['\"]?)[^\r\n'\"]{10,}"),
    ("bearer", ("bearer",), r"(?P<keep>\bbearer\s+)[a-z0-9._~+/=-]{10,}"),
    # Provider key shapes. A masked key has '*' inside, which ends the run early.
    ("anthropic-key", ("sk-ant-",), r"\bsk-ant-[a-z0-9_-]{10,}"),
    ("openai-key", ("sk-",), r"\bsk-(?:proj-|svcacct-|admin-|None-|or-v1-)?[a-z0-9_-]{16,}"),
    ("groq-key", ("gsk_",), r"\bgsk_[a-z0-9]{16,}"),
    ("xai-key", ("xai-",), r"\bxai-[a-z0-9]{16,}"),
    ("google-key", ("aiza",), r"\bAIza[0-9A-Za-z_-]{30,}"),
    ("google-oauth", ("ya29.",), r"\bya29\.[0-9A-Za-z_-]{16,}"),
    ("huggingface", ("hf_",), r"\bhf_[A-Za-z0-9]{16,}"),
    ("github", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"\bgh[pousr]_[A-Za-z0-9]{20,}"),
    ("github-pat", ("github_pat_",), r"\bgithub_pat_[A-Za-z0-9_]{20,}"),
    ("slack", ("xox",), r"\bxox[abposre]-[A-Za-z0-9-]{10,}"),
    ("nvidia", ("nvapi-",), r"\bnvapi-[A-Za-z0-9_-]{16,}"),
    ("perplexity", ("pplx-",), r"\bpplx-[A-Za-z0-9]{16,}"),
    ("cerebras", ("csk-",), r"\bcsk-[A-Za-z0-9]{16,}"),
    ("replicate", ("r8_",), r"\br8_[A-Za-z0-9]{16,}"),
    ("fireworks", ("fw_",), r"\bfw_[A-Za-z0-9]{16,}"),
    (
        "aws-access-key-id",
        ("akia", "asia", "abia", "acca"),
        r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b",
    ),
    # An unlabelled AWS secret access key: exactly 40 characters of base64, mixed (checked).
    ("aws-secret-key", None, r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"),
    ("jwt", ("eyj",), r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}"),
    # PEM private keys, with or without their END line (a cut may have taken it). The body
    # stops at the next "-----", so several keys in a row stay linear.
    (
        "pem-private-key",
        ("private key",),
        r"(?P<keep>-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----)"
        r"(?:[A-Za-z0-9+/=\s\\:,.]|-(?!----))*(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----)?",
    ),
    # Signed-URL and key query parameters (AWS SigV4, Google, Azure SAS, ?key=).
    (
        "url-param",
        ("key=", "token=", "sig=", "signature=", "x-amz-", "x-goog-", "secret="),
        r"(?P<keep>[?&;](?:key|api[-_]?key|access_token|refresh_token|id_token|token|sig"
        r"|signature|client_secret|x-amz-signature|x-amz-credential|x-amz-security-token"
        r"|x-goog-signature|x-goog-credential|subscription-key)=)[^&\s'\"<>#]{10,}",
    ),
    # A long opaque value right after the word "key" or "token" ("invalid key 3f9a…"); only
    # a run of 32+ with both letters and digits (checked), so prose stays.
    (
        "bare-key",
        ("key", "token"),
        r"(?P<keep>(?<![\w-])(?:key|token)(?![\w-])\W{1,3})[A-Za-z0-9_-]{32,}",
    ),
)

# Case-sensitive where the shape is (AWS key ids, "AIza"), case-insensitive elsewhere.
_CASED: Final = frozenset(
    {"aws-access-key-id", "aws-secret-key", "google-key", "google-oauth", "jwt", "pem-private-key"}
)
_LOWER: Final = re.compile("[a-z]")
_UPPER: Final = re.compile("[A-Z]")
_DIGIT: Final = re.compile("[0-9]")


def _mixed_case(value: str) -> bool:
    return bool(_LOWER.search(value) and _UPPER.search(value) and _DIGIT.search(value))


def _letters_and_digits(value: str) -> bool:
    return bool(_DIGIT.search(value) and (_LOWER.search(value) or _UPPER.search(value)))


# Shapes too common to take on sight: the candidate must also look random.
_CHECKS: Final[dict[str, Callable[[str], bool]]] = {
    "aws-secret-key": _mixed_case,
    "bare-key": _letters_and_digits,
}


class _Lazy:
    """A pattern compiled on its first use: most text never needs most patterns, and compiling
    all of them would be most of what importing this module costs."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self.flags)
        return compiled.sub(replace, text)


_SECRETS: Final = tuple(
    (
        triggers,
        _Lazy(pattern, 0 if name in _CASED else re.IGNORECASE),
        _CHECKS.get(name),
    )
    for name, triggers, pattern in _SECRET_PATTERNS
)


def _replacer(check: Callable[[str], bool] | None) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        keep = match.groupdict().get("keep") or ""
        if check is not None and not check(match.group()[len(keep) :]):
            return match.group()
        return keep + REDACTED

    return replace


_REPLACERS: Final = tuple(_replacer(check) for _, _, check in _SECRETS)

# Substring tests find which triggers occur (each a fast search of the lower-cased text); most
# text has none and costs just those.
_ALL_TRIGGERS: Final = sorted({t for _, triggers, _ in _SECRET_PATTERNS for t in triggers or ()})
# A word holding a percent escape: read decoded.
# It starts only at a word's start and finds the escape lazily, so a long word costs one pass.
_ENCODED_WORD: Final = re.compile(r"(?<!\S)\S*?%[0-9A-Fa-f]{2}\S*")
_ESCAPE: Final = re.compile(r"%[0-9A-Fa-f]{2}")
# Decoding is repeated for doubly-encoded text, this many times at most.
_MAX_DECODES: Final = 3


# For each trigger, the patterns (by index) it selects; patterns without triggers always run.
_BY_TRIGGER: Final = {
    trigger: frozenset(
        i for i, (triggers, _, _) in enumerate(_SECRETS) if trigger in (triggers or ())
    )
    for trigger in _ALL_TRIGGERS
}
_ALWAYS: Final = tuple(i for i, (triggers, _, _) in enumerate(_SECRETS) if triggers is None)


def _redact_plain(text: str) -> str:
    lowered = text.lower()
    selected = [_BY_TRIGGER[trigger] for trigger in _ALL_TRIGGERS if trigger in lowered]
    run = sorted(set(_ALWAYS).union(*selected)) if selected else _ALWAYS
    for index in run:
        text = _SECRETS[index][1].sub(_REPLACERS[index], text)
    return text


def _redact_encoded_word(match: re.Match[str]) -> str:
    word = match.group()
    # unquote_plus differs only where the word has a "+" (form encoding of a space).
    for decode in (unquote, unquote_plus) if "+" in word else (unquote,):
        decoded = decode(word)
        for _ in range(_MAX_DECODES):
            cleaned = _redact_plain(decoded)
            if cleaned != decoded:
                return redact(cleaned)
            if not _ESCAPE.search(decoded):
                break
            decoded = decode(decoded)
    return word


def redact(text: str) -> str:
    """Return ``text`` with every API key, token, password, cookie, private key, signed-URL
    parameter and URL userinfo replaced by ``[REDACTED]``, written plainly or URL-encoded;
    the rest of the sentence stays.

    The result is stable: redacting it again changes nothing (a replacement can complete a
    pattern, so passes repeat until one changes nothing, at most a few times).
    """
    if text is _stable[0]:  # what the last call returned: already stable
        return text
    for _ in range(_PASSES):
        cleaned = _redact_once(text)
        if cleaned == text:
            _stable[0] = text
            return text
        text = cleaned
    return text


def _redact_once(text: str) -> str:
    text = _redact_plain(text)
    if "%" in text and _ESCAPE.search(text):
        text = _ENCODED_WORD.sub(_redact_encoded_word, text)
    return text


_PASSES: Final = 3
#: The last stable result: callers that redact again what they just got back (a cut that
#: removed nothing, an identifier checked twice) pay nothing. One slot; a miss only recomputes.
_stable: list[str] = [""]


#: How far :func:`head` looks back for the start of the word a cut would split.
WORD_MAX: Final = 1024


def head(text: str, limit: int) -> str:
    """Return at most ``limit`` code points of ``text``, never ending inside a word.

    A cut that would split a word (a key, a token, a URL) drops that word whole, so no secret is
    shortened below what :func:`redact` recognises. A word longer than :data:`WORD_MAX` is cut
    where it is: what a later cut keeps of it is redacted first.
    """
    if len(text) <= limit:
        return text
    piece = text[:limit]
    if text[limit].isspace() or not piece or piece[-1].isspace():
        return piece
    start = max(0, limit - WORD_MAX)
    words = piece[start:].split()
    last = len(words[-1]) if words else 0
    if last < limit - start:
        return piece[: limit - last]
    return piece if start > 0 else ""
