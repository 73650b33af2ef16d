"""vLLM: the OpenAI-compatible server.

Body: ``{"object": "error", "message", "type": "BadRequestError", "param", "code"}``. Sources:
vllm ``entrypoints/openai/protocol.py`` (``ErrorResponse``), ``serving_engine.py``.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Phrase, Tier, phrase
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
    # LiteLLM names its vLLM provider hosted_vllm ("APIError: Hosted_vllmException - …").
    words=("vllm", r"vllm|hosted_vllm"),
    # error.type is an exception-like name and error.code the integer status (pypi vllm 0.33.0
    # vllm/entrypoints/serve/exception_handling/error_response.py:39-87).
    codes={
        # RetryableRequestError: a transient request-level failure, safe to retry.
        "serviceunavailableerror": Code(Kind.OVERLOADED, Tier.HINT, True),
        # 501: a feature this server does not support (SGLang sends the same).
        "notimplementederror": Code(Kind.CONFIG, Tier.HINT),
    },
    phrases=(
        # vllm/multimodal (the per-prompt limit, --limit-mm-per-prompt): "At most 1 image(s) may
        # be provided in one request.", as mittwald's AI hosting documents it (developer.
        # mittwald.de …/aihosting/api-endpoints/errors): fewer items, or a server setting.
        phrase(
            Kind.CONFIG,
            "may be provided in one request",
            r"at most \w+ (?:image|audio|video)s?(?:\(s\))? may be provided in one request",
        ),
        # vllm/core/scheduler.py (v0): "Input prompt (N tokens) is too long and exceeds limit of
        # M"; the request is dropped with nothing generated.
        phrase(
            Kind.CONTEXT_LENGTH,
            "is too long and exceeds limit",
            r"input prompt \(\d+ tokens\) is too long and exceeds limit",
        ),
        # The engine's length check (vllm/v1/engine/processor.py: "The decoder prompt (length N)
        # is longer than the maximum model length of M."), also where a gateway cuts the
        # sentence short ("Prefill worker failed to start: The decoder prompt (length 375008) is
        # longer than ...", smg-project/smg issue 2380, under a 500).
        phrase(
            Kind.CONTEXT_LENGTH,
            "prompt (length",
            r"(?:decoder|encoder) prompt \(length \d+\) is longer than",
        ),
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
        # Overflow wordings of older engines: pypi vllm 0.6.6 vllm/engine/llm_engine.py:1961 and
        # vllm/v1/engine/processor.py:173 ("The prompt (total length N) is too long to fit into
        # the model (context length M)."); transformers_utils/tokenizer_group/tokenizer_group.py:53
        # (ValueError("Input too long.", N, M), printed as a tuple).
        phrase(
            Kind.CONTEXT_LENGTH,
            "too long to fit into the model",
            r"is too long to fit into the model",
        ),
        phrase(Kind.CONTEXT_LENGTH, "input too long", r"input too long\.?'?, \d+, \d+"),
        # pypi vllm 0.33.0 vllm/v1/engine/input_processor.py:637: one image or audio item
        # bigger than the encoder cache.
        phrase(
            Kind.CONTEXT_LENGTH,
            "pre-allocated encoder cache",
            r"exceeds the pre-allocated encoder cache size",
        ),
        # vllm/renderers/params.py:278: max_tokens alone over the window. CONTRACT §2 files
        # "the prompt (or prompt + max tokens) does not fit the model's context window" under
        # context_length, whichever part is too large.
        # vllm/entrypoints/openai/serving_engine.py _validate_input: "'max_tokens' or
        # 'max_completion_tokens' is too large: 32000. This model's maximum context length is
        # … (32000 > 32768 - 1024)", raised only when prompt plus max_tokens overflow the window;
        # a client may print only its first sentence (stepfun-ai/Step-Audio-R1#3).
        phrase(
            Kind.CONTEXT_LENGTH,
            "max_completion_tokens' is too large",
            r"max_tokens' or 'max_completion_tokens' is too large",
        ),
        phrase(
            Kind.CONTEXT_LENGTH,
            "cannot be greater than max_model_len",
            r"max_(?:completion_|output_)?tokens=\d+ cannot be greater than max_model_len",
        ),
        # vllm/v1/engine/input_processor.py:285 (a LoRA request to a server started without
        # --enable-lora); vllm/renderers/online_renderer.py:278-289 (tool_choice without the
        # server flags, worded the same since 0.6).
        phrase(Kind.CONFIG, "lora is not enabled", r"but lora is not enabled"),
        # pypi vllm 0.33.0 vllm/entrypoints/openai/models/serving.py:296 and :363 (the same in
        # 0.10.2 serving_models.py:218,278 and 0.6.6 serving_engine.py:628): a LoRA adapter the
        # server does not have.
        phrase(
            Kind.CONFIG,
            "lora adapter",
            r"lora adapter '?[\w./:-]{1,200}'? (?:cannot be found|does not exist)",
        ),
        phrase(
            Kind.CONFIG,
            "requires --enable-auto-tool-choice|--tool-call-parser to be set",
            r"tool choice requires --enable-auto-tool-choice|requires --tool-call-parser to be set",
        ),
        # A dead engine (vllm/v1/engine/exceptions.py: EngineDeadError's ENGINE_DEAD_MESSAGE;
        # v0's AsyncEngineDeadError "Background loop has errored already",
        # vllm/engine/async_llm_engine.py): the server's own failure, named, so code tier (no
        # other kind's wording in its stack trace outranks it). Retryable as any 5xx is: the
        # launcher restarts or a replica answers, and users meet it as an intermittent 500
        # (vllm-project/vllm#24495); with no status (a stream's error event) it is not.
        Phrase(
            Tier.CODE,
            Kind.GENERIC,
            ("enginecore encountered an issue", "background loop has errored"),
            r"enginecore encountered an issue\. see stack trace|background loop has errored already",
        ),
    ),
    shape=_shape,
)
