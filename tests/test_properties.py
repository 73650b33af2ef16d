"""Properties that hold for any input: total, idempotent, serialisable, bounded, safe."""

from __future__ import annotations

import json
import pickle
import sys

from hypothesis import given
from hypothesis import strategies as st

from chaterror import ChatError, classify, decode_last_error, error_event, sse, stream_retry_payload
from chaterror.error import DETAIL_MAX
from chaterror.testing.strategies import (
    anything,
    chat_errors,
    provider_errors,
    secret_contexts,
    secrets,
)

if sys.version_info < (3, 11):  # pragma: no cover - the backport pytest already installs
    from exceptiongroup import BaseExceptionGroup


@given(st.one_of(anything(), provider_errors()))
def test_classify_is_total_valid_idempotent_and_round_trips(value: object) -> None:
    """Any input gives a ChatError that passes its own validation, bounds ``detail``, is a
    fixed point of classify (and of classifying the input again), round-trips through the wire
    JSON, the decoder and pickle, and can be written out as UTF-8. One property, so CI's 5,000
    examples pay for one classification each."""
    err = classify(value)
    assert ChatError.model_validate(err.model_dump()) == err
    assert err.message
    assert err.detail is None or len(err.detail) <= DETAIL_MAX
    assert classify(err) == err
    assert classify(value) == err or isinstance(value, BaseException)
    assert ChatError.model_validate_json(err.to_json()) == err
    assert decode_last_error(err.to_json()) == err
    assert pickle.loads(pickle.dumps(err)) == err
    sse(error_event(err)).encode("utf-8")  # every field is valid text: it can be written out


@given(chat_errors())
def test_constructed_errors_are_normalised_once(err: ChatError) -> None:
    """Normalisation is a fixed point: rebuilding from the fields changes nothing."""
    assert ChatError(**err.model_dump()) == err
    assert err.detail is None or len(err.detail) <= DETAIL_MAX


@given(
    secrets(),
    secret_contexts(),
    st.sampled_from(["text", "body", "header", "cause", "url", "response", "group"]),
)
def test_no_secret_reaches_the_output(secret: str, context: str, where: str) -> None:
    """A secret anywhere in the input (message, body, headers, URL, cause, a response, a group
    member) appears in no field of the result and no payload built from it."""
    import httpx

    text = context.format(s=secret)
    exc: BaseException = Exception("Error code: 401 - " + (text if where == "text" else "bad key"))
    if where == "body":
        exc.body = {"error": {"message": text, "code": secret, "type": secret}}  # type: ignore[attr-defined]
    if where == "header":
        exc.headers = {"x-request-id": secret, "authorization": text, "request-id": secret}  # type: ignore[attr-defined]
    if where == "cause":
        exc.__cause__ = ConnectionError(text)
    if where == "url":
        exc.request = httpx.Request(
            "POST", f"https://user:{secret}@api.example.com/v1?key={secret}"
        )  # type: ignore[attr-defined]
    if where == "response":
        exc.response = httpx.Response(
            401,
            content=text.encode(),  # type: ignore[attr-defined]
            headers={"x-request-id": secret},
            request=httpx.Request("POST", "https://api.openai.com/v1/x"),
        )
    if where == "group":
        exc = BaseExceptionGroup("failures", [ValueError(text), exc])  # type: ignore[list-item]
    err = classify(exc)
    outputs = [
        err.to_json(),
        repr(err),
        sse(error_event(err)),
        stream_retry_payload(1, 1.0, err).to_json(),
        json.dumps(classify(text).to_dict()),
    ]
    assert not [o for o in outputs if secret in o]


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=20), max_size=6))
def test_key_order_does_not_matter(body: dict[str, str]) -> None:
    """A body classifies the same whatever the order of its keys."""
    wrapped = {"error": body}
    reordered = {"error": dict(reversed(list(body.items())))}
    assert classify(wrapped) == classify(reordered)
