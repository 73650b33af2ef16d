"""The command line: the main job, its options, and clear errors for bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from chaterror.cli import main


class _Stdin(io.BytesIO):
    def isatty(self) -> bool:
        return False


class _Tty(io.BytesIO):
    def isatty(self) -> bool:
        return True


def _run(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        list(argv), stdout=out, stderr=err, stdin=_Stdin(stdin) if stdin is not None else _Tty()
    )
    return code, out.getvalue(), err.getvalue()


def test_classify_text_summary() -> None:
    """A text argument prints a readable summary."""
    code, out, _ = _run(
        "classify",
        "Error code: 429 - {'error': {'code': 'insufficient_quota', 'message': 'You exceeded your current quota'}}",
    )
    assert code == 0
    assert "kind:        usage_limit" in out
    assert "retryable:   no" in out


def test_classify_stdin_json() -> None:
    """Without TEXT, stdin is read; --json prints the wire JSON."""
    code, out, _ = _run(
        "classify", "--provider", "anthropic", "--json", stdin=b"529 overloaded_error"
    )
    assert code == 0
    assert json.loads(out) == {
        "message": "Anthropic is temporarily overloaded. Try again in a moment.",
        "kind": "overloaded",
        "provider": "anthropic",
        "retryable": True,
        "status_code": 529,
        "detail": "529 overloaded_error",
        "code": "overloaded_error",
    }


def test_classify_raw_response(tmp_path: Path) -> None:
    """--status, --header and --body classify a raw HTTP response."""
    body = tmp_path / "body.json"
    body.write_text(
        '{"error": {"message": "slow down", "type": "tokens", "code": "rate_limit_exceeded"}}'
    )
    code, out, _ = _run(
        "classify",
        "--status",
        "429",
        "--header",
        "retry-after: 12",
        "--header",
        "x-request-id:req_9",
        "--body",
        str(body),
        "--url",
        "https://api.openai.com/v1/chat/completions",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["retry_after"] == 12.0
    assert json.loads(out)["provider"] == "openai"
    assert json.loads(out)["request_id"] == "req_9"


def test_explain_lists_evidence() -> None:
    """--explain shows the evidence weighed."""
    code, out, _ = _run(
        "classify", "--explain", "prompt is too long: 211180 tokens > 200000 maximum"
    )
    assert code == 0
    assert "phrase context_length" in out


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        pytest.param(
            ["classify", "--status", "abc", "x"], None, "not a number", id="status-not-a-number"
        ),
        pytest.param(
            ["classify", "--status", "42", "x"], None, "100-599", id="status-out-of-range"
        ),
        pytest.param(
            ["classify", "--header", "nocolon", "x"], None, "NAME:VALUE", id="header-without-colon"
        ),
        pytest.param(
            ["classify", "--body", "/does/not/exist"],
            None,
            "cannot read --body",
            id="missing-body-file",
        ),
        pytest.param(["classify", "--body", "-", "text"], b"x", "not both", id="body-and-text"),
        pytest.param(["classify"], None, "pipe it on standard input", id="no-input-on-a-terminal"),
        pytest.param(["frobnicate"], None, "invalid choice", id="unknown-command"),
        pytest.param([], None, "required", id="no-command"),
    ],
)
def test_bad_arguments_exit_2_without_traceback(
    argv: list[str], stdin: bytes | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad arguments get a one-line reason and exit status 2, never a traceback."""
    code, _, err = _run(*argv, stdin=stdin)
    captured = capsys.readouterr()
    text = err + captured.err
    assert code == 2
    assert message in text
    assert "Traceback" not in text


def test_schema_command() -> None:
    """`chaterror schema` prints the wire JSON Schema."""
    code, out, _ = _run("schema")
    assert code == 0
    assert json.loads(out)["required"] == ["message", "kind", "retryable"]


def test_python_dash_m() -> None:
    """`python -m chaterror` runs the same command line in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-m", "chaterror", "classify", "--json", "--provider", "google"],
        input=b"503 UNAVAILABLE. The model is overloaded.",
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["kind"] == "overloaded"


@pytest.mark.parametrize(
    "argument",
    [
        pytest.param(b"429 \xff", id="invalid-utf8-argument"),
        pytest.param(b"429 rate limited \xff", id="invalid-utf8-in-the-detail"),
        pytest.param(b'{"error":{"message":"bad \\ud83d"}}', id="json-escaped-lone-surrogate"),
    ],
)
def test_json_output_for_text_that_is_not_utf8(argument: bytes) -> None:
    """`chaterror classify --json $'429 \\xff'` prints valid JSON, not a traceback: the
    argument's undecodable byte is text after normalisation."""
    done = subprocess.run(
        [sys.executable, "-m", "chaterror", "classify", "--json", argument],
        capture_output=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    json.loads(done.stdout.decode("utf-8"))
