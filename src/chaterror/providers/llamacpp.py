"""llama.cpp's ``llama-server``.

Overflow arrives as ``exceed_context_size_error`` with ``n_prompt_tokens``/``n_ctx``. Source:
ggml-org/llama.cpp ``tools/server/server.cpp`` and ``utils.hpp``.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    return "n_ctx" in error or error.get("type") == "exceed_context_size_error"


PROFILE = Profile(
    "llamacpp",
    "llama.cpp",
    Role.SERVER,
    aliases=("llama.cpp", "llama-cpp", "llama-server", "llama_cpp"),
    # "Context size has been exceeded." is llama-server's own wording (server-context.cpp).
    words=(
        "llama|context size has been exceeded",
        r"llama[.-]?cpp|llama-server|context size has been exceeded",
    ),
    codes={"exceed_context_size_error": Code(Kind.CONTEXT_LENGTH)},
    shape=_shape,
)
