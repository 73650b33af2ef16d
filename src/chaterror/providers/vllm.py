"""vLLM: the OpenAI-compatible server.

Body: ``{"object": "error", "message", "type": "BadRequestError", "param", "code"}``. Sources:
vllm ``entrypoints/openai/protocol.py`` (``ErrorResponse``), ``serving_engine.py``.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    kind = error.get("type")
    return isinstance(kind, str) and kind.endswith("Error") and error.get("object") == "error"


PROFILE = Profile(
    "vllm",
    "vLLM",
    Role.SERVER,
    aliases=("vllm-openai",),
    # Its default port, 8000, is everyone's, so none is declared.
    modules=("vllm",),
    words=("vllm", r"vllm"),
    # error.type is an exception-like name and error.code the integer status (pypi vllm 0.33.0
    # vllm/entrypoints/serve/exception_handling/error_response.py:39-87).
    codes={
        # RetryableRequestError: a transient request-level failure, safe to retry.
        "serviceunavailableerror": Code(Kind.OVERLOADED, Tier.HINT, True),
        # 501: a feature this server does not support (SGLang sends the same).
        "notimplementederror": Code(Kind.CONFIG, Tier.HINT),
    },
    phrases=(
        # vllm/renderers/params.py:410.
        phrase(
            Kind.CONTEXT_LENGTH,
            "reduce the length of the input prompt",
            r"please reduce the length of the input prompt",
        ),
        # vllm/entrypoints/serve/engine/serving.py:78, vllm/exceptions.py:87.
        phrase(Kind.CONFIG, "valid aliases", r"does not exist\. valid aliases:"),
        phrase(Kind.CONFIG, "no adapter found", r"no adapter found for"),
        # vllm/exceptions.py:134-186: the engine's backlog and retryable failures.
        phrase(
            Kind.OVERLOADED, "prefill token backlog", r"reached its prefill token backlog limit"
        ),
        phrase(
            Kind.OVERLOADED,
            "request failed; please retry",
            r"request failed; please retry",
            retryable=True,
        ),
    ),
    shape=_shape,
)
