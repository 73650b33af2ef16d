"""llama.cpp's ``llama-server``.

Overflow arrives as ``exceed_context_size_error`` with ``n_prompt_tokens``/``n_ctx``. Source:
ggml-org/llama.cpp ``tools/server/server.cpp`` and ``utils.hpp``.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

# Error types only llama-server sends (tools/server/utils.hpp, error_type).
_OWN_TYPES = frozenset({"exceed_context_size_error", "unavailable_error", "not_supported_error"})


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    return "n_ctx" in error or error.get("type") in _OWN_TYPES


PROFILE = Profile(
    "llamacpp",
    "llama.cpp",
    # An engine the other servers embed: Ollama's runner is llama-server and says so in its own
    # errors ("llama-server process has terminated"), so the name ranks after theirs, like a
    # maker's model id after the host that serves it.
    Role.MAKER,
    aliases=("llama.cpp", "llama-cpp", "llama-server", "llama_cpp", "llama-cpp-python"),
    # pypi llama-cpp-python 0.3.36 (its server's errors live in llama_cpp/server/errors.py).
    # The default ports (8080, 8000) are everyone's, so none is declared.
    modules=("llama_cpp",),
    # "Context size has been exceeded." is llama-server's own wording (server-context.cpp).
    words=(
        "llama|context size has been exceeded",
        r"llama[.-]?cpp|llama-server|context size has been exceeded",
    ),
    # github.com/ggml-org/llama.cpp@0c1e57098bba tools/server/utils.hpp (error types): its own
    # types beside OpenAI's. An overflow during decode is a 500 server_error ("Context size has
    # been exceeded."), not exceed_context_size_error, so the wording decides there.
    codes={
        "exceed_context_size_error": Code(Kind.CONTEXT_LENGTH),
        # 503 until the model has loaded ("Loading model") or while no slot is free: retry.
        "unavailable_error": Code(Kind.OVERLOADED, Tier.CODE, True),
        # 501: the endpoint is not enabled on this server.
        "not_supported_error": Code(Kind.CONFIG),
    },
    # tools/server/server.cpp messages.
    phrases=(
        # The 500 llama-server sent before it could stream tool calls ({"error": {"code": 500,
        # "message": "Cannot use tools with stream", "type": "server_error"}}, recorded in
        # llmrb/llm's cassette llamacpp/chat/llm_chat_stream_tool.yml): a request it cannot serve
        # as sent, which a retry repeats.
        phrase(Kind.CONFIG, "cannot use tools with stream", r"cannot use tools with stream"),
        # The whole message of the loading 503; "error loading model" is something else.
        phrase(
            Kind.OVERLOADED,
            "loading model",
            r"(?<!error )(?<!failed )loading model(?![\w:])(?! (?:from|file|failed|error))",
            retryable=True,
        ),
        # The builds before tools/server answered "slot unavailable" when every slot was busy
        # (llamafile's server, mozilla-ai/llamafile#361): the same capacity, in older words.
        phrase(
            Kind.OVERLOADED,
            "no slot available|slot unavailable",
            r"no slot available|\bslot unavailable\b",
        ),
        phrase(Kind.CONTEXT_LENGTH, "max context size", r"is larger than the max context size"),
        # server-context.cpp:2896-2908: generation reached the window and could not shift it.
        phrase(
            Kind.CONTEXT_LENGTH,
            "context shift",
            r"context shift is disabled|context shift cannot be used for shared prompt",
        ),
        phrase(Kind.CONFIG, "model is not loaded", r"model is not loaded"),
        # A model (or its context) larger than the GPU: ggml-cuda's "cudaMalloc failed: out of
        # memory" and llama_init_from_model's "failed to allocate buffer for kv cache"
        # (src/llama-context.cpp), as Jan's llama.cpp router logs them (janhq/jan#8236): the
        # context size or the model must change, like Ollama's "requires more system memory".
        phrase(
            Kind.CONFIG,
            "allocate buffer for kv cache|cudamalloc failed",
            r"failed to allocate buffer for kv cache|cudamalloc failed: out of memory",
        ),
        phrase(Kind.CONFIG, "model name is missing", r"model name is missing from the request"),
        phrase(
            Kind.CONFIG, "input is not supported", r"(?:image|audio|video) input is not supported"
        ),
        phrase(Kind.CONFIG, "unsupported param", r"unsupported param: "),
        # pypi llama-cpp-python 0.3.36 vendor/llama.cpp/tools/server/server-context.cpp:3167: an
        # input that cannot be split (embeddings, rerank) over the physical batch size.
        phrase(
            Kind.CONTEXT_LENGTH,
            "too large to process",
            r"is too large to process\. increase the physical batch size",
        ),
        # pypi llama-cpp-python 0.2.90 and 0.3.8 vendor/llama.cpp/examples/server/server.cpp:2364
        # and :3153 (the builds before tools/server): the decode found no room in the slot's KV
        # cache for the prompt.
        phrase(
            Kind.CONTEXT_LENGTH,
            "compared to kv size",
            r"input prompt is too big compared to kv size",
        ),
        # tools/server/server-common.cpp:1238-1241: tools sent to a server started without --jinja.
        phrase(Kind.CONFIG, "requires --jinja flag", r"requires --jinja flag"),
    ),
    shape=_shape,
)
