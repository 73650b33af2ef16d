"""CONTRACT §6 as a matrix: every secret style, in every carrier that carries text, written
plainly, URL-encoded, or late in a long input, reaches no output; a failure names all three."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from urllib.parse import quote

import pytest

from chaterror import classify, classify_response, error_event, sse, stream_retry_payload
from chaterror.cli import main

if sys.version_info < (3, 11):  # pragma: no cover - the backport pytest already installs
    from exceptiongroup import BaseExceptionGroup

_R = "Zq7Xv2Lk9Pw4Rt6Yb3Nm8Hc5Jd1Fg0Sa"  # 32 random-looking characters
_PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7" + _R

# (style, text around the secret with {s}, the secret). The secret is what must not appear.
STYLES: list[tuple[str, str, str]] = [
    ("openai-project", "Incorrect API key provided: {s}.", f"sk-proj-{_R}"),
    ("openai", "Incorrect API key provided: {s}.", f"sk-{_R}"),
    ("anthropic", "invalid x-api-key {s}", f"sk-ant-api03-{_R}"),
    ("openrouter", "No auth credentials found for {s}", f"sk-or-v1-{_R}"),
    ("groq", "Invalid API Key {s}", f"gsk_{_R}"),
    ("xai", "Incorrect API key provided: {s}", f"xai-{_R}"),
    ("google-key", "API key not valid: {s}", f"AIzaSy{_R}x"),
    ("google-key-param", "GET https://generativelanguage.googleapis.com/v1?key={s}&alt=sse", _R),
    ("aws-access-key-id", "The security token {s} is invalid", "AKIAIOSFODNN7EXAMPLQ"),
    ("aws-signature", "GET https://b.s3.amazonaws.com/o?X-Amz-Signature={s}&x=1", _R.lower()),
    ("aws-credential", "GET https://b.s3.amazonaws.com/o?X-Amz-Credential={s}&x=1", _R),
    ("bearer", "Authorization: Bearer {s}", _R),
    ("x-api-key", "x-api-key: {s}", _R),
    ("jwt", "token rejected: {s}", f"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi{_R[:10]}.{_R}"),
    ("google-oauth", "Request had invalid authentication credentials: {s}", f"ya29.a0{_R}"),
    ("huggingface", "Invalid token {s}", f"hf_{_R}"),
    ("github", "Bad credentials {s}", f"ghp_{_R}abcd"),
    ("github-pat", "Bad credentials {s}", f"github_pat_11ABC{_R}"),
    ("slack", "invalid_auth for {s}", f"xoxb-1234567890-{_R}"),
    ("nvidia", "Unauthorized: {s}", f"nvapi-{_R}"),
    ("perplexity", "Invalid API key {s}", f"pplx-{_R}"),
    ("cerebras", "Wrong API Key {s}", f"csk-{_R}"),
    ("replicate", "Invalid token {s}", f"r8_{_R}"),
    ("fireworks", "The API key {s} is invalid", f"fw_{_R}"),
    ("azure-api-key", "api-key: {s}", _R),
    ("azure-apim", "Ocp-Apim-Subscription-Key: {s}", _R),
    (
        "aws-secret-labelled",
        "aws_secret_access_key={s}",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (
        "aws-secret-unlabelled",
        "credentials {s} rejected",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    ("aws-session-token", "aws_session_token={s}", f"IQoJb3JpZ2luX2VjE{_R}"),
    ("password", "login failed: password={s}", "hunter2hunter2"),
    ("client-secret", "invalid_client: client_secret={s}", _R),
    ("refresh-token", "invalid_grant refresh_token={s}", f"1//0g{_R}"),
    ("access-token", "access_token={s}", _R),
    (
        "dsn-password",
        "could not connect to postgresql://app:{s}@db.internal:5432/chat",
        "S3cr3tPassw0rd",
    ),
    ("connection-string", "Server=tcp:db;User Id=app;Password={s};", "S3cr3tPassw0rd"),
    (
        "pem-private-key",
        "bad key -----BEGIN PRIVATE KEY-----\n{s}\n-----END PRIVATE KEY----- given",
        _PEM_BODY,
    ),
    ("bare-key", "invalid key {s} for this project", "3f9a2b7c1d8e4f6a0b5c9d2e7f1a3b8c"),
    ("bare-token", "token {s} has expired", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"),
    ("cookie", "Cookie: session={s}", _R),
    ("url-userinfo", "proxy https://user:{s}@proxy.local:8080 refused", _R),
]

# 4,000: the detail source cut before this round; 64 KiB: the scan limit.
_CUTS = (4000, 64 * 1024)


def _form(form: str, context: str, secret: str) -> str:
    text = context.format(s=secret)
    if form == "plain":
        return text
    if form == "url-encoded":
        return quote(text, safe="")
    cut = _CUTS[0] if form == "late-4k" else _CUTS[1]
    at = text.index(secret)
    # The secret starts 10 characters before the cut, after a run of spaces.
    return "Error:" + " " * (cut - 10 - len("Error:") - at) + text


def _exception(text: str) -> BaseException:
    return Exception(text)


def _body(text: str) -> BaseException:
    exc = Exception("Error code: 401")
    exc.body = {"error": {"message": text}}  # type: ignore[attr-defined]
    return exc


def _cause(text: str) -> BaseException:
    exc = Exception("Connection error.")
    exc.__cause__ = ConnectionError(text)
    return exc


def _group(text: str) -> BaseException:
    return BaseExceptionGroup("failures", [ValueError(text), TimeoutError("t")])


def _outputs(err: object) -> list[str]:
    from chaterror import ChatError

    assert isinstance(err, ChatError)
    return [
        err.to_json(),
        repr(err),
        sse(error_event(err)),
        stream_retry_payload(1, 1.0, err).to_json(),
    ]


def _classified(make: Callable[[str], object]) -> Callable[[str], list[str]]:
    return lambda text: _outputs(classify(make(text)))


def _response(text: str) -> list[str]:
    body = json.dumps({"error": {"message": text, "type": "invalid_request_error"}}).encode()
    return _outputs(classify_response(401, body, {"x-request-id": "req_1"}))


def _cli(text: str) -> list[str]:
    printed = []
    for options in (["--json"], ["--explain"]):
        out = io.StringIO()
        assert main(["classify", *options, text], stdout=out, stderr=io.StringIO()) == 0
        printed.append(out.getvalue())
    return printed


CARRIERS: dict[str, Callable[[str], list[str]]] = {
    "text": _classified(lambda t: t),
    "exception": _classified(_exception),
    "json-body": _classified(_body),
    "response": _response,
    "cause": _classified(_cause),
    "group": _classified(_group),
    "cli": _cli,
}
FORMS = ("plain", "url-encoded", "late-4k", "late-64k")


def _windows(secret: str, size: int = 8) -> set[str]:
    """Every run of ``size`` characters of the secret: a leak of any part of it shows."""
    return {secret[i : i + size] for i in range(len(secret) - size + 1)}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("carrier", list(CARRIERS))
@pytest.mark.parametrize(
    ("style", "context", "secret"), STYLES, ids=[style for style, _, _ in STYLES]
)
def test_no_style_leaks_through_any_carrier(
    style: str, context: str, secret: str, carrier: str, form: str
) -> None:
    """No part of the secret (no 8 characters of it) appears in any output."""
    text = _form(form, context, secret)
    leaked = sorted(w for o in CARRIERS[carrier](text) for w in _windows(secret) if w in o)
    assert not leaked, f"{style} leaked through {carrier} ({form}): {leaked[:3]}"


@pytest.mark.parametrize(
    ("style", "context", "secret"), STYLES, ids=[style for style, _, _ in STYLES]
)
def test_the_sentence_around_a_secret_stays(style: str, context: str, secret: str) -> None:
    """Redaction replaces the secret only: the words before it still reach ``detail``."""
    words = context.split("{s}")[0].split()
    detail = classify(context.format(s=secret)).detail or ""
    assert (words[0] if words else "") in detail and "[REDACTED]" in detail, (style, detail)
