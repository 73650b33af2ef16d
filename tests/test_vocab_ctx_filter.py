"""Context overflow and content-filter refusals: every wording a primary source writes (inference
server source code, provider docs and error-code pages, SDK and client-library source) gets
``context_length`` or ``content_filter``, never retryable.

Each row names its source beside it; the id names the server or provider and the wording. The
last table pins the near misses: a throttle that says "too many tokens", a successful
``finish_reason: length``, a model's own refusal in its text.
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify, classify_response

_L, _F = Kind.CONTEXT_LENGTH, Kind.CONTENT_FILTER

# (provider hint, sentence, kind): the sentence alone, as an exception's text.
_SENTENCES = [
    # vLLM across versions: vllm/entrypoints/openai/serving_engine.py (v0.9.1 :562, :568; v0.11.0
    # :676, :684), vllm/renderers/params.py (v0.25.1 :345, :442; vllm-project/vllm@017638d7
    # _token_len_check, _text_len_check), the v0 embedding check and the v1 processor.
    pytest.param(
        "vllm",
        "This model's maximum context length is 8192 tokens. However, you requested 9000 tokens "
        "in the messages, Please reduce the length of the messages.",
        _L,
        id="vllm-0.9-messages-only",
    ),
    pytest.param(
        "vllm",
        "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens "
        "(4000 in the messages, 1000 in the completion). Please reduce the length of the "
        "messages or completion.",
        _L,
        id="vllm-0.9-messages-and-completion",
    ),
    pytest.param(
        "vllm",
        "This model's maximum context length is 4096 tokens. However, your request has 5000 input "
        "tokens. Please reduce the length of the input messages.",
        _L,
        id="vllm-0.11-input-tokens",
    ),
    pytest.param(
        "vllm",
        "'max_tokens' or 'max_completion_tokens' is too large: 1000. This model's maximum context "
        "length is 4096 tokens and your request has 3500 input tokens (1000 > 4096 - 3500).",
        _L,
        id="vllm-0.11-max-tokens-over-the-rest",
    ),
    pytest.param(
        "vllm",
        "This model's maximum context length is 8192 tokens. However, you requested 64 output "
        "tokens and your prompt contains at least 8129 input tokens, for a total of at least 8193 "
        "tokens. Please reduce the length of the input prompt or the number of requested output "
        "tokens.",
        _L,
        id="vllm-0.25-at-least-input-tokens",
    ),
    pytest.param(
        "vllm",
        "You passed 5000 input tokens and requested 1000 output tokens. However, the model's "
        "context length is only 4096 tokens, resulting in a maximum input length of 3096 tokens. "
        "Please reduce the length of the input prompt.",
        _L,
        id="vllm-renderer-token-len-check",
    ),
    pytest.param(
        "vllm",
        "You passed 100000 input characters and requested 1000 output tokens. However, the "
        "model's context length is only 4096 tokens, resulting in a maximum input length of 3096 "
        "tokens (at most 30960 characters). Please reduce the length of the input prompt.",
        _L,
        id="vllm-renderer-text-len-check",
    ),
    pytest.param(
        "vllm",
        "This model's maximum context length is 512 tokens. However, you requested 1451 tokens in "
        "the input for embedding generation. Please reduce the length of the input.",
        _L,
        id="vllm-embedding-input",
    ),
    pytest.param(
        "vllm",
        "The decoder prompt (length 5000) is longer than the maximum model length of 4096. Make "
        "sure that `max_model_len` is no smaller than the number of text tokens.",
        _L,
        id="vllm-v1-decoder-prompt-longer",
    ),
    pytest.param(
        "vllm",
        "Input prompt (5000 tokens) is too long and exceeds limit of 4096",
        _L,
        id="vllm-v0-scheduler-input-prompt-too-long",
    ),
    # SGLang: python/sglang/srt/managers/utils.py validate_input_length ("Use a shorter input or
    # enable --allow-auto-truncate") and tokenizer_manager.py (the two context checks).
    pytest.param(
        "sglang",
        "Input length (5000 tokens) exceeds the maximum allowed length (4096 tokens). Use a "
        "shorter input or enable --allow-auto-truncate.",
        _L,
        id="sglang-validate-input-length",
    ),
    pytest.param(
        "sglang",
        "Requested token count exceeds the model's maximum context length of 4096 tokens. You "
        "requested a total of 5000 tokens: 4000 tokens from the input messages and 1000 tokens "
        "for the completion. Please reduce the number of tokens in the input messages or the "
        "completion to fit within the limit.",
        _L,
        id="sglang-requested-token-count",
    ),
    pytest.param(
        "sglang",
        "The input (5000 tokens) is longer than the model's context length (4096 tokens).",
        _L,
        id="sglang-input-longer-than-context",
    ),
    # Text Generation Inference: huggingface/text-generation-inference@db931fcf
    # router/src/validation.rs:999, :1001, :1025, behind infer/mod.rs:414's prefix.
    pytest.param(
        None,
        "Input validation error: `inputs` tokens + `max_new_tokens` must be <= 4096. Given: 4000 "
        "`inputs` tokens and 1000 `max_new_tokens`",
        _L,
        id="tgi-max-total-tokens",
    ),
    pytest.param(
        None,
        "Input validation error: `inputs` must have less than 4096 tokens. Given: 5000",
        _L,
        id="tgi-input-length",
    ),
    pytest.param(
        None,
        "Input validation error: Image size 30000000 bytes exceeds maximum allowed size of "
        "20971520 bytes",
        _L,
        id="tgi-image-too-large",
    ),
    # llama.cpp server: tools/server/server-context.cpp (ERROR_TYPE_EXCEED_CONTEXT_SIZE, its
    # wordings across builds) and the embedding batch check.
    pytest.param(
        "llamacpp",
        "the request exceeds the available context size, try increasing it",
        _L,
        id="llamacpp-exceeds-available-context",
    ),
    pytest.param(
        "llamacpp",
        "request (5000 tokens) exceeds the available context size (4096 tokens), try increasing it",
        _L,
        id="llamacpp-request-tokens-exceed-available",
    ),
    pytest.param(
        "llamacpp",
        "request (5000 tokens) exceeds context size (4096 tokens)",
        _L,
        id="llamacpp-request-tokens-exceed-context-size",
    ),
    pytest.param(
        "llamacpp",
        "input (5000 tokens) is larger than the max context size (4096 tokens). skipping",
        _L,
        id="llamacpp-input-larger-than-max-context",
    ),
    pytest.param(
        "llamacpp",
        "input is too large to process. increase the physical batch size",
        _L,
        id="llamacpp-physical-batch-size",
    ),
    # Ollama: ollama/ollama@fb307609 llm/llama_server.go:298, :2443, server/routes.go:910, :939,
    # :968, x/mlxrunner/pipeline.go:60, agent/compactor.go:431, :443; its older runner's
    # "prompt too long; exceeded max context length by N tokens" (listed in earendil-works/pi
    # packages/ai/src/utils/overflow.ts).
    pytest.param(
        "ollama",
        "the prompt is longer than the context length currently available to the model; shorten "
        "the prompt, adjust the context length in settings, or use a model with a longer context "
        "length",
        _L,
        id="ollama-prompt-longer-than-available-context",
    ),
    pytest.param(
        "ollama",
        "the input length exceeds the context length",
        _L,
        id="ollama-embed-input-length",
    ),
    pytest.param(
        "ollama",
        "input after truncation exceeds maximum context length",
        _L,
        id="ollama-embed-after-truncation",
    ),
    pytest.param(
        "ollama",
        "input exceeds maximum context length and cannot be truncated further",
        _L,
        id="ollama-embed-cannot-truncate",
    ),
    pytest.param(
        "ollama",
        "input length (5000 tokens) exceeds the model's maximum context length (4096 tokens)",
        _L,
        id="ollama-mlxrunner-input-length",
    ),
    pytest.param(
        "ollama",
        "prompt is too large for the current context (~5000/4096 tokens). Reduce the system "
        "prompt or message history, compact the conversation, or use a model with a larger "
        "context",
        _L,
        id="ollama-agent-prompt-too-large",
    ),
    pytest.param(
        "ollama",
        "history is still too large after compaction (~5000/4096 tokens). Start a fresh request, "
        "reduce the system prompt or history, or use a model with a larger context",
        _L,
        id="ollama-agent-history-after-compaction",
    ),
    pytest.param(
        "ollama",
        "prompt too long; exceeded max context length by 123 tokens",
        _L,
        id="ollama-runner-exceeded-max-context-by",
    ),
    # LM Studio (its overflow policy "stop at limit"; earendil-works/pi overflow.ts).
    pytest.param(
        "lmstudio",
        "Trying to keep the first 5000 tokens when context the overflows. However, the model is "
        "loaded with context length of only 4096 tokens, which is not enough. Try to load the "
        "model with a larger context length, or provide a shorter input",
        _L,
        id="lmstudio-context-the-overflows",
    ),
    pytest.param(
        "lmstudio",
        "The number of tokens to keep from the initial prompt is greater than the context length.",
        _L,
        id="lmstudio-tokens-to-keep",
    ),
    # TensorRT-LLM / Triton, LMDeploy (the signals rows name their files).
    pytest.param(
        None,
        "The sum of prompt length (5000.0), query length (0) should not exceed max_num_tokens "
        "(4096)",
        _L,
        id="trtllm-sum-of-prompt-length",
    ),
    pytest.param(
        None, "exceed session max length. Please end the session.", _L, id="lmdeploy-session-max"
    ),
    # TabbyAPI: theroyallab/tabbyAPI@e632af41 common/errors.py:51, :67.
    pytest.param(
        None,
        "Prompt length 5000 exceeds the available context size of 4096 tokens",
        _L,
        id="tabbyapi-prompt-length-exceeds-available",
    ),
    pytest.param(
        None,
        "Initial job allocation requires 5120 cache tokens, which exceeds the available context "
        "size of 4096 tokens",
        _L,
        id="tabbyapi-initial-job-allocation",
    ),
    # LocalAI: mudler/LocalAI@82c191af core/services/compression/service.go:46,
    # core/backend/embeddings.go:82.
    pytest.param(
        None,
        "compressed request (5000 tokens) exceeds context size (4096)",
        _L,
        id="localai-compressed-request",
    ),
    pytest.param(
        None,
        "conversation too long for per-token embeddings (gRPC message limit exceeded): rpc error",
        _L,
        id="localai-per-token-embeddings",
    ),
    # Hosted providers, as client libraries list them (earendil-works/pi@17c253c5
    # packages/ai/src/utils/overflow.ts) and their docs.
    pytest.param(
        "openai",
        "Your input exceeds the context window of this model. Please adjust your input and try "
        "again.",
        _L,
        id="openai-responses-context-window",
    ),
    pytest.param(
        "anthropic", "prompt is too long: 210000 tokens > 200000 maximum", _L, id="anthropic-prompt"
    ),
    pytest.param(
        "anthropic",
        "input length and `max_tokens` exceed context limit: 197000 + 8192 > 200000, decrease "
        "input length or `max_tokens` and try again",
        _L,
        id="anthropic-input-and-max-tokens",
    ),
    pytest.param(
        "google",
        "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576).",
        _L,
        id="gemini-input-token-count",
    ),
    pytest.param(
        "google",
        "400 Request payload size exceeds the limit: 20971520 bytes.",
        _L,
        id="google-request-payload-size",
    ),
    pytest.param(
        "google",
        "Unable to submit request because the input token count is 1200000 but model only "
        "supports up to 1048576. Reduce the input token count and try again.",
        _L,
        id="vertex-input-token-count-only-supports-up-to",
    ),
    # LiteLLM's table of context-window wordings (BerriAI/litellm tests/test_litellm/
    # litellm_core_utils/test_exception_mapping_utils.py context_window_test_cases).
    pytest.param(
        None,
        "An error occurred: The input exceeds the model's maximum context limit of 8192 tokens.",
        _L,
        id="litellm-exceeds-models-maximum-context-limit",
    ),
    pytest.param(
        None,
        "AWS Bedrock Error: The request payload size has exceed context limit.",
        _L,
        id="litellm-bedrock-payload-exceed-context-limit",
    ),
    pytest.param("bedrock", "Input is too long for requested model.", _L, id="bedrock-input"),
    pytest.param(
        "bedrock",
        "400 Bad Request: Too many input tokens. Max input tokens: 8192, request input token "
        "count: 9000",
        _L,
        id="bedrock-titan-too-many-input-tokens",
    ),
    pytest.param(
        "xai",
        "This model's maximum prompt length is 131072 but the request contains 537812 tokens.",
        _L,
        id="xai-maximum-prompt-length",
    ),
    pytest.param(
        "groq",
        "Please reduce the length of the messages or completion.",
        _L,
        id="groq-reduce-the-length",
    ),
    pytest.param(
        "openrouter",
        "This endpoint's maximum context length is 131072 tokens. However, you requested about "
        "140000 tokens (130000 of text input, 10000 in the output). Please reduce the length of "
        'either one, or use the "middle-out" transform to compress your prompt automatically.',
        _L,
        id="openrouter-endpoint-context",
    ),
    pytest.param(
        "openrouter",
        "Input length 131393 exceeds the maximum allowed input length of 131040 tokens.",
        _L,
        id="openrouter-poolside-maximum-allowed-input-length",
    ),
    pytest.param(
        None,
        "Input length (265330) exceeds model's maximum context length (262144).",
        _L,
        id="openai-compatible-input-length-paren",
    ),
    pytest.param(
        "github-models",
        "prompt token count of 200000 exceeds the limit of 128000",
        _L,
        id="github-copilot-prompt-token-count",
    ),
    pytest.param(
        "minimax",
        "invalid params, context window exceeds limit",
        _L,
        id="minimax-context-window-exceeds-limit",
    ),
    pytest.param(
        "moonshot",
        "Your request exceeded model token limit: 262144 (requested: 300000)",
        _L,
        id="kimi-exceeded-model-token-limit",
    ),
    pytest.param(
        "mistral",
        "Prompt contains 40000 tokens and 0 draft tokens, too large for model with 32768 maximum "
        "context length",
        _L,
        id="mistral-too-large-for-model",
    ),
    pytest.param(
        "zhipu", "model_context_window_exceeded", _L, id="zai-model-context-window-exceeded"
    ),
    pytest.param(
        "together",
        "The input (250000 tokens) is longer than the model's context length (200000 tokens).",
        _L,
        id="together-input-longer-than-context",
    ),
    pytest.param(
        "dashscope",
        "<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 6000]",
        _L,
        id="dashscope-range-of-input-length",
    ),
    # crewAI's overflow list (crewAIInc/crewAI@a9fa9e2c lib/crewai/src/crewai/utilities/
    # exceptions/context_window_exceeding_exception.py).
    pytest.param(None, "context window full", _L, id="crewai-context-window-full"),
    pytest.param(None, "exceeds token limit", _L, id="crewai-exceeds-token-limit"),
    # HTTP 413 by its reason phrase (RFC 9110 §15.5.14, RFC 7231, RFC 2616) and AWS API
    # Gateway's 413 (docs.aws.amazon.com/apigateway/latest/developerguide/
    # supported-gateway-response-types.html, REQUEST_TOO_LARGE).
    pytest.param(None, "Error: payload too large", _L, id="http-413-payload-too-large"),
    pytest.param(None, "Request Entity Too Large", _L, id="http-413-request-entity-too-large"),
    pytest.param(None, "Content Too Large", _L, id="http-413-content-too-large"),
    pytest.param(None, '{"message":"Request Too Long"}', _L, id="apigateway-request-too-long"),
    pytest.param(
        None,
        "HTTP content length exceeded 10485760 bytes.",
        _L,
        id="apigateway-http-content-length-exceeded",
    ),
    pytest.param(None, "Request size limit exceeded", _L, id="kong-request-size-limiting"),
    pytest.param(
        "vercel", "FUNCTION_PAYLOAD_TOO_LARGE", _L, id="vercel-function-payload-too-large"
    ),
    # content_filter.
    pytest.param(
        "openai",
        "Could not parse response content as the request was rejected by the content filter",
        _F,
        id="openai-python-content-filter-finish-reason",
    ),
    pytest.param(
        "google",
        "The response is blocked, as it may violate our policies.",
        _F,
        id="gemini-response-blocked",
    ),
    pytest.param("google", "block_reason: SAFETY", _F, id="gemini-block-reason-safety"),
    pytest.param(
        "google",
        "google.generativeai.types.generation_types.StopCandidateException: finish_reason: "
        "SAFETY\nindex: 0",
        _F,
        id="google-generativeai-stop-candidate",
    ),
    pytest.param(
        "google",
        "The `response.text` quick accessor only works when the response contains a valid "
        "`Part`, but none was returned. Check the `candidate.safety_ratings` to see if the "
        "response was blocked.",
        _F,
        id="google-generativeai-quick-accessor",
    ),
    # Vertex AI (docs.cloud.google.com/vertex-ai/generative-ai/docs/multimodal/
    # gemini-image-responsible-ai; docs/image/responsible-ai-imagen).
    pytest.param(
        "google",
        "raiFilteredReason: Your current safety filter threshold filtered out 2 generated "
        "images. You will not be charged for blocked images. Support codes: 56562880",
        _F,
        id="vertex-rai-filtered-reason",
    ),
    pytest.param(
        "google",
        "Image generation failed with the following error: The prompt could not be submitted. "
        "This prompt contains sensitive words that violate Google's Responsible AI practices. "
        "Try rephrasing the prompt. If you think this was an error, send feedback. Support "
        "codes: 42876398",
        _F,
        id="vertex-imagen-responsible-ai-practices",
    ),
    pytest.param(
        "bedrock", "stopReason: guardrail_intervened", _F, id="bedrock-converse-guardrail"
    ),
    pytest.param(
        "bedrock",
        "An error occurred (ValidationException) when calling the InvokeModel operation: This "
        "request has been blocked by our content filters. Please adjust your text prompt to "
        "submit a new request.",
        _F,
        id="bedrock-titan-image-request-blocked",
    ),
    pytest.param(
        "bedrock",
        "An error occurred (ValidationException) when calling the InvokeModel operation: The "
        "generated image has been blocked by our content filters. Please adjust your prompt and "
        "try again.",
        _F,
        id="bedrock-titan-generated-image-blocked",
    ),
    pytest.param(
        "dashscope",
        "Input text data may contain inappropriate content.",
        _F,
        id="dashscope-input-text-data",
    ),
    pytest.param(
        "replicate",
        "NSFW content detected. Try running it again, or try a different prompt.",
        _F,
        id="replicate-nsfw-content-detected",
    ),
    # Image generators' moderation: Black Forest Labs (docs.bfl.ai/api_integration/errors),
    # Stability AI (platform.stability.ai/docs/api-reference, 403 content_moderation), fal.ai
    # (docs.fal.ai/errors, content_policy_violation).
    pytest.param(
        None,
        "Your input (prompt or image) was flagged by our content moderation system before "
        "processing began.",
        _F,
        id="bfl-flagged-by-content-moderation",
    ),
    pytest.param(None, "status: Request Moderated", _F, id="bfl-status-request-moderated"),
    pytest.param(None, "status: Content Moderated", _F, id="bfl-status-content-moderated"),
    pytest.param(
        None,
        "Your request was flagged by our content moderation system, as a result your request "
        "was denied and you were not charged.",
        _F,
        id="stability-content-moderation",
    ),
    pytest.param(
        None, "The content was flagged by a content checker.", _F, id="fal-content-checker"
    ),
]

# (provider hint, HTTP status, decoded body, kind): a provider's whole error response.
_BODIES: list[Any] = [
    pytest.param(
        "openai",
        400,
        {
            "error": {
                "message": "This model's maximum context length is 8192 tokens. However, your "
                "messages resulted in 9000 tokens. Please reduce the length of the messages.",
                "type": "invalid_request_error",
                "param": "messages",
                "code": "context_length_exceeded",
            }
        },
        _L,
        id="openai-context-length-exceeded",
    ),
    pytest.param(
        "openai",
        400,
        {
            "error": {
                "message": "Invalid 'messages[0].content': string too long. Expected a string "
                "with maximum length 10485760, but got a string with length 12000000 instead.",
                "type": "invalid_request_error",
                "param": "messages[0].content",
                "code": "string_above_max_length",
            }
        },
        _L,
        id="openai-string-above-max-length",
    ),
    pytest.param(
        "anthropic",
        413,
        {
            "type": "error",
            "error": {"type": "request_too_large", "message": "Request exceeds the maximum size"},
        },
        _L,
        id="anthropic-413-request-too-large",
    ),
    pytest.param(
        "groq",
        413,
        {
            "error": {
                "message": "Request too large for model `llama3-70b-8192` in organization "
                "`org_01` on tokens per minute (TPM): Limit 6000, Requested 7000, please reduce "
                "your message size and try again.",
                "type": "tokens",
                "code": "rate_limit_exceeded",
            }
        },
        _L,
        id="groq-413-request-too-large-for-model",
    ),
    pytest.param(
        "cohere",
        400,
        {
            "message": "too many tokens: size limit exceeded by 1000 tokens. Try using shorter or "
            "fewer inputs, or setting prompt_truncation='AUTO'."
        },
        _L,
        id="cohere-size-limit-exceeded-by",
    ),
    pytest.param(
        "llamacpp",
        400,
        {
            "error": {
                "code": 400,
                "message": "request (5000 tokens) exceeds the available context size (4096 "
                "tokens), try increasing it",
                "type": "exceed_context_size_error",
                "n_prompt_tokens": 5000,
                "n_ctx": 4096,
            }
        },
        _L,
        id="llamacpp-exceed-context-size-error",
    ),
    pytest.param(
        None,
        400,
        {
            "error": {
                "message": "Prompt length 5000 exceeds the available context size of 4096 tokens",
                "type": "invalid_request_error",
                "param": None,
                "code": "context_length_exceeded",
            }
        },
        _L,
        id="tabbyapi-openai-shaped-overflow",
    ),
    pytest.param(
        "zhipu", 400, {"error": {"code": "1261", "message": "Prompt 超长"}}, _L, id="zhipu-1261"
    ),
    pytest.param(
        "dashscope",
        400,
        {"code": "InvalidParameter", "message": "Range of input length should be [1, 30720]"},
        _L,
        id="dashscope-invalid-parameter-range",
    ),
    pytest.param(
        "qianfan",
        200,
        {"error_code": 336103, "error_msg": "the sum of prompt tokens exceeds max length"},
        _L,
        id="qianfan-336103",
    ),
    pytest.param(None, 413, {"message": "Request Too Long"}, _L, id="apigateway-413"),
    # Cohere's finish reasons (docs.cohere.com/reference/chat): the context limit, a toxic output.
    pytest.param(
        "cohere", 200, {"finish_reason": "ERROR_LIMIT", "text": ""}, _L, id="cohere-error-limit"
    ),
    pytest.param(
        "openai",
        400,
        {
            "error": {
                "message": "Your request was rejected as a result of our safety system. Your "
                "prompt may contain text that is not allowed by our safety system.",
                "type": "invalid_request_error",
                "param": None,
                "code": "content_policy_violation",
            }
        },
        _F,
        id="openai-content-policy-violation",
    ),
    pytest.param(
        "openai",
        400,
        {
            "error": {
                "message": "Your request was rejected by the safety system. If you believe this "
                "is an error, contact us at help.openai.com and include the request ID req_1.",
                "type": "image_generation_user_error",
                "param": None,
                "code": "moderation_blocked",
            }
        },
        _F,
        id="openai-gpt-image-moderation-blocked",
    ),
    pytest.param(
        "openai",
        400,
        {
            "error": {
                "message": "Invalid prompt: your prompt was flagged as potentially violating our "
                "usage policy. Please try again with a different prompt.",
                "type": "invalid_request_error",
                "param": None,
                "code": "invalid_prompt",
            }
        },
        _F,
        id="openai-reasoning-invalid-prompt",
    ),
    pytest.param(
        "azure",
        400,
        {
            "error": {
                "message": "The response was filtered due to the prompt triggering Azure "
                "OpenAI's content management policy. Please modify your prompt and retry.",
                "type": None,
                "param": "prompt",
                "code": "content_filter",
                "status": 400,
                "innererror": {
                    "code": "ResponsibleAIPolicyViolation",
                    "content_filter_result": {"hate": {"filtered": True, "severity": "high"}},
                },
            }
        },
        _F,
        id="azure-responsible-ai-policy-violation",
    ),
    pytest.param(
        "azure",
        400,
        {
            "error": {
                "message": "Request failed.",
                "innererror": {"code": "ResponsibleAIPolicyViolation"},
            }
        },
        _F,
        id="azure-innererror-code-alone",
    ),
    pytest.param(
        "azure",
        200,
        {"choices": [{"finish_reason": "content_filter", "message": {"content": None}}]},
        _F,
        id="azure-finish-reason-content-filter",
    ),
    pytest.param(
        "cohere", 200, {"finish_reason": "ERROR_TOXIC", "text": ""}, _F, id="cohere-error-toxic"
    ),
    pytest.param(
        "anthropic",
        400,
        {
            "type": "error",
            "error": {
                "type": "invalid_request_error",
                "message": "Output blocked by content filtering policy",
            },
        },
        _F,
        id="anthropic-output-blocked",
    ),
    # Gemini block and finish reasons (google-genai types.py BlockedReason, FinishReason).
    *(
        pytest.param(
            "google",
            200,
            {"candidates": [{"finishReason": reason}]},
            _F,
            id=f"gemini-finish-reason-{reason.lower()}",
        )
        for reason in (
            "SAFETY",
            "RECITATION",
            "BLOCKLIST",
            "PROHIBITED_CONTENT",
            "SPII",
            "IMAGE_SAFETY",
            "IMAGE_PROHIBITED_CONTENT",
            "IMAGE_RECITATION",
        )
    ),
    *(
        pytest.param(
            "google",
            200,
            {"promptFeedback": {"blockReason": reason}},
            _F,
            id=f"gemini-block-reason-{reason.lower()}",
        )
        for reason in (
            "SAFETY",
            "OTHER",
            "BLOCKLIST",
            "PROHIBITED_CONTENT",
            "IMAGE_SAFETY",
            "JAILBREAK",
            "MODEL_ARMOR",
        )
    ),
    # OpenAI's Responses API cut short by the filter (platform.openai.com/docs/api-reference/
    # responses/object, incomplete_details.reason); Anthropic's streaming classifiers
    # (docs.anthropic.com/en/docs/test-and-evaluate/strengthen-guardrails/handle-streaming-refusals,
    # stop_reason "refusal").
    pytest.param(
        "openai",
        200,
        {"status": "incomplete", "incomplete_details": {"reason": "content_filter"}},
        _F,
        id="openai-responses-incomplete-content-filter",
    ),
    pytest.param(
        "anthropic",
        200,
        {"type": "message", "stop_reason": "refusal", "content": []},
        _F,
        id="anthropic-stop-reason-refusal",
    ),
    pytest.param(
        "anthropic",
        200,
        {"type": "message", "stop_reason": "model_context_window_exceeded", "content": []},
        _L,
        id="anthropic-stop-reason-model-context-window-exceeded",
    ),
    # Vertex AI's CSAM classifier for Claude, misspelt as documented (docs.cloud.google.com/
    # vertex-ai/generative-ai/docs/partner-models/claude/safety).
    pytest.param(
        "google",
        200,
        {"promptFeedback": {"blockReason": "PROHIBTED_CONTENT"}},
        _F,
        id="vertex-claude-prohibted-content",
    ),
    pytest.param(
        "google",
        200,
        {"predictions": [{"raiFilteredReason": "ERROR_MESSAGE. Support codes: 56562880"}]},
        _F,
        id="vertex-imagen-rai-filtered-reason",
    ),
    # Bedrock: Converse stopReason, Titan completionReason, InvokeModel's guardrail field
    # (docs.aws.amazon.com/bedrock/latest/userguide/inference-invoke.html).
    pytest.param(
        "bedrock",
        200,
        {"stopReason": "guardrail_intervened", "output": {"message": {"content": []}}},
        _F,
        id="bedrock-converse-guardrail-intervened",
    ),
    pytest.param(
        "bedrock", 200, {"stopReason": "content_filtered"}, _F, id="bedrock-converse-filtered"
    ),
    pytest.param(
        "bedrock",
        200,
        {"results": [{"tokenCount": 0, "outputText": "", "completionReason": "CONTENT_FILTERED"}]},
        _F,
        id="bedrock-titan-completion-reason",
    ),
    pytest.param(
        "bedrock",
        200,
        {"amazon-bedrock-guardrailAction": "INTERVENED", "content": []},
        _F,
        id="bedrock-invoke-guardrail-action",
    ),
    pytest.param(
        "dashscope",
        400,
        {
            "code": "DataInspectionFailed",
            "message": "Input data may contain inappropriate content.",
        },
        _F,
        id="dashscope-data-inspection-failed",
    ),
    pytest.param(
        "dashscope",
        400,
        {
            "error": {
                "code": "data_inspection_failed",
                "message": "Output data may contain inappropriate content.",
                "type": "data_inspection_failed",
            }
        },
        _F,
        id="dashscope-compatible-data-inspection-failed",
    ),
    pytest.param(
        "zhipu",
        400,
        {
            "error": {
                "code": "1301",
                "message": "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。",
            }
        },
        _F,
        id="zhipu-1301",
    ),
    pytest.param(
        "minimax",
        200,
        {"base_resp": {"status_code": 1026, "status_msg": "input new_sensitive"}},
        _F,
        id="minimax-1026",
    ),
    pytest.param(
        "minimax",
        200,
        {"base_resp": {"status_code": 1027, "status_msg": "output new_sensitive"}},
        _F,
        id="minimax-1027",
    ),
    pytest.param(
        "moonshot",
        400,
        {
            "error": {
                "message": "The request was rejected because it was considered high risk",
                "type": "content_filter",
            }
        },
        _F,
        id="moonshot-high-risk",
    ),
    pytest.param(
        "xai",
        403,
        {
            "code": "The caller does not have permission to execute the specified operation",
            "error": "Content violates usage guidelines. Team: x, API key ID: y, Model: "
            "grok-2-image, Failed check: SAFETY_CHECK_TYPE_CSAM",
        },
        _F,
        id="xai-usage-guidelines",
    ),
    pytest.param(
        None,
        403,
        {
            "id": "x",
            "name": "content_moderation",
            "errors": ["Your request was flagged by our content moderation system."],
        },
        _F,
        id="stability-403-content-moderation",
    ),
    pytest.param(
        None,
        200,
        {"id": "x", "status": "Request Moderated", "result": None},
        _F,
        id="bfl-result-request-moderated",
    ),
    pytest.param(
        None,
        422,
        {
            "detail": [
                {
                    "loc": ["body", "prompt"],
                    "msg": "The content was flagged by a content checker.",
                    "type": "content_policy_violation",
                }
            ]
        },
        _F,
        id="fal-content-policy-violation",
    ),
    pytest.param(
        None,
        400,
        {"errors": [{"code": "invalidProviderContent", "message": "x"}]},
        _F,
        id="runware-invalid-provider-content",
    ),
    pytest.param(
        None,
        400,
        {"errors": [{"code": "sensitiveContentDetected", "message": "x"}]},
        _F,
        id="runware-sensitive-content-detected",
    ),
]

# (provider hint, HTTP status, body or text, kind, retryable): wordings that only look alike.
_NEAR_MISSES: list[Any] = [
    pytest.param(
        "bedrock",
        429,
        "ThrottlingException: Too many tokens, please wait before trying again.",
        Kind.RATE_LIMIT,
        True,
        id="bedrock-throttle-too-many-tokens-is-a-rate-limit",
    ),
    pytest.param(
        "openai",
        200,
        {"choices": [{"finish_reason": "length", "message": {"content": "abc"}}]},
        Kind.GENERIC,
        False,
        id="finish-reason-length-on-a-success-is-no-overflow",
    ),
    pytest.param(
        "openai",
        200,
        {"choices": [{"finish_reason": "stop", "message": {"content": "I can't help with that."}}]},
        Kind.GENERIC,
        False,
        id="a-refusal-in-model-text-is-no-safety-block",
    ),
    pytest.param(
        "openai",
        200,
        {"status": "incomplete", "incomplete_details": {"reason": "max_output_tokens"}},
        Kind.GENERIC,
        False,
        id="openai-responses-max-output-tokens-is-no-overflow",
    ),
    pytest.param(
        "anthropic",
        200,
        {"type": "message", "stop_reason": "max_tokens", "content": []},
        Kind.GENERIC,
        False,
        id="anthropic-stop-reason-max-tokens-is-no-overflow",
    ),
    # Gemini's finish reasons that are no safety block (google-genai types.py FinishReason).
    *(
        pytest.param(
            "google",
            200,
            {"candidates": [{"finishReason": reason}]},
            Kind.GENERIC,
            False,
            id=f"gemini-finish-reason-{reason.lower()}-is-no-filter",
        )
        for reason in ("MAX_TOKENS", "MALFORMED_FUNCTION_CALL", "LANGUAGE", "STOP")
    ),
]


@pytest.mark.parametrize(("provider", "text", "kind"), _SENTENCES)
def test_sentence_gets_its_kind(provider: str | None, text: str, kind: Kind) -> None:
    """The source's sentence, as an exception's text with the provider named, is not retryable."""
    found = classify(RuntimeError(text), provider=provider)
    assert (found.kind, found.retryable) == (kind, False)


@pytest.mark.parametrize(("provider", "text", "kind"), _SENTENCES)
def test_sentence_needs_no_provider_hint(provider: str | None, text: str, kind: Kind) -> None:
    """The same sentence with no provider named still gets its kind."""
    found = classify(text)
    assert (found.kind, found.retryable) == (kind, False)


@pytest.mark.parametrize(("provider", "status", "body", "kind"), _BODIES)
def test_response_gets_its_kind(
    provider: str | None, status: int, body: dict[str, Any], kind: Kind
) -> None:
    """The provider's whole response, status and decoded body, gets its kind, not retryable."""
    found = classify_response(status, body, provider=provider)
    assert (found.kind, found.retryable) == (kind, False)


@pytest.mark.parametrize(("provider", "status", "body", "kind", "retryable"), _NEAR_MISSES)
def test_look_alike_keeps_its_own_kind(
    provider: str | None, status: int, body: Any, kind: Kind, retryable: bool
) -> None:
    """A throttle, a truncated success or a model's refusal is neither overflow nor filter."""
    found = classify_response(status, body, provider=provider)
    assert (found.kind, found.retryable) == (kind, retryable)
