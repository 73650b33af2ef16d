"""Self-hosted inference servers: each error sentence their own source code sends a client gets
the kind the failure is, worded with real numbers as the servers print them.

Every row is a sentence read in the server's source (the profile comment beside the phrase, or the
signals row, names the file, line and version); the id names the rule the row pins.
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify, classify_response

_C, _L, _O, _T = Kind.CONFIG, Kind.CONTEXT_LENGTH, Kind.OVERLOADED, Kind.TIMEOUT

# (provider, HTTP status the server sends, sentence, kind, retryable)
_SENTENCES = [
    # vLLM
    pytest.param(
        "vllm",
        400,
        "The prompt (total length 25938) is too long to fit into the model (context length "
        "4096). Make sure that `max_model_len` is no smaller than the number of text tokens plus "
        "multimodal tokens.",
        _L,
        False,
        id="vllm-too-long-to-fit-into-the-model",
    ),
    pytest.param(
        "vllm",
        400,
        "('Input too long.', 5000, 4096)",
        _L,
        False,
        id="vllm-old-tokenizer-group-input-too-long",
    ),
    pytest.param(
        "vllm",
        400,
        "The decoder prompt contains a(n) image item with 3000 embedding tokens, which exceeds "
        "the pre-allocated encoder cache size 2048. Please reduce the input size or increase the "
        "encoder cache size by setting --limit-mm-per-prompt at startup.",
        _L,
        False,
        id="vllm-encoder-cache-size",
    ),
    pytest.param(
        "vllm",
        400,
        "max_tokens=5000 cannot be greater than max_model_len=4096. Please request fewer output "
        "tokens. (parameter=max_tokens, value=5000)",
        _L,
        False,
        # CONTRACT §2: prompt + max tokens that do not fit the window is context_length.
        id="vllm-max-tokens-over-max-model-len-does-not-fit",
    ),
    pytest.param(
        "vllm",
        400,
        "Got lora_request LoRARequest(lora_name='sql', lora_int_id=1) but LoRA is not enabled!",
        _C,
        False,
        id="vllm-lora-not-enabled",
    ),
    pytest.param(
        "vllm",
        404,
        "LoRA adapter sql-lora does not exist",
        _C,
        False,
        id="vllm-lora-adapter-does-not-exist",
    ),
    pytest.param(
        "vllm",
        404,
        "The lora adapter 'sql-lora' cannot be found.",
        _C,
        False,
        id="vllm-lora-adapter-cannot-be-found",
    ),
    pytest.param(
        "vllm",
        400,
        '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
        _C,
        False,
        id="vllm-auto-tool-choice-flags",
    ),
    pytest.param(
        "vllm",
        400,
        'tool_choice="required" requires --tool-call-parser to be set',
        _C,
        False,
        id="vllm-tool-call-parser-flag",
    ),
    pytest.param(
        "vllm",
        400,
        "The decoder prompt (length 12324) is longer than the maximum model length of 8192. Make "
        "sure that `max_model_len` is no smaller than the number of text tokens.",
        _L,
        False,
        id="vllm-longer-than-maximum-model-length",
    ),
    pytest.param(
        "vllm",
        400,
        "This model's maximum context length is 4096 tokens. However, your prompt contains 5000 "
        "input tokens, which exceeds this limit even without any output tokens.",
        _L,
        False,
        id="vllm-maximum-context-length",
    ),
    pytest.param(
        "vllm",
        503,
        "The engine is currently busy and cannot accept new requests. Please try again later or "
        "on a different instance.",
        _O,
        True,
        id="vllm-queue-overflow",
    ),
    # SGLang
    pytest.param(
        "sglang",
        400,
        "Input length (160062 tokens) exceeds the maximum allowed length (59862 tokens). Use a "
        "shorter input or enable --allow-auto-truncate.",
        _L,
        False,
        id="sglang-input-length-exceeds-maximum-allowed-length",
    ),
    pytest.param(
        "sglang",
        400,
        "the prompt has 5000 tokens, which does not fit the context length of 4096 tokens",
        _L,
        False,
        id="sglang-decision-prompt-does-not-fit",
    ),
    pytest.param(
        "sglang",
        400,
        "The input (5000 tokens) is longer than the model's context length (4096 tokens).",
        _L,
        False,
        id="sglang-input-longer-than-context-length",
    ),
    pytest.param(
        "sglang",
        400,
        "Request prompt exceeds the KV memory budget: input_len=250000.",
        _L,
        False,
        id="sglang-kv-memory-budget",
    ),
    pytest.param(
        "sglang",
        400,
        "Image request length is longer than the KV cache pool size or the max context length "
        "aborting because you cannot truncate the image embeds",
        _L,
        False,
        id="sglang-old-image-request-length",
    ),
    pytest.param(
        "sglang",
        503,
        "Retraction host KV pool exhausted. Aborting the request.",
        _O,
        True,
        id="sglang-retraction-host-pool-exhausted",
    ),
    pytest.param(
        "sglang",
        400,
        "Invalid request: session id 7f3a does not exist",
        _C,
        False,
        id="sglang-unknown-session",
    ),
    pytest.param(
        "sglang",
        400,
        "Got LoRA adapter that has never been loaded: sql-lora\nAll loaded adapters: dict_keys([]).",
        _C,
        False,
        id="sglang-lora-never-loaded",
    ),
    pytest.param(
        "sglang",
        400,
        "LoRA is not enabled. Please set `--enable-lora` to enable LoRA.",
        _C,
        False,
        id="sglang-lora-not-enabled",
    ),
    pytest.param(
        "sglang", 503, "The request queue is full.", _O, True, id="sglang-request-queue-full"
    ),
    pytest.param(
        "sglang", 503, "Request waiting timeout reached.", _T, True, id="sglang-waiting-timeout"
    ),
    pytest.param(
        "sglang", 503, "Request running timeout reached.", _T, True, id="sglang-running-timeout"
    ),
    # llama.cpp
    pytest.param(
        "llamacpp",
        500,
        "input (5000 tokens) is too large to process. increase the physical batch size (current "
        "batch size: 512)",
        _L,
        False,
        id="llamacpp-too-large-to-process",
    ),
    pytest.param(
        "llamacpp",
        500,
        "context shift cannot be used for shared prompt",
        _L,
        False,
        id="llamacpp-context-shift-shared-prompt",
    ),
    pytest.param(
        "llamacpp",
        500,
        "tools param requires --jinja flag",
        _C,
        False,
        id="llamacpp-requires-jinja",
    ),
    pytest.param(
        "llamacpp",
        500,
        "audio input is not supported - hint: if this is unexpected, you may need to provide the "
        "mmproj",
        _C,
        False,
        id="llamacpp-audio-input-not-supported",
    ),
    pytest.param(
        "llamacpp",
        400,
        "request (5000 tokens) exceeds the available context size (4096 tokens), try increasing it",
        _L,
        False,
        id="llamacpp-exceeds-available-context-size",
    ),
    pytest.param(
        "llamacpp",
        400,
        "input (5000 tokens) is larger than the max context size (4096 tokens). skipping",
        _L,
        False,
        id="llamacpp-larger-than-max-context-size",
    ),
    pytest.param(
        "llamacpp",
        500,
        "Input prompt is too big compared to KV size. Please try increasing KV size.",
        _L,
        False,
        id="llamacpp-2024-too-big-compared-to-kv-size",
    ),
    # Ollama
    pytest.param(
        "ollama",
        500,
        "llama-server reported out-of-memory during startup: cudaMalloc failed: out of memory",
        _C,
        False,
        id="ollama-out-of-memory-at-startup",
    ),
    pytest.param(
        "ollama",
        500,
        "this model requires MLX support, but the MLX runtime is not available",
        _C,
        False,
        id="ollama-mlx-runtime",
    ),
    pytest.param(
        "ollama",
        400,
        "this model only supports one image while more than one image requested",
        _C,
        False,
        id="ollama-one-image",
    ),
    pytest.param(
        "ollama",
        400,
        "image URLs are not currently supported, please use base64 encoded data instead",
        _C,
        False,
        id="ollama-image-urls",
    ),
    pytest.param(
        "ollama",
        400,
        "input exceeds maximum context length and cannot be truncated further",
        _L,
        False,
        id="ollama-embed-input-exceeds-context",
    ),
    pytest.param(
        "ollama",
        500,
        "timed out waiting for llama runner to start - progress 0.00 - ",
        _T,
        True,
        id="ollama-runner-start-timeout",
    ),
    # Text Generation Inference
    pytest.param(
        "huggingface",
        422,
        "Input validation error: `inputs` must have less than 4096 tokens. Given: 5000",
        _L,
        False,
        id="tgi-inputs-must-have-less-than",
    ),
    pytest.param(
        "huggingface",
        422,
        "Input validation error: Image size 30000000 bytes exceeds maximum allowed size of "
        "20000000 bytes",
        _L,
        False,
        id="tgi-image-size",
    ),
    pytest.param(
        "huggingface",
        422,
        "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 "
        "`inputs` tokens and 200 `max_new_tokens`",
        _L,
        False,
        id="tgi-inputs-plus-max-new-tokens",
    ),
    pytest.param(
        "huggingface",
        424,
        "Request failed during generation: Server error: Out of available cache blocks: asked "
        "1024, only 172 free blocks",
        _O,
        True,
        id="tgi-out-of-cache-blocks",
    ),
    # LM Studio
    pytest.param(
        "lmstudio",
        400,
        "Cannot truncate prompt with n_keep (15028) >= n_ctx (7424)",
        _L,
        False,
        id="lmstudio-n-keep-in-parentheses",
    ),
    pytest.param(
        "lmstudio",
        404,
        "No models loaded. Please load a model in the developer page or use the `lms load` "
        "command.",
        _C,
        False,
        id="lmstudio-no-models-loaded",
    ),
    pytest.param(
        "lmstudio",
        400,
        "The number of tokens to keep from the initial prompt is greater than the context length."
        " Try to load the model with a larger context length, or provide a shorter input",
        _L,
        False,
        id="lmstudio-tokens-to-keep",
    ),
    pytest.param(
        "lmstudio",
        200,
        "Unexpected endpoint or method. (POST /chat/completions)",
        _C,
        False,
        id="lmstudio-unexpected-endpoint",
    ),
    pytest.param(
        "lmstudio",
        400,
        'Error rendering prompt with jinja template: "Unknown test: sequence". This is usually an '
        "issue with the model's prompt template.",
        _C,
        False,
        id="lmstudio-jinja-template",
    ),
    # Servers without a profile: LMDeploy, TensorRT-LLM, Triton.
    pytest.param(
        None,
        400,
        "Input length (5000) must be smaller than the model context length (4096).",
        _L,
        False,
        id="lmdeploy-smaller-than-context-length",
    ),
    pytest.param(
        None,
        400,
        "The sum of prompt length (72417.0), query length (0) should not exceed max_num_tokens "
        "(69632)",
        _L,
        False,
        id="trtllm-sum-of-prompt-length-max-num-tokens",
    ),
    pytest.param(
        None,
        400,
        "The sum of prompt length (4000.0) and query length (0) max_tokens (2048) should not "
        "exceed max_seq_len (4096)",
        _L,
        False,
        id="trtllm-sum-of-prompt-length-max-seq-len",
    ),
    pytest.param(
        None,
        400,
        "Request content size exceeds the maximum allowed input size of 67108864 bytes. Use "
        "--http-max-input-size to increase the limit.",
        _L,
        False,
        id="triton-maximum-input-size",
    ),
    pytest.param(None, 503, "Exceeds maximum queue size", _O, True, id="triton-maximum-queue-size"),
]


@pytest.mark.parametrize(("provider", "status", "text", "kind", "retryable"), _SENTENCES)
def test_server_sentence_alone_gets_its_kind(
    provider: str | None, status: int, text: str, kind: Kind, retryable: bool
) -> None:
    """The sentence alone, as an exception's text, gets its kind and retryability."""
    found = classify(RuntimeError(text), provider=provider)
    assert (found.kind, found.retryable) == (kind, retryable)


@pytest.mark.parametrize(("provider", "status", "text", "kind", "retryable"), _SENTENCES)
def test_server_response_gets_its_kind(
    provider: str | None, status: int, text: str, kind: Kind, retryable: bool
) -> None:
    """The server's response, its status and the sentence in an error body, gets the same kind."""
    body: dict[str, Any] = {"error": {"message": text, "code": status}}
    found = classify_response(status, body, provider=provider)
    assert (found.kind, found.retryable) == (kind, retryable)
