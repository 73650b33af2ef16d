"""Content-filter refusals in every shape an application meets them, second pass: what SDKs,
CLIs and wrappers print for a blocking finish reason, the image and video generators' moderation
codes, blocked bodies of a successful response, and streams that end with a block. Each gets
``content_filter``, never retryable.

Each row names its source beside it (tests/test_vocab_ctx_filter.py holds the first pass). The
last table pins the look-alikes a broad word could take: an account blocked for billing, an IAM
policy, a finish reason that is no block, Azure's annotations on a clean completion.
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify, classify_response

_F = Kind.CONTENT_FILTER

# (provider hint, sentence): the sentence alone, as an exception's text.
_SENTENCES = [
    # google-gemini/generative-ai-js src/requests/response-helpers.ts (formatBlockErrorMessage,
    # the text() accessor's "Candidate was blocked due to …").
    pytest.param(
        "google",
        "[GoogleGenerativeAI Error]: Text not available. Response was blocked due to SAFETY",
        id="gemini-js-text-not-available-blocked",
    ),
    pytest.param(
        "google",
        "[GoogleGenerativeAI Error]: Candidate was blocked due to RECITATION",
        id="gemini-js-candidate-blocked-recitation",
    ),
    # googleapis/python-aiplatform vertexai/generative_models/_generative_models.py: the text
    # accessors and _validate_response's ResponseValidationError (finish reason by enum name or
    # number: 3 SAFETY, 4 RECITATION).
    pytest.param(
        "google",
        "Cannot get the response text.\nResponse candidate content has no parts (and thus no "
        "text). The candidate is likely blocked by the safety filters.",
        id="vertexai-candidate-likely-blocked",
    ),
    pytest.param(
        "google",
        "Response has no candidates (and thus no text). The response is likely blocked by the "
        "safety filters.",
        id="vertexai-no-candidates-likely-blocked",
    ),
    pytest.param(
        "google",
        "The model response did not complete successfully.\nFinish reason: 3.\nFinish message: .\n"
        "Safety ratings: [category: HARM_CATEGORY_HATE_SPEECH\nprobability: HIGH\nblocked: true\n]."
        "\nTo protect the integrity of the chat session, the request and response were not added "
        "to chat history.",
        id="vertexai-response-validation-finish-reason-3",
    ),
    pytest.param(
        "google",
        "The model response did not complete successfully.\nFinish reason: RECITATION.\nFinish "
        "message: .\nSafety ratings: [].",
        id="vertexai-response-validation-recitation-by-name",
    ),
    # google-gemini/generative-ai-python google/generativeai/types/generation_types.py: the
    # response.text quick accessor's ValueError, by finish reason.
    pytest.param(
        "google",
        "Invalid operation: The `response.text` quick accessor requires the response to contain a "
        "valid `Part`, but none were returned. The candidate's [finish_reason](https://ai.google"
        ".dev/api/generate-content#finishreason) is 4. Meaning that the model was reciting from "
        "copyrighted material.",
        id="google-generativeai-quick-accessor-recitation",
    ),
    pytest.param(
        "google",
        "Invalid operation: The `response.text` quick accessor requires the response to contain a "
        "valid `Part`, but none were returned. The candidate's [finish_reason](https://ai.google"
        ".dev/api/generate-content#finishreason) is 3. The candidate's safety_ratings are: "
        "[category: HARM_CATEGORY_HARASSMENT\nprobability: HIGH\n].",
        id="google-generativeai-quick-accessor-safety",
    ),
    # google-gemini/gemini-cli packages/cli/src/ui/hooks/useGeminiStream.ts handleFinishedEvent.
    *(
        pytest.param("google", f"Response stopped due to {words}.", id=f"gemini-cli-{name}")
        for name, words in (
            ("safety", "safety reasons"),
            ("recitation", "recitation policy"),
            ("blocklist", "forbidden terms"),
            ("prohibited-content", "prohibited content"),
            ("spii", "sensitive personally identifiable information"),
            ("image-safety", "image safety violations"),
        )
    ),
    pytest.param("google", "Finish reason: SAFETY", id="gemini-finish-reason-printed"),
    # Model Armor on Vertex AI, as Kong's AI GCP Model Armor plugin docs quote it.
    pytest.param(
        "google",
        "Blocked by Model Armor Floor Setting: The prompt violated Responsible AI Safety settings "
        "(Sexually Explicit, Dangerous), Prompt Injection and Jailbreak filters.",
        id="vertex-model-armor-floor-setting",
    ),
    # The Vercel AI SDK's unified finish reason (vercel/ai packages/google/src/
    # map-google-generative-ai-finish-reason.ts).
    pytest.param(None, "finishReason: content-filter", id="vercel-ai-finish-reason-content-filter"),
    # langchain-openai langchain_openai/chat_models/azure.py: a completion Azure filtered.
    pytest.param(
        "azure",
        "Azure has not provided the response due to a content filter being triggered",
        id="langchain-azure-content-filter-triggered",
    ),
    # Azure OpenAI image generation (learn.microsoft.com/azure/ai-foundry/openai/how-to/
    # dall-e, content filtering): the prompt, then the generated image.
    pytest.param(
        "azure", "Your task failed as a result of our safety system.", id="azure-image-prompt"
    ),
    pytest.param(
        "azure",
        "Generated image was filtered as a result of our safety system.",
        id="azure-image-output",
    ),
    # openai/codex codex-rs: LEGACY_SAFETY_ACCESS_BLOCK_PREFIX (invalid_prompt) and
    # BIO_POLICY_SAFETY_ACCESS_BLOCK_PREFIX (bio_policy), once a wrapper dropped the code.
    pytest.param(
        "openai",
        "codex: response failed: Invalid prompt: we've limited access to this content for safety "
        "reasons. This type of information may be used to benefit or to harm people.",
        id="openai-limited-access-for-safety-reasons",
    ),
    pytest.param(
        "openai",
        "This content was flagged for possible biological risk.",
        id="openai-bio-policy-flagged",
    ),
    # Claude Code for stop_reason "refusal" (its getErrorMessageIfRefusal; code.claude.com/docs
    # troubleshooting "Usage Policy refusal"), and the safeguard messages the same page lists.
    pytest.param(
        "anthropic",
        "API Error: Claude Code is unable to respond to this request, which appears to violate "
        "our Usage Policy (https://www.anthropic.com/legal/aup). Please double press esc to edit "
        "your last message or start a new session for Claude Code to assist with a different "
        "task.",
        id="claude-code-usage-policy-refusal",
    ),
    pytest.param(
        "anthropic",
        "Claude Opus 4's safeguards flagged this message",
        id="claude-code-safeguards-flagged",
    ),
    pytest.param(
        "anthropic",
        "Claude Opus 4.5 has safety measures that flagged this message for a cybersecurity topic",
        id="claude-code-cybersecurity-safety-measures",
    ),
    # Stability AI models on Bedrock (docs.aws.amazon.com/bedrock/latest/userguide/
    # model-parameters-diffusion-3-5-large.html, finish_reasons).
    pytest.param("bedrock", "finish_reasons: ['Filter reason: prompt']", id="bedrock-sd-prompt"),
    pytest.param(
        "bedrock", "Filter reason: output image", id="bedrock-stability-filter-output-image"
    ),
    # Replicate: error E005 as its clients raise it, and the FLUX models' checker
    # (replicate/cog-flux predict.py).
    pytest.param(
        "replicate",
        "ModelError: The input or output was flagged as sensitive. Please try again with "
        "different inputs. (E005)",
        id="replicate-e005-flagged-as-sensitive",
    ),
    pytest.param(
        "replicate",
        "Prediction failed: All generated images contained NSFW content. Try running it again "
        "with a different prompt.",
        id="replicate-flux-all-images-nsfw",
    ),
    # DashScope (help.aliyun.com/zh/model-studio/error-code, 400 IPInfringementSuspect).
    pytest.param(
        "dashscope",
        "Input data is suspected of being involved in IP infringement.",
        id="dashscope-ip-infringement-suspect",
    ),
    # Volcengine Ark's moderation codes as Seedance video tasks fail (volcengine.com/docs/82379/
    # 1299023 and the task error codes).
    pytest.param(
        "volcengine",
        "OutputVideoSensitiveContentDetected.PolicyViolation The request failed because the "
        "output video may be related to copyright restrictions.",
        id="volcengine-output-video-policy-violation",
    ),
    pytest.param(
        "volcengine",
        "BytePlus Ark video task creation failed (400 InputAudioSensitiveContentDetected): The "
        "request failed because the input audio may contain sensitive information.",
        id="volcengine-input-audio-sensitive",
    ),
    # Zhipu (docs.bigmodel.cn chat completions) and Tencent Hunyuan (cloud.tencent.com/document/
    # api/1729/105701): the finish reason "sensitive".
    pytest.param("zhipu", "finish_reason: sensitive", id="zhipu-finish-reason-sensitive"),
    pytest.param(
        "hunyuan",
        '{"Response":{"Choices":[{"FinishReason":"sensitive","Delta":{"Role":"assistant",'
        '"Content":""}}]}}',
        id="hunyuan-finish-reason-sensitive",
    ),
    # Runway task failure codes (docs.dev.runwayml.com/errors/task-failures).
    pytest.param(None, "Input was rejected [SAFETY.INPUT.TEXT]", id="runway-safety-input-text"),
    pytest.param(None, "failureCode: SAFETY.OUTPUT.VIDEO", id="runway-safety-output-video"),
    pytest.param(
        None, "failureCode: INPUT_PREPROCESSING.SAFETY.TEXT", id="runway-preprocessing-safety"
    ),
    # Grok Imagine's moderation (xAI image generation 400, as relays record it).
    pytest.param(
        "xai", "Generated image rejected by content moderation.", id="xai-imagine-moderated"
    ),
    # Midjourney job failures as relays pass them on (trueai-org/midjourney-proxy errorTitles).
    pytest.param(None, "Banned prompt detected", id="midjourney-banned-prompt"),
    pytest.param(None, "Request cancelled due to output filters", id="midjourney-output-filters"),
    pytest.param(
        None,
        "Sorry! Our AI moderator thinks this prompt is probably against our community standards.",
        id="midjourney-ai-moderator",
    ),
    # Cohere's v1 400s for a blocked prompt or generation (the Usage Guidelines link is theirs).
    pytest.param(
        "cohere",
        "blocked input: please adjust your prompt and try again, as it may be a potential "
        "violation of our Usage Guidelines (https://docs.cohere.ai/usage-guidelines/).",
        id="cohere-v1-blocked-input",
    ),
    pytest.param(
        "cohere",
        "blocked output: please adjust your prompt and try again, as this generation may be a "
        "potential violation of our Usage Guidelines (https://docs.cohere.ai/usage-guidelines/).",
        id="cohere-v1-blocked-output",
    ),
    # The OpenAI Agents SDK's tripwire text (openai-agents-python src/agents/exceptions.py).
    pytest.param(
        "openai",
        "agents.exceptions.InputGuardrailTripwireTriggered: Guardrail InputGuardrail triggered "
        "tripwire",
        id="openai-agents-guardrail-tripwire-text",
    ),
    # OCI Generative AI's 400 InvalidParameter for a moderated input.
    pytest.param("oci", "Inappropriate content detected!!!", id="oci-inappropriate-content"),
]

# (provider hint, HTTP status, decoded body): a provider's whole response.
_BODIES: list[Any] = [
    # Gemini SafetyRating.blocked (ai.google.dev/api/generate-content#safetyrating).
    pytest.param(
        "google",
        200,
        {
            "candidates": [
                {
                    "finishReason": "STOP",
                    "safetyRatings": [
                        {
                            "category": "HARM_CATEGORY_HARASSMENT",
                            "probability": "HIGH",
                            "blocked": True,
                        }
                    ],
                }
            ]
        },
        id="gemini-safety-rating-blocked",
    ),
    pytest.param(
        "google",
        400,
        {
            "reason": "MODEL_ARMOR",
            "message": "Blocked by Model Armor Floor Setting: The prompt violated X, Y, and Z "
            "filters.",
            "error": True,
        },
        id="kong-model-armor-body",
    ),
    # Structured Outputs refusals (platform.openai.com/docs/guides/structured-outputs#refusals;
    # Responses API output[].content[] {"type": "refusal"}).
    pytest.param(
        "openai",
        200,
        {
            "choices": [
                {
                    "finish_reason": "stop",
                    "message": {
                        "content": None,
                        "refusal": "I'm sorry, I can't assist with that request.",
                    },
                }
            ]
        },
        id="openai-structured-outputs-refusal",
    ),
    pytest.param(
        "openai",
        200,
        {
            "status": "completed",
            "output": [
                {
                    "type": "message",
                    "content": [{"type": "refusal", "refusal": "I'm sorry, I cannot help."}],
                }
            ],
        },
        id="openai-responses-refusal-part",
    ),
    # The Realtime API's response.done cut short by the filter (platform.openai.com/docs/
    # api-reference/realtime-server-events/response/done, status_details.reason).
    pytest.param(
        "openai",
        200,
        {
            "type": "response.done",
            "response": {
                "status": "incomplete",
                "status_details": {"type": "incomplete", "reason": "content_filter"},
            },
        },
        id="openai-realtime-incomplete-content-filter",
    ),
    pytest.param(
        "openai",
        400,
        {
            "error": {
                "message": "This content was flagged for possible biological risk.",
                "type": "invalid_request_error",
                "param": None,
                "code": "bio_policy",
            }
        },
        id="openai-bio-policy",
    ),
    pytest.param(
        "azure",
        400,
        {
            "created": 1698435368,
            "error": {
                "code": "contentFilter",
                "message": "Generated image was filtered as a result of our safety system.",
            },
        },
        id="azure-image-content-filter-code",
    ),
    # Veo's finished operation with its videos held back (ai.google.dev/gemini-api/docs/video,
    # generateVideoResponse; Vertex AI's Veo response with a support code for a reason).
    pytest.param(
        "google",
        200,
        {
            "done": True,
            "response": {
                "generateVideoResponse": {
                    "raiMediaFilteredCount": 1,
                    "raiMediaFilteredReasons": [
                        "Veo could not generate videos because the input image violates Vertex "
                        "AI's usage guidelines."
                    ],
                }
            },
        },
        id="veo-gemini-api-rai-media-filtered",
    ),
    pytest.param(
        "google",
        200,
        {
            "done": True,
            "response": {"raiMediaFilteredCount": 1, "raiMediaFilteredReasons": ["5806"]},
        },
        id="veo-vertex-rai-media-filtered-support-code",
    ),
    # The Gemini Interactions API's generation-blocked code (ai.google.dev/gemini-api/docs/
    # api-errors: content_blocked, "blocked for an unspecified policy reason").
    pytest.param(
        "google",
        400,
        {"error": {"code": "content_blocked", "message": "The request was blocked."}},
        id="gemini-interactions-content-blocked",
    ),
    # Qianfan ERNIE's 200 whose input carried a risk (cloud.baidu.com ERNIE-4.0-8K response
    # fields need_clear_history, ban_round).
    pytest.param(
        "qianfan",
        200,
        {"id": "as-1", "result": "", "need_clear_history": True, "ban_round": -1, "flag": 1},
        id="qianfan-need-clear-history",
    ),
    # The Vercel AI SDK's result, serialised.
    pytest.param(None, 200, {"finishReason": "content-filter", "text": ""}, id="vercel-ai-result"),
    pytest.param(
        "zhipu",
        200,
        {"choices": [{"finish_reason": "sensitive", "message": {"content": ""}}]},
        id="zhipu-sensitive-body",
    ),
    pytest.param(
        "hunyuan",
        200,
        {
            "Response": {
                "Choices": [{"FinishReason": "sensitive", "Message": {"Content": ""}}],
                "RequestId": "r",
            }
        },
        id="hunyuan-sensitive-body",
    ),
    # Bedrock: ApplyGuardrail's action (docs.aws.amazon.com/bedrock/latest/APIReference/
    # API_runtime_ApplyGuardrail.html) and a Stability model's finish_reasons.
    pytest.param(
        "bedrock",
        200,
        {"action": "GUARDRAIL_INTERVENED", "outputs": [{"text": "Sorry, I can't."}]},
        id="bedrock-apply-guardrail-intervened",
    ),
    pytest.param(
        "bedrock",
        200,
        {"seeds": [1], "finish_reasons": ["Filter reason: prompt"], "images": [None]},
        id="bedrock-stability-finish-reasons",
    ),
    pytest.param(
        "replicate",
        200,
        {"status": "failed", "error": "The input or output was flagged as sensitive. (E005)"},
        id="replicate-prediction-e005",
    ),
    pytest.param(
        "dashscope",
        400,
        {
            "code": "IPInfringementSuspect",
            "message": "Input data is suspected of being involved in IP infringement.",
        },
        id="dashscope-ip-infringement-body",
    ),
    pytest.param(
        "dashscope",
        400,
        {
            "error": {
                "code": "custom_role_blocked",
                "message": "Input or output data may contain inappropriate content with custom "
                "rule.",
            }
        },
        id="dashscope-custom-role-blocked",
    ),
    *(
        pytest.param(
            "volcengine",
            400,
            {"error": {"code": code, "message": "Request ID: r", "type": "BadRequest"}},
            id=f"volcengine-{code.lower()}",
        )
        for code in (
            "InputAudioSensitiveContentDetected",
            "InputVideoSensitiveContentDetected",
            "OutputVideoSensitiveContentDetected.PolicyViolation",
            "OutputAudioSensitiveContentDetected",
            "OutputImageSensitiveContentDetected.DeepFake",
            "SensitiveContentDetected.SevereViolation",
            "SensitiveContentDetected.Violence",
        )
    ),
    pytest.param(
        "xai",
        400,
        {
            "code": "imagine:content-moderated",
            "error": "Generated image rejected by content moderation.",
        },
        id="xai-imagine-content-moderated",
    ),
    pytest.param(
        "oci",
        400,
        {"code": "InvalidParameter", "message": "Inappropriate content detected!!!"},
        id="oci-invalid-parameter-inappropriate",
    ),
    pytest.param(
        None,
        200,
        {"id": "t", "status": "FAILED", "failureCode": "SAFETY.INPUT.IMAGE"},
        id="runway-task-failed-safety",
    ),
]

# Server-sent events whose stream ended with a block, as a log or an exception keeps them.
_STREAMS = [
    pytest.param(
        'data: {"id":"x","choices":[{"index":0,"delta":{},"finish_reason":"content_filter"}]}\n\n'
        "data: [DONE]",
        id="openai-chunk-finish-reason-content-filter",
    ),
    pytest.param(
        'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"refusal",'
        '"stop_sequence":null},"usage":{"output_tokens":3}}',
        id="anthropic-message-delta-refusal",
    ),
    pytest.param(
        'data: {"candidates": [{"content": {"role": "model"},"finishReason": '
        '"PROHIBITED_CONTENT","index": 0}]}',
        id="gemini-chunk-prohibited-content",
    ),
    pytest.param('data: {"promptFeedback": {"blockReason": "OTHER"}}', id="gemini-chunk-prompt"),
    pytest.param(
        'data: {"type":"response.incomplete","response":{"status":"incomplete",'
        '"incomplete_details":{"reason":"content_filter"}}}',
        id="openai-responses-incomplete-event",
    ),
    pytest.param(
        'data: {"choices":[{"delta":{},"finish_reason":"sensitive"}]}', id="zhipu-chunk-sensitive"
    ),
]

# (provider hint, HTTP status, body or text, kind, retryable): wordings that only look alike.
_NEAR_MISSES: list[Any] = [
    pytest.param(
        None,
        400,
        "Your account has been blocked due to an unpaid invoice. Please update your billing "
        "details.",
        Kind.USAGE_LIMIT,
        False,
        id="an-account-blocked-for-billing-is-a-cap",
    ),
    pytest.param(
        "bedrock",
        403,
        "AccessDeniedException: User: arn:aws:iam::123:user/x is not authorized to perform: "
        "bedrock:ApplyGuardrail on resource: arn:aws:bedrock:us-east-1:123:guardrail/abc because "
        "no identity-based policy allows the bedrock:ApplyGuardrail action",
        Kind.AUTH,
        False,
        id="an-iam-policy-on-a-guardrail-is-auth",
    ),
    pytest.param(
        "bedrock",
        400,
        "ValidationException: The guardrail identifier or version provided in the request does "
        "not exist.",
        Kind.CONFIG,
        False,
        id="an-unknown-guardrail-is-config",
    ),
    # Vertex AI's 400 for a safety threshold the account may not set.
    pytest.param(
        "google",
        400,
        {
            "error": {
                "code": 400,
                "message": "User has requested a restricted HarmBlockThreshold setting "
                "BLOCK_NONE. You can get access either (a) through an allowlist via your Google "
                "account team, or (b) by switching your account type to monthly invoiced billing "
                "via this instruction: https://cloud.google.com/billing/docs/how-to/"
                "invoiced-billing",
                "status": "INVALID_ARGUMENT",
            }
        },
        Kind.CONFIG,
        False,
        id="a-restricted-safety-threshold-is-config",
    ),
    pytest.param(
        "google",
        400,
        "Invalid JSON payload received. Unknown name \"safety_settings\" at 'generation_config': "
        "Cannot find field.",
        Kind.CONFIG,
        False,
        id="a-misplaced-safety-settings-field-is-config",
    ),
    # Vertex's ResponseValidationError for finish reasons that are no block (9 is
    # MALFORMED_FUNCTION_CALL; UNEXPECTED_TOOL_CALL's text even says "safety_settings").
    pytest.param(
        "google",
        200,
        "The model response did not complete successfully.\nFinish reason: 9.\nFinish message: "
        "Malformed function call:\nSafety ratings: [].",
        Kind.GENERIC,
        False,
        id="vertexai-malformed-function-call-is-no-filter",
    ),
    pytest.param(
        "google",
        200,
        "The model response did not complete successfully.\nFinish reason: UNEXPECTED_TOOL_CALL."
        "\nFinish message: Unexpected tool call … Please adjust the model safety_settings, or try "
        "a different prompt.",
        Kind.GENERIC,
        False,
        id="vertexai-unexpected-tool-call-is-no-filter",
    ),
    pytest.param(
        "google",
        200,
        "Invalid operation: The `response.text` quick accessor requires the response to contain a "
        "valid `Part`, but none were returned. The candidate's [finish_reason](https://ai.google"
        ".dev/api/generate-content#finishreason) is 2.",
        # FinishReason 2 is MAX_TOKENS: the SDK's error says the answer hit its own output bound
        # before any text, a setting to raise (config, as round 48's two labels of it read).
        Kind.CONFIG,
        False,
        id="google-generativeai-max-tokens-is-no-filter",
    ),
    pytest.param(
        "google",
        200,
        "Response stopped due to unsupported language.",
        Kind.GENERIC,
        False,
        id="gemini-cli-language-is-no-filter",
    ),
    # Azure annotates every completion; "filtered": false is no block.
    pytest.param(
        "azure",
        200,
        {
            "choices": [
                {
                    "finish_reason": "stop",
                    "message": {"content": "hi"},
                    "content_filter_results": {"hate": {"filtered": False, "severity": "safe"}},
                }
            ],
            "prompt_filter_results": [
                {
                    "prompt_index": 0,
                    "content_filter_results": {"jailbreak": {"filtered": False, "detected": False}},
                }
            ],
        },
        Kind.GENERIC,
        False,
        id="azure-clean-annotations-are-no-block",
    ),
    pytest.param(
        "openai",
        200,
        {
            "status": "completed",
            "output": [{"type": "message", "content": [{"type": "output_text", "text": "hi"}]}],
        },
        Kind.GENERIC,
        False,
        id="openai-responses-text-is-no-refusal",
    ),
    pytest.param(
        "google",
        200,
        {
            "candidates": [
                {
                    "finishReason": "STOP",
                    "safetyRatings": [
                        {"category": "HARM_CATEGORY_HARASSMENT", "probability": "NEGLIGIBLE"}
                    ],
                }
            ]
        },
        Kind.GENERIC,
        False,
        id="gemini-unblocked-ratings-are-no-block",
    ),
    pytest.param(
        "google",
        200,
        {
            "done": True,
            "response": {
                "raiMediaFilteredCount": 0,
                "raiMediaFilteredReasons": [],
                "videos": [{"gcsUri": "gs://b/v.mp4"}],
            },
        },
        Kind.GENERIC,
        False,
        id="veo-clean-result-is-no-block",
    ),
    pytest.param(
        "qianfan",
        200,
        {"id": "as-1", "result": "hello", "need_clear_history": False},
        Kind.GENERIC,
        False,
        id="qianfan-clean-history-flag-is-no-block",
    ),
    pytest.param(
        None,
        200,
        "This sentence is sensitive to context",
        Kind.GENERIC,
        False,
        id="the-word-sensitive-alone-is-no-filter",
    ),
]


@pytest.mark.parametrize(("provider", "text"), _SENTENCES)
def test_sentence_is_a_content_filter(provider: str | None, text: str) -> None:
    """The source's sentence, as an exception's text with the provider named, is not retryable."""
    found = classify(RuntimeError(text), provider=provider)
    assert (found.kind, found.retryable) == (_F, False)


@pytest.mark.parametrize(("provider", "text"), _SENTENCES)
def test_sentence_needs_no_provider_hint(provider: str | None, text: str) -> None:
    """The same sentence as bare text, with no provider named, is still a content filter."""
    found = classify(text)
    assert (found.kind, found.retryable) == (_F, False)


@pytest.mark.parametrize(("provider", "status", "body"), _BODIES)
def test_response_is_a_content_filter(
    provider: str | None, status: int, body: dict[str, Any]
) -> None:
    """The provider's whole response, status and decoded body, is a content filter."""
    found = classify_response(status, body, provider=provider)
    assert (found.kind, found.retryable) == (_F, False)


