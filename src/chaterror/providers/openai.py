"""OpenAI: chat completions, Responses, embeddings and images, and the ``openai`` SDK.

Body: ``{"error": {"message", "type", "param", "code"}}``; the SDK keeps only the inner object and
renders ``Error code: <status> - <repr of the body>``. Responses streams send
``{"type": "error", "sequence_number", ...}`` events. Sources: platform.openai.com/docs/guides/
error-codes, openai-python ``_base_client.py`` and ``_exceptions.py``, the fixture notes.
"""

from chaterror._evidence import Code, Phrase, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "openai",
    "OpenAI",
    Role.UBIQUITOUS,
    # knowledge/openai.json aliases.
    aliases=("open ai", "chatgpt"),
    # The regional (us., eu., jp. …) and mTLS hosts are subdomains of api.openai.com
    # (openai-python openai/_data_residency.py, openai/auth/_x509.py).
    # platform.openai.com: the console its error messages link to ("You can find your API key
    # at https://platform.openai.com/account/api-keys."), a URL that names OpenAI in a text
    # whose other words may name another provider (a key called "Gemini_…").
    hosts=("api.openai.com", "chatgpt.com", "platform.openai.com"),
    modules=("openai",),
    headers=("openai-organization", "openai-processing-ms", "openai-project", "openai-version"),
    # "your messages resulted in N tokens": the chat API's own overflow wording.
    words=("openai|your messages resulted in", r"openai|your messages resulted in \d+ tokens"),
    codes={
        # 429 insufficient_quota: "You exceeded your current quota" (error-codes guide).
        "insufficient_quota": Code(Kind.USAGE_LIMIT),
        # The Codex backend (a ChatGPT plan's Codex quota): a 429 whose error.type is
        # usage_limit_reached, with plan_type and resets_at, over a five-hour or weekly window;
        # usage_not_included when the plan has no Codex at all (openai/codex codex-rs/core
        # client's UsageLimitReached and UsageNotIncluded, and its tests' 429 bodies).
        "usage_limit_reached": Code(Kind.USAGE_LIMIT),
        "usage_not_included": Code(Kind.USAGE_LIMIT),
        # The Realtime API's session at its maximum duration ("Your session hit the maximum
        # duration of 15 minutes.", code session_expired; platform.openai.com/docs/guides/
        # realtime): a deadline on the whole session, and a new session goes on.
        "session_expired": Code(Kind.TIMEOUT, retryable=True),
        "billing_hard_limit_reached": Code(Kind.USAGE_LIMIT),
        "billing_not_active": Code(Kind.USAGE_LIMIT),
        "invalid_api_key": Code(Kind.AUTH),
        "account_deactivated": Code(Kind.AUTH),
        # 403 for a request from an unsupported region: the caller is not permitted.
        "unsupported_country_region_territory": Code(Kind.AUTH),
        "request_forbidden": Code(Kind.AUTH),
        "model_not_found": Code(Kind.CONFIG),
        "unsupported_parameter": Code(Kind.CONFIG),
        "unsupported_value": Code(Kind.CONFIG),
        # More invalid_request_error codes its 400/401/404 bodies carry: a restricted key without
        # the scope ("Missing scopes: model.request"), an OpenAI-Organization header for another
        # organisation; a path it does not serve ("Unknown request URL"), a tool schema strict
        # mode rejects, a field of the wrong type or value or an empty array, a Responses
        # continuation whose parent or reasoning item is gone.
        "missing_scope": Code(Kind.AUTH),
        "mismatched_organization": Code(Kind.AUTH),
        "unknown_url": Code(Kind.CONFIG),
        "invalid_function_parameters": Code(Kind.CONFIG),
        "invalid_type": Code(Kind.CONFIG),
        "invalid_value": Code(Kind.CONFIG),
        "empty_array": Code(Kind.CONFIG),
        # The request validator's codes for a parameter it rejects, as the fixtures' real 400
        # bodies carry them (openai-images-400-unknown-parameter, openai-responses-400-decimal-
        # below-min, sambanova-http-400-decimal-above-max-value-top-p, r34b-openrouter-400-azure-
        # max-output-tokens-min): "Unknown parameter: 'x'.", "Missing required parameter",
        # a number outside its range. The request is wrong as sent.
        **dict.fromkeys(
            (
                "unknown_parameter",
                "missing_required_parameter",
                "integer_below_min_value",
                "integer_above_max_value",
                "decimal_below_min_value",
                "decimal_above_max_value",
            ),
            Code(Kind.CONFIG),
        ),
        "previous_response_not_found": Code(Kind.CONFIG),
        "invalid_encrypted_content": Code(Kind.CONFIG),
        "context_length_exceeded": Code(Kind.CONTEXT_LENGTH),
        # Embeddings: "Requested 319487 tokens, max 300000 tokens per request" (a 400; the
        # embeddings guide caps the tokens summed over one request's inputs at 300,000,
        # platform.openai.com/docs/guides/embeddings). One request too large: split it.
        "max_tokens_per_request": Code(Kind.CONTEXT_LENGTH),
        # Any string parameter over its maximum: the message's content (the context) or a tool
        # description (a setting). A hint; the wording below and "string too long" decide.
        "string_above_max_length": Code(Kind.CONTEXT_LENGTH, Tier.HINT),
        "content_policy_violation": Code(Kind.CONTENT_FILTER),
        # Responses API: the prompt was flagged (usage-policies guide).
        "invalid_prompt": Code(Kind.CONTENT_FILTER),
        "rate_limit_exceeded": Code(Kind.RATE_LIMIT, Tier.HINT),
        # The error *types* of rate limits: "tokens", "requests".
        # A last resort: "requests" is also an SDK's or proxy's type for a failed request (a 500).
        "tokens": Code(Kind.RATE_LIMIT, Tier.FALLBACK),
        "requests": Code(Kind.RATE_LIMIT, Tier.FALLBACK),
        "server_error": Code(Kind.GENERIC, Tier.HINT, True),
        # Responses error codes (openai-python openai/types/responses/response_error.py:46-69)
        # and the misalignment error type (same file, :22-31).
        "data_residency_mismatch": Code(Kind.CONFIG),
        "bio_policy": Code(Kind.CONTENT_FILTER),
        "misalignment_policy_violation": Code(Kind.CONTENT_FILTER),
        "potentially_unintended_data_transfer": Code(Kind.CONTENT_FILTER),
        "image_content_policy_violation": Code(Kind.CONTENT_FILTER),
        # The image models' refusal by the safety system, at the input or output stage ("code:
        # moderation_blocked / moderation_stage: output", gpt-image through Codex, openai/codex
        # issue 46737; platform.openai.com/docs/guides/image-generation, content moderation).
        "moderation_blocked": Code(Kind.CONTENT_FILTER),
        "vector_store_timeout": Code(Kind.TIMEOUT, Tier.CODE, True),
        **dict.fromkeys(
            (
                "invalid_image",
                "invalid_image_format",
                "invalid_base64_image",
                "invalid_image_url",
                "image_too_large",
                "image_too_small",
                "image_parse_error",
                "invalid_image_mode",
                "image_file_too_large",
                "unsupported_image_media_type",
                "empty_image_file",
                "failed_to_download_image",
                "image_file_not_found",
            ),
            Code(Kind.CONFIG),
        ),
        # Session turn error codes (openai-python openai/types/beta/session_turn_error.py:13-72);
        # credit_balance_exhausted arrives as a 429 whose type may still be insufficient_quota.
        **dict.fromkeys(
            (
                "usage_limit_exceeded",
                "project_spend_limit_exceeded",
                "organization_spend_limit_exceeded",
                "organization_usage_limit_exceeded",
                "credit_balance_exhausted",
            ),
            Code(Kind.USAGE_LIMIT),
        ),
        "flex_unavailable": Code(Kind.OVERLOADED, Tier.CODE, True),
        "cyber_policy": Code(Kind.CONTENT_FILTER),
        "connection_failed": Code(Kind.TIMEOUT, Tier.HINT, True),
        "executor_version_incompatible": Code(Kind.CONFIG),
        "sandbox_error": Code(Kind.GENERIC, Tier.CODE, False),
        # Vector store file last_error.code (openai-python openai/types/vector_stores/
        # vector_store_file.py:18).
        "invalid_file": Code(Kind.CONFIG),
        # developers.openai.com/docs/guides/error-codes#api-errors: 503 "Slow Down" asks the
        # caller to reduce its request rate; the 503 capacity row's type.
        "slow_down": Code(Kind.RATE_LIMIT, Tier.HINT, True),
        "service_unavailable_error": Code(Kind.OVERLOADED, Tier.HINT, True),
    },
    # developers.openai.com/docs/guides/error-codes#api-errors (401, 403 rows).
    phrases=(
        # The same page's "503 - Slow Down": "A sudden increase in your request rate is impacting
        # service reliability. Please reduce your request rate to its original level …": this
        # account's own rate, not the service's capacity.
        phrase(Kind.RATE_LIMIT, "slow down", r"\b503\W{1,5}slow down\b"),
        phrase(
            Kind.AUTH,
            "member of an organization",
            r"must be a member of an organization to use the api",
        ),
        phrase(
            Kind.AUTH,
            "country, region, or territory",
            r"country, region, or territory not supported",
        ),
        # A project restricted to some models (platform.openai.com project settings, "Allowed
        # models"): a 403 whose code is model_not_found though the model exists; the key lacks
        # the permission ("Project `proj_…` does not have access to model `gpt-4o-mini`").
        Phrase(
            Tier.CODE,
            Kind.AUTH,
            ("does not have access to model",),
            r"project `?proj_\w+`? does not have access to model",
        ),
        # ChatGPT-plan Codex's allowance ("You're out of Codex messages"): a plan cap.
        phrase(Kind.USAGE_LIMIT, "out of codex messages", r"out of codex messages"),
        # Structured Outputs' strict-schema check (platform.openai.com/docs/guides/structured-
        # outputs, supported schemas): "Invalid schema for response_format 'x': …".
        phrase(
            Kind.CONFIG, "invalid schema for response_format", r"invalid schema for response_format"
        ),
        # platform.openai.com/docs/guides/batch (rate limits: the enqueued-token limit per
        # model): a queue that drains as in-progress batches finish, so a throttle, not a cap.
        # Its request-count twin ("Enqueued request limit reached for <model> … Limit:
        # 1,000,000 enqueued requests", community.openai.com/t/1002388), and Azure's batch
        # token_limit_exceeded ("The number of enqueued tokens has surpassed the configured
        # limit of 30K for the deployment", learn.microsoft.com/azure/ai-foundry/openai/
        # how-to/batch: the quota of enqueued tokens per deployment) (round-13 blind misses).
        phrase(
            Kind.RATE_LIMIT,
            "enqueued token limit reached|enqueued request limit reached|enqueued tokens",
            r"enqueued (?:token|request) limit reached"
            r"|number of enqueued tokens has surpassed the configured limit",
            retryable=True,
        ),
        # The server_error sentences: "The server had an error while processing your request.
        # Sorry about that!" (the legacy SDK's "The server experienced an error …"), and what a
        # failed Responses stream carries (response.failed, error events): "An error occurred
        # while processing your request. You can retry your request, or contact us …".
        # The first is a hint: the SDKs of the time raised it under the status it came with,
        # and openai-python 0.x raised RateLimitError only for a 429 (api_requestor.py
        # handle_error_response), so a 429 printed beside it says what happened.
        # The same error as Portkey's error library quotes OpenAI's 500 (portkey.ai/error-library:
        # "The server encountered an error processing your request. Please retry your request
        # …").
        hint(
            Kind.GENERIC,
            "server had an error|server experienced an error|server encountered an error",
            r"the server (?:had|experienced) an error while processing your request"
            r"|the server encountered an error processing your request",
            retryable=True,
        ),
        # model_error, a 500: "The model produced invalid content. Consider modifying your
        # prompt if you are seeing this error persistently." (the generation failed on OpenAI's
        # side; the fixtures' 500s of it, r38a-openai-500-model-produced-invalid-content).
        hint(
            Kind.GENERIC,
            "model produced invalid content",
            r"the model produced invalid content",
            retryable=True,
        ),
        phrase(
            Kind.GENERIC,
            "while processing your request",
            r"an error occurred while processing your request\. you can retry your request",
            retryable=True,
        ),
        # help.openai.com/en/articles/5955604: "Rate limit reached for <model> … on tokens per
        # min (TPM)"; a per-day limit is a cap (signals' "tokens per day").
        hint(Kind.RATE_LIMIT, "per min", r"on (?:tokens|requests) per min\b"),
        # The safety-access refusals Codex and the Responses API send under invalid_prompt and
        # bio_policy ("Invalid prompt: we've limited access to this content for safety
        # reasons. …" and "This content was flagged for possible biological risk.", openai/
        # codex codex-rs, LEGACY_SAFETY_ACCESS_BLOCK_PREFIX / BIO_POLICY_SAFETY_ACCESS_BLOCK_PREFIX):
        # the text alone, once a wrapper has dropped the code.
        phrase(
            Kind.CONTENT_FILTER,
            "limited access to this content|flagged for possible",
            r"limited access to this content for safety reasons"
            r"|flagged for possible (?:biological|cyber\w*) risk",
        ),
        # A Structured Outputs refusal, "for safety reasons" (platform.openai.com/docs/guides/
        # structured-outputs#refusals), as a completion object prints it (the SDK's
        # ParsedChatCompletionMessage(…, refusal="I'm sorry, …")) or as JSON in a log line; an
        # empty refusal (the first delta of a stream) or None is no refusal.
        phrase(
            Kind.CONTENT_FILTER,
            "refusal",
            r"""\brefusal(?:=|['"]?\s*:\s*)(?:"[^"\s]|'[^'\s])""",
        ),
    ),
    # Responses API stream events carry a sequence number.
    shape=lambda error, envelope: "sequence_number" in error or "sequence_number" in envelope,
)
