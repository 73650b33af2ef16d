"""Properties that hold for any input: total, idempotent, serialisable, bounded, safe."""

from __future__ import annotations

import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

from chaterror import ChatError, classify, decode_last_error
from chaterror.error import DETAIL_MAX
from strategies import anything, chat_errors, secret_contexts, secrets


@given(anything)
def test_classify_never_raises_and_is_valid(value: object) -> None:
    """Any input gives a ChatError that passes its own validation."""
    err = classify(value)
    assert ChatError.model_validate(err.model_dump()) == err
    assert err.message
    assert err.detail is None or len(err.detail) <= DETAIL_MAX


@given(anything)
def test_classify_is_idempotent(value: object) -> None:
    """Classifying a classification changes nothing; so does classifying the input twice."""
    err = classify(value)
    assert classify(err) == err
    assert classify(value) == err or isinstance(value, BaseException)


@given(anything)
def test_json_and_pickle_round_trip(value: object) -> None:
    """The wire JSON and pickle both give back an equal value."""
    err = classify(value)
    assert ChatError.model_validate_json(err.to_json()) == err
    assert decode_last_error(err.to_json()) == err
    assert pickle.loads(pickle.dumps(err)) == err


@given(chat_errors)
def test_constructed_errors_are_normalised_once(err: ChatError) -> None:
    """Normalisation is a fixed point: rebuilding from the fields changes nothing."""
    assert ChatError(**err.model_dump()) == err
    assert err.detail is None or len(err.detail) <= DETAIL_MAX


@given(secrets, secret_contexts, st.sampled_from(["text", "body", "header", "cause"]))
def test_no_secret_reaches_the_output(secret: str, context: str, where: str) -> None:
    """A secret anywhere in the input appears in no field of the result."""
    text = context.format(s=secret)
    exc = Exception("Error code: 401 - " + (text if where == "text" else "bad key"))
    if where == "body":
        exc.body = {"error": {"message": text, "code": secret, "type": secret}}  # type: ignore[attr-defined]
    if where == "header":
        exc.headers = {"x-request-id": secret, "authorization": text}  # type: ignore[attr-defined]
    if where == "cause":
        exc.__cause__ = ConnectionError(text)
    out = classify(exc).to_json()
    assert secret not in out
    assert secret not in json.dumps(classify(text).to_dict())


@given(st.dictionaries(st.text(max_size=8), st.text(max_size=20), max_size=6))
def test_key_order_does_not_matter(body: dict[str, str]) -> None:
    """A body classifies the same whatever the order of its keys."""
    wrapped = {"error": body}
    reordered = {"error": dict(reversed(list(body.items())))}
    assert classify(wrapped) == classify(reordered)