@pytest.mark.parametrize("text", _STREAMS)
def test_stream_ending_with_a_block_is_a_content_filter(text: str) -> None:
    """A stream whose last events carry the block is a content filter, not a broken stream."""
    found = classify(RuntimeError(text))
    assert (found.kind, found.retryable) == (_F, False)


# (exception class, module, message): refusals a wrapper raises as its own exception type.
_CLASSES = [
    # langchain-openai langchain_openai/chat_models/base.py: a Structured Outputs refusal.
    pytest.param(
        "OpenAIRefusalError",
        "langchain_openai.chat_models.base",
        "I'm sorry, I can't assist with that request.",
        id="langchain-openai-refusal-error",
    ),
    # openai-agents-python src/agents/exceptions.py: the guardrail tripwires.
    *(
        pytest.param(
            name,
            "agents.exceptions",
            "run stopped",
            id=f"openai-agents-{name.lower()}",
        )
        for name in (
            "InputGuardrailTripwireTriggered",
            "OutputGuardrailTripwireTriggered",
            "ToolInputGuardrailTripwireTriggered",
            "ToolOutputGuardrailTripwireTriggered",
        )
    ),
]


@pytest.mark.parametrize(("name", "module", "message"), _CLASSES)
def test_wrapper_refusal_class_is_a_content_filter(name: str, module: str, message: str) -> None:
    """A wrapper's refusal exception, recognised by its class name alone, is a content filter."""
    refusal = type(name, (Exception,), {"__module__": module})
    found = classify(refusal(message))
    assert (found.kind, found.retryable) == (_F, False)


@pytest.mark.parametrize(("provider", "status", "body", "kind", "retryable"), _NEAR_MISSES)
def test_look_alike_keeps_its_own_kind(
    provider: str | None, status: int, body: Any, kind: Kind, retryable: bool
) -> None:
    """A billing block, an IAM policy, a finish reason that is no block keep their own kind."""
    found = classify_response(status, body, provider=provider)
    assert (found.kind, found.retryable) == (kind, retryable)
