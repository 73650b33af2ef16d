"""Google: the Gemini API, Vertex AI, and the ``google-genai`` / ``google-api-core`` SDKs.

Body: ``google.rpc.Status`` as JSON, ``{"error": {"code", "message", "status", "details"}}``,
sometimes in a list; ``details`` carry ``ErrorInfo.reason``, ``QuotaFailure`` ids and
``RetryInfo.retryDelay``. Safety blocks are successful responses with a block reason. Sources:
ai.google.dev/gemini-api/docs/troubleshooting, cloud.google.com/apis/design/errors,
googleapis ``google/rpc/code.proto`` and ``error_details.proto``, the fixture notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Phrase, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

# Canonical codes short enough to carry no underscore.
_ONE_WORD_STATUSES = frozenset(
    {"UNAVAILABLE", "INTERNAL", "UNAUTHENTICATED", "CANCELLED", "UNKNOWN", "ABORTED"}
)


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    status = error.get("status")
    if isinstance(status, str) and (
        (status.isupper() and "_" in status) or status in _ONE_WORD_STATUSES
    ):
        return True
    if "promptFeedback" in error or "prompt_feedback" in error or "candidates" in error:
        return True  # a blocked generateContent response
    details = error.get("details")
    return (
        isinstance(details, list)
        and bool(details)
        and isinstance(details[0], dict)
        and "@type" in details[0]
    )


PROFILE = Profile(
    "google",
    "Google",
    Role.MAKER,
    aliases=(
        "gemini",
        "vertex",
        "vertexai",
        "vertex ai",
        "google-genai",
        "google ai studio",
        "google gemini",
        "gemini api",
        "google vertex",
        "genai",
    ),
    # google-genai 3.6.1 google/genai/_api_client.py:1289-1325 (global and {location}- hosts) and
    # :305-326 (mTLS: x.googleapis.com → x.mtls.googleapis.com); anthropic-sdk-python 2.15.0
    # anthropic/lib/vertex/_client.py:260-262 (Vertex multi-region hosts).
    hosts=(
        "generativelanguage.googleapis.com",
        "aiplatform.googleapis.com",
        "*-aiplatform.googleapis.com",
        "aiplatform.us.rep.googleapis.com",
        "aiplatform.eu.rep.googleapis.com",
        "generativelanguage.mtls.googleapis.com",
        "aiplatform.mtls.googleapis.com",
        "cloudcode-pa.googleapis.com",
    ),
    modules=("google.genai", "google.api_core", "google.generativeai", "vertexai"),
    # Also the Gemini API's quota ids, which apps print without the provider's name ("Quota:
    # GenerateRequestsPerMinutePerProjectPerModel-FreeTier", "GenerateContentInputTokensPer
    # ModelPerMinute-FreeTier"; QuotaFailure.violations[].quotaId, ai.google.dev/gemini-api/
    # docs/rate-limits).
    words=(
        "google|gemini|vertex|generaterequestsper|generatecontent",
        r"google|gemini|vertex|generaterequestsper|generatecontent",
    ),
    codes={
        # ErrorInfo reasons (google.rpc.ErrorInfo, googleapis.com domain).
        "api_key_invalid": Code(Kind.AUTH),
        # Vertex AI's and Cloud Code's reason for a model with no capacity left for anyone
        # ("MODEL_CAPACITY_EXHAUSTED: The model is temporarily unable to serve your request.",
        # under 503 UNAVAILABLE or 429 RESOURCE_EXHAUSTED; google-gemini/gemini-cli
        # packages/core/src/utils/googleQuotaErrors.ts treats it as retryable capacity).
        "model_capacity_exhausted": Code(Kind.OVERLOADED),
        # Google One AI credits spent (the reason gemini-cli's packages/core/src/utils/
        # googleQuotaErrors.ts makes a TerminalQuotaError "regardless of domain"): a cap.
        "insufficient_g1_credits_balance": Code(Kind.USAGE_LIMIT),
        "api_key_expired": Code(Kind.AUTH),
        "consumer_suspended": Code(Kind.AUTH),
        # Canonical codes (google/rpc/code.proto).
        "unauthenticated": Code(Kind.AUTH),
        # Family-level: an ErrorInfo reason beside it (SERVICE_DISABLED …) says why.
        "permission_denied": Code(Kind.AUTH, Tier.HINT),
        "deadline_exceeded": Code(Kind.TIMEOUT),
        "resource_exhausted": Code(Kind.RATE_LIMIT, Tier.HINT),
        # 503: overload or an outage; the message tells which.
        "unavailable": Code(Kind.TIMEOUT, Tier.HINT),
        "internal": Code(Kind.GENERIC, Tier.HINT, True),
        "invalid_argument": Code(Kind.CONFIG, Tier.FALLBACK),
        "failed_precondition": Code(Kind.CONFIG, Tier.FALLBACK),
        # Block reasons and finish reasons of a blocked response.
        "safety": Code(Kind.CONTENT_FILTER),
        "prohibited_content": Code(Kind.CONTENT_FILTER),
        # Vertex AI's CSAM classifier for Claude spells it so (docs.cloud.google.com/vertex-ai/
        # generative-ai/docs/partner-models/claude/safety: "blockReason": "PROHIBTED_CONTENT").
        "prohibted_content": Code(Kind.CONTENT_FILTER),
        "model_armor": Code(Kind.CONTENT_FILTER),
        "blocklist": Code(Kind.CONTENT_FILTER),
        "spii": Code(Kind.CONTENT_FILTER),
        "image_safety": Code(Kind.CONTENT_FILTER),
        "recitation": Code(Kind.CONTENT_FILTER),
        # More canonical codes (googleapis-common-protos 1.76.0 google/rpc/code.proto):
        # UNIMPLEMENTED (501) and OUT_OF_RANGE are the caller's to fix. Left out as meaning other
        # things elsewhere: DATA_LOSS (xAI: an image URL it could not fetch), ABORTED
        # (Replicate: a prediction whose deadline passed before it started), UNKNOWN.
        "unimplemented": Code(Kind.CONFIG, Tier.HINT),
        "out_of_range": Code(Kind.CONFIG, Tier.FALLBACK),
        # ErrorInfo reasons of the googleapis.com domain (googleapis-common-protos 1.76.0
        # google/api/error_reason.proto). BILLING_DISABLED, EMULATOR_QUOTA_EXCEEDED and
        # RESOURCE_QUOTA_EXCEEDED (allocation quota, not the per-minute rate quota) are caps.
        "billing_disabled": Code(Kind.USAGE_LIMIT),
        "emulator_quota_exceeded": Code(Kind.USAGE_LIMIT),
        "resource_quota_exceeded": Code(Kind.USAGE_LIMIT, Tier.HINT),
        **dict.fromkeys(
            (
                "api_key_service_blocked",
                "api_key_http_referrer_blocked",
                "api_key_ip_address_blocked",
                "api_key_android_app_blocked",
                "api_key_ios_app_blocked",
                "user_project_denied",
                "consumer_invalid",
                "security_policy_violated",
                "access_token_expired",
                "access_token_scope_insufficient",
                "account_state_invalid",
                "access_token_type_unsupported",
                "credentials_missing",
                "session_cookie_invalid",
                "user_blocked_by_admin",
                "resource_usage_restriction_violated",
                "org_restriction_violation",
                "gcp_suspended",
                # Names the failure "more than one credential type", not an overload.
                "overloaded_credentials",
                "credential_android_app_invalid",
                "iam_permission_denied",
                "jwt_token_invalid",
                "credential_type_unsupported",
                "account_type_unsupported",
                "endpoint_usage_restriction_violated",
                # The API is not enabled for the key's project: the caller is not permitted
                # until it is (403 PERMISSION_DENIED), as the wording alone already reads and
                # three independent labels (rounds 7 and 16, the added corpus) read it.
                "service_disabled",
            ),
            Code(Kind.AUTH),
        ),
        **dict.fromkeys(
            (
                "location_tax_policy_violated",
                "resource_project_invalid",
                "system_parameter_unsupported",
                "org_restriction_header_invalid",
                "service_not_visible",
                "location_policy_violated",
                "missing_origin",
                "location_org_policy_violated",
                "tls_org_policy_violated",
                "tls_cipher_restriction_violated",
                "mcp_server_disabled",
            ),
            Code(Kind.CONFIG),
        ),
        # More finish and block reasons (google-genai 3.6.1 google/genai/types.py FinishReason,
        # BlockedReason): blocked images, escalation rules, jailbreaks (Vertex only); a limited
        # or disabled account; a request missing a thought signature.
        "image_prohibited_content": Code(Kind.CONTENT_FILTER),
        "image_recitation": Code(Kind.CONTENT_FILTER),
        "escalation": Code(Kind.CONTENT_FILTER),
        "jailbreak": Code(Kind.CONTENT_FILTER),
        "pup_limited_disabled": Code(Kind.AUTH),
        "missing_thought_signature": Code(Kind.CONFIG),
        # cloudcode-pa (Gemini Code Assist): "You have exhausted your capacity on this model. Your
        # quota will reset after 5h59m59s" carries QUOTA_EXHAUSTED, a window's cap, where a
        # short throttle carries RATE_LIMIT_EXCEEDED (blind round 5's two cases show both).
        "quota_exhausted": Code(Kind.USAGE_LIMIT),
        # Google Flow (Imagen/Veo) ErrorInfo reason behind an INVALID_ARGUMENT 400: the
        # generation was refused as unsafe.
        "public_error_unsafe_generation": Code(Kind.CONTENT_FILTER),
        # The Interactions API's "generation blocked" codes (ai.google.dev/gemini-api/docs/
        # api-errors): content_blocked is "blocked for an unspecified policy reason"; its
        # siblings (safety, recitation, blocklist, prohibited_content, spii, image_safety, …)
        # are the finish reasons above. language and image_other are no safety block.
        "content_blocked": Code(Kind.CONTENT_FILTER),
    },
    phrases=(
        # The Gemini API's 400 INVALID_ARGUMENT for a prompt over the model's input limit ("Input
        # request contains (35490) tokens, which is more than the max tokens limit allowed:
        # (30720)", ITSpecialist111/ai_automation_suggester issue 42): the prompt must shrink.
        phrase(
            Kind.CONTEXT_LENGTH,
            "input request contains",
            r"input request contains \(?\d+\)? tokens, which is more than the max tokens limit",
        ),
        # The Gemini API's list of a request's invalid fields, one "* <Request>.<path>: <why>"
        # line each, the message of its 400 INVALID_ARGUMENT ("* GenerateContentRequest.tools[0]
        # .function_declarations[5].parameters.required[2]: property is not defined", "*
        # BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch"): the
        # request is wrong, however an app wraps the message.
        phrase(
            Kind.CONFIG,
            "request.",
            r"(?:^|\n|\[|: |\")\s{0,4}\* ?[a-z]{4,40}request\.[\w.\[\]]{1,200}: ",
            bounded=False,
        ),
        # Gemini Code Assist's (Gemini CLI's) 429 for an account's allowance on a model ("You
        # have exhausted your capacity on this model. Your quota will reset after 19h11m34s."):
        # the account's quota, not the service's capacity, whatever the word. One that resets
        # within seconds ("… reset after 2s") is a window, and the 429 says rate_limit.
        phrase(
            Kind.USAGE_LIMIT,
            "exhausted your capacity",
            r"you have exhausted your capacity on this model"
            r"(?!\W{1,3}your quota will reset after \d+(?:\.\d+)?m?s\b)",
        ),
        # Vertex AI refusing a model an organization policy does not allow ("Organization Policy
        # constraint `constraints/vertexai.allowedModels` violated …", cloud.google.com/vertex-ai/
        # generative-ai/docs/control-model-access): not permitted, whatever status carries it.
        phrase(
            Kind.AUTH,
            "organization policy constraint",
            r"organization policy constraint\b[^\n]{0,80}?violated",
        ),
        # Credentials that name no Cloud project ("Could not discover a valid Google Cloud
        # Project ID.", sent as a 500 INTERNAL): a setting to fix, not a server failing.
        phrase(
            Kind.CONFIG,
            "valid google cloud project id",
            r"could not discover a valid google cloud project id",
        ),
        # Gemini's 400 for a conversation whose turns end wrong ("Please ensure that multiturn
        # requests ends with a user role or a function response."): the request is malformed,
        # whatever an app guesses beside it.
        Phrase(
            Tier.CODE,
            Kind.CONFIG,
            ("multiturn requests end",),
            r"multiturn requests ends? with a user role",
        ),
        # Imagen's safety filter on the output ("generated image was filtered: Unable to show
        # generated images. Your current safety settings for people/face generation filtered out
        # images …", cloud.google.com/vertex-ai/generative-ai/docs/image/responsible-ai-imagen),
        # whatever status the app wraps it in.
        phrase(
            Kind.CONTENT_FILTER,
            "generated image|filtered out",
            r"generated images? (?:was|were) filtered|safety settings for [\w/ ]{1,40} filtered out",
        ),
        # The Gemini API's 403 for a key Google found published ("Your API key was reported as
        # leaked. Please use another API key."): the key is blocked for good.
        phrase(Kind.AUTH, "reported as leaked", r"api key was reported as leaked"),
        # The key check's advice alone, as the OpenAI-compatible endpoint returns it with a 400
        # INVALID_ARGUMENT ("Please pass a valid API key").
        phrase(Kind.AUTH, "pass a valid api key", r"pass a valid api key"),
        # A call billed to a project that no longer exists ("Project 1234567 has been deleted.",
        # PERMISSION_DENIED with ErrorInfo reason CONSUMER_INVALID, cloud.google.com/apis/
        # design/errors): the credentials' project, not a request to change.
        phrase(Kind.AUTH, "has been deleted", r"project #?[\w-]{1,40} has been deleted"),
        # The generative backend's own overflow words inside an INVALID_ARGUMENT 400 ("Cannot
        # truncate to 89998, required 355220: text:355351 …"): the input needs more tokens than
        # the route allows.
        phrase(Kind.CONTEXT_LENGTH, "cannot truncate to", r"cannot truncate to \d+, required \d+"),
        # Vertex Model Garden: a partner model the project has not enabled ("Project `p` is not
        # allowed to use Publisher Model `…/publishers/anthropic/models/…`"): not permitted.
        phrase(
            Kind.AUTH, "not allowed to use publisher model", r"not allowed to use publisher model"
        ),
        # ai.google.dev/gemini-api/docs/generate-content/api-errors#http-error-codes (403 row).
        phrase(
            Kind.AUTH,
            "required permissions",
            r"your api key doesn.t have the required permissions",
        ),
        # docs.cloud.google.com/vertex-ai/generative-ai/docs/model-reference/api-errors (400 row).
        phrase(
            Kind.CONTEXT_LENGTH,
            "input token limit",
            r"request exceeds the model.s input token limit",
        ),
        # ai.google.dev/gemini-api/docs/troubleshooting#error-codes (504 row).
        phrase(
            Kind.TIMEOUT,
            "within the deadline",
            r"unable to finish processing within the deadline",
        ),
        # Vertex's pay-as-you-go 429 (api-errors page): shared capacity ran out, not this
        # project's quota, the same as signals' "Resource exhausted. Please try again later".
        phrase(
            Kind.OVERLOADED, "resource exhausted", r"resource exhausted, please try again later"
        ),
        # QuotaFailure ids (google/rpc/error_details.proto:157-): a per-minute quota is a rate
        # limit (a PerDay one is a cap, see signals.quota_evidence).
        hint(Kind.RATE_LIMIT, "perminute", r"\w*perminute"),
        # generateContent refusing files it will not read whole ("The request's total referenced
        # files bytes are too large to be read", a 400 INVALID_ARGUMENT for a PDF or image over
        # the inline limit): what was sent is too large.
        phrase(
            Kind.CONTEXT_LENGTH,
            "too large to be read",
            r"referenced files bytes are too large to be read",
        ),
        # cloudcode-pa's "Your quota will reset after 8h44m7s": a window hours away is a cap
        # (usage_limit), where "after 0s" or "after 45s" is a throttle.
        phrase(Kind.USAGE_LIMIT, "quota will reset after", r"quota will reset after \d+h"),
        # INTERNAL's message ("Internal error encountered.", code 13, the 500 of every Google API,
        # cloud.google.com/apis/design/errors): the upstream's own server failure, which a
        # router's 502 around it (OpenRouter's "Provider returned error" with the raw body) does
        # not turn into a network timeout.
        phrase(
            Kind.GENERIC,
            "internal error encountered",
            r"(?<!unexpected )internal error encountered\.",
            retryable=True,
        ),
        # Vertex AI's resource quotas ("The following quota metrics exceed quota limits:
        # aiplatform.googleapis.com/custom_model_training_nvidia_l4_gpus"): the accelerators and
        # CPUs a region lets a project hold for training or serving (cloud.google.com/vertex-ai/
        # docs/quotas, "Custom training" and "Serving" resource quotas), an allotment raised by
        # a quota request, not a per-minute window.
        phrase(
            Kind.USAGE_LIMIT,
            "custom_model_",
            r"aiplatform\.googleapis\.com/custom_model_(?:training|serving)_\w+",
        ),
        # google-genai's HttpOptions.timeout below the API's floor ("Manually set deadline 5s is
        # too short. Minimum allowed deadline is 10s.", livekit/agents issue 3723): a setting.
        phrase(Kind.CONFIG, "minimum allowed deadline", r"minimum allowed deadline is \d+"),
        # The Gemini API's 429 for an experimental model's own small allowance ("You exceeded
        # your current quota. Please migrate to Gemini 2.5 Pro Preview (models/gemini-2.5-pro-
        # preview-03-25) for higher quota limits.", karthink/gptel issue 842): the cure is
        # another model, not waiting.
        phrase(
            Kind.USAGE_LIMIT,
            "for higher quota",
            r"please migrate to [^\n]{1,120}? for higher quota limits",
        ),
        # content_filter: a blocking finish reason printed by the SDKs and tools that surface
        # it as text. Vertex's ResponseValidationError ("The model response did not complete
        # successfully.\nFinish reason: SAFETY." or the enum's number, 3 SAFETY / 4 RECITATION;
        # googleapis/python-aiplatform vertexai/generative_models/_generative_models.py
        # _validate_response); google-generativeai's quick accessor ("The candidate's
        # [finish_reason](https://ai.google.dev/api/generate-content#finishreason) is 4.
        # Meaning that the model was reciting from copyrighted material.", google-gemini/
        # generative-ai-python google/generativeai/types/generation_types.py text); gemini-cli's
        # finish messages ("Response stopped due to safety reasons." / "recitation policy." /
        # "forbidden terms." / "sensitive personally identifiable information." / "image safety
        # violations.", google-gemini/gemini-cli packages/cli/src/ui/hooks/useGeminiStream.ts
        # handleFinishedEvent). MAX_TOKENS (2), OTHER, LANGUAGE, MALFORMED_FUNCTION_CALL and
        # UNEXPECTED_TOOL_CALL stay out: they are no safety block.
        phrase(
            Kind.CONTENT_FILTER,
            "finish reason|finish_reason|finishreason|reciting from copyrighted|stopped due to",
            # ("finish_reason": 4 is the enum's number, as google-generativeai's repr prints it.)
            r"finish[_ ]?reason\W{1,4}(?:[34](?![\d.])|safety|recitation|blocklist|prohibited_content|spii"
            r"|image_(?:safety|prohibited_content|recitation))\b"
            r"|did not complete(?:d)? successfully\.\s*finish reason: [34]\."
            r"|generate-content#finishreason\) is [34]\."
            r"|reciting from copyrighted material"
            r"|response stopped due to (?:safety reasons|recitation policy|forbidden terms"
            r"|sensitive personally identifiable information|image safety violations)",
        ),
        # The same ResponseValidationError for MAX_TOKENS (2): the answer was cut at the
        # request's max_output_tokens, so the same request stops there again; raising the
        # setting is the fix (config). Also google-generativeai's quick accessor over such an
        # answer ("The candidate's finish_reason is 2.", the v1beta enum's MAX_TOKENS; a thinking
        # model that spent the budget before any part) and the name printed as a finish reason.
        phrase(
            Kind.CONFIG,
            "did not complete|finish_reason is 2|max_tokens",
            r"did not complete(?:d)? successfully\.\s*finish reason: (?:2|max_tokens)\."
            # Not the enum inside a whole response's repr ("finish_reason=<FinishReason.MAX_TOKENS:
            # 'MAX_TOKENS'>", google-genai): an answer handed over, no failure by itself.
            r"|candidate.s finish_reason is 2\b|(?<![\"'<])finish[_ ]?reason\W{1,4}max_tokens\b",
        ),
        # The Gemini API reference's own descriptions of those finish reasons, as clients print
        # them (ai.google.dev/api/generate-content#FinishReason: SAFETY "The candidate content
        # was flagged for safety reasons.", RECITATION "… for recitation reasons.", BLOCKLIST
        # "Token generation stopped because the content contains forbidden terms.",
        # IMAGE_SAFETY "… because generated images contain safety violations."). LANGUAGE
        # ("flagged for using an unsupported language") stays out with OTHER.
        phrase(
            Kind.CONTENT_FILTER,
            "flagged for|forbidden terms|safety violations",
            r"content was flagged for (?:safety|recitation) reasons"
            r"|content contains forbidden terms|images? contain(?:s)? safety violations",
        ),
        # Model Armor's refusal on Vertex AI ("Blocked by Model Armor Floor Setting: The prompt
        # violated …", quoted by Kong's AI GCP Model Armor plugin docs, developer.konghq.com
        # plugins/ai-gcp-model-armor; BlockedReason MODEL_ARMOR in google-genai types.py).
        phrase(Kind.CONTENT_FILTER, "model armor", r"blocked by (?:the )?model armor"),
    ),
    shape=_shape,
)
