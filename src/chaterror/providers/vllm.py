"""vLLM: the OpenAI-compatible server.

Body: ``{"object": "error", "message", "type": "BadRequestError", "param", "code"}``. Sources:
vllm ``entrypoints/openai/protocol.py`` (``ErrorResponse``), ``serving_engine.py``.
"""

from collections.abc import Mapping
from typing import Any

from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    kind = error.get("type")
    return isinstance(kind, str) and kind.endswith("Error") and error.get("object") == "error"


PROFILE = Profile(
    "vllm",
    "vLLM",
    Role.SERVER,
    modules=("vllm",),
    words=("vllm", r"vllm"),
    shape=_shape,
)
