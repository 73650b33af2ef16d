"""Every labelled real-world error, classified from what an application really holds."""

from __future__ import annotations

from typing import Any

import pytest

import chaterror
from chaterror import Kind, normalize_provider
from corpus import load_cases
from replay import held

CASES = load_cases()
_OPTIONAL = ("status_code", "retry_after", "code", "provider")


def _check(err: chaterror.ChatError, case: dict[str, Any]) -> None:
    expect = case["expect"]
    got = {"kind": err.kind.value, "retryable": err.retryable}
    want = {"kind": expect["kind"], "retryable": expect["retryable"]}
    for key in _OPTIONAL:
        if key in expect:
            got[key] = getattr(err, key)
            # A label may name the provider by an alias ("gemini" for google).
            want[key] = normalize_provider(expect[key]) if key == "provider" else expect[key]
    assert got == want, f"{case['id']} ({case['_file']}): {case['why']}"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_what_the_app_holds(case: dict[str, Any]) -> None:
    """The SDK exception (or response, or text) an app catches classifies as labelled."""
    _check(chaterror.classify(held(case)), case)


TEXT_CASES = [c for c in CASES if c["input"]["type"] == "text"]


@pytest.mark.parametrize("case", TEXT_CASES, ids=[c["id"] for c in TEXT_CASES])
def test_text_wrapped_in_an_exception(case: dict[str, Any]) -> None:
    """A logged text re-raised as ``Exception(text)`` classifies like the text itself."""
    _check(chaterror.classify(Exception(case["input"]["text"])), case)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_is_well_formed(case: dict[str, Any]) -> None:
    """Each case names its source, explains its label and uses the contract's kinds."""
    assert case["source"].strip() and case["why"].strip()
    assert Kind(case["expect"]["kind"])
    assert isinstance(case["expect"]["retryable"], bool)
    assert case["input"]["type"] in {"http", "stream", "sdk", "text"}


def test_case_ids_are_unique() -> None:
    """Case ids name test parameters, so each appears once."""
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))


def test_replayed_sdk_cases_are_real_sdk_objects() -> None:
    """Replayed cases hand classify the SDKs' own exception classes, not stand-ins."""
    modules = {
        type(held(c)).__module__.split(".")[0]
        for c in CASES
        if c["input"]["type"] in {"http", "stream", "sdk"}
    }
    assert {"openai", "anthropic", "google", "botocore", "httpx"} <= modules
