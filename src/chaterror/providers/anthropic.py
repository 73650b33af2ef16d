"""Anthropic: the Messages API and the ``anthropic`` SDK.

Body: ``{"type": "error", "error": {"type", "message"}, "request_id"}``; 529 is overload; stream
errors arrive after HTTP 200 as ``event: error``. Sources: docs.anthropic.com/en/api/errors,
anthropic-sdk-python ``_exceptions.py``, the fixture notes.
"""

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "anthropic",
    "Anthropic",
    Role.MAKER,
    aliases=("claude", "claude api", "claude platform"),
    # anthropic-sdk-python 2.15.0 anthropic/_client.py:248, lib/google_cloud/_client.py (Claude
    # on Google Cloud), lib/aws/_client.py:113 (Claude Platform on AWS).
    hosts=("api.anthropic.com", "claude.googleapis.com", "aws-external-anthropic.*.api.aws"),
    modules=("anthropic",),
    # docs.claude.com/en/api/rate-limits#response-headers; anthropic-workspace-id (errors page).
    headers=(
        "anthropic-ratelimit-requests-limit",
        "anthropic-ratelimit-tokens-limit",
        "anthropic-ratelimit-input-tokens-limit",
        "anthropic-ratelimit-output-tokens-limit",
        "anthropic-organization-id",
        "anthropic-workspace-id",
    ),
    header_values=(("request-id", "req_"),),
    words=("anthropic|claude", r"anthropic|claude"),
    codes={
        "overloaded_error": Code(Kind.OVERLOADED),
        "authentication_error": Code(Kind.AUTH),
        # The 403's type (docs.anthropic.com/en/api/errors): family-level, like the status it
        # names; Anthropic-compatible APIs send it for a plan's spent cap too (Kimi Code: "You've
        # reached your usage limit for this billing cycle"), whose wording then decides.
        "permission_error": Code(Kind.AUTH, Tier.HINT),
        "not_found_error": Code(Kind.CONFIG),
        # 413: the body is over the size limit (Cloudflare answers before the API).
        "request_too_large": Code(Kind.CONTEXT_LENGTH),
        "billing_error": Code(Kind.USAGE_LIMIT),
        "rate_limit_error": Code(Kind.RATE_LIMIT, Tier.HINT),
        "api_error": Code(Kind.GENERIC, Tier.HINT, True),
        "timeout_error": Code(Kind.TIMEOUT),
        # anthropic-sdk-python 2.15.0 anthropic/types/shared/error_type.py:5-18: a 409 the SDK
        # retries.
        "conflict_error": Code(Kind.GENERIC, Tier.HINT, True),
        # stop_reason of a 200 (anthropic/types/stop_reason.py:5-7): a safety refusal.
        "refusal": Code(Kind.CONTENT_FILTER),
        # error.details.error_code (anthropic-sdk-python 2.15.0 anthropic/types/shared/*_error.py
        # and types/beta/*_error.py), one class per code; the SDK raises them by (status, code).
        # A 429 that is a hard cap, not a rate limit (RateLimitError subclasses):
        "contract_spend_limit_reached": Code(Kind.USAGE_LIMIT),
        "enforced_spend_limit_reached": Code(Kind.USAGE_LIMIT),
        "linked_organization_billing_unavailable": Code(Kind.USAGE_LIMIT),
        "linked_organization_spend_limit_reached": Code(Kind.USAGE_LIMIT),
        "user_profile_not_billable": Code(Kind.USAGE_LIMIT),
        "storage_quota_exceeded": Code(Kind.USAGE_LIMIT),
        # A 429 that caps how fast usage may grow: retry later.
        "ramp_limit_exceeded": Code(Kind.RATE_LIMIT, Tier.CODE, True),
        "compaction_unavailable": Code(Kind.OVERLOADED, Tier.CODE, True),
        # 400/403s about the caller's key, scope or organization standing.
        **dict.fromkeys(
            (
                "api_key_requester_unconfirmed",
                "api_key_scope_missing",
                "organization_level_scoped_api_key_required",
                "organization_on_hold",
                "sandbox_egress_restricted",
                "claude_code_key_creator_not_member",
                "user_profile_billing_not_authorized",
            ),
            Code(Kind.AUTH),
        ),
        # 503s the SDK says to retry.
        **dict.fromkeys(
            ("authorization_check_unavailable", "cmek_context_unavailable", "cmek_key_unreachable"),
            Code(Kind.GENERIC, Tier.HINT, True),
        ),
        "request_body_too_large_after_decoding": Code(Kind.CONTEXT_LENGTH),
        "request_body_timeout": Code(Kind.TIMEOUT, Tier.CODE, True),
        # Requests the caller must change.
        **dict.fromkeys(
            (
                "available_tools_limit_exceeded",
                "claude_code_version_too_old",
                "cmek_key_disabled",
                "cmek_key_network_blocked",
                "cmek_feature_unsupported",
                "cmek_not_approved",
                "compaction_block_ambiguous",
                "compaction_block_misplaced",
                "compaction_content_mismatch",
                "compaction_incomplete_turn",
                "compaction_nothing_to_summarize",
                "compaction_signature_invalid",
                "compaction_too_many_tool_references",
                "compaction_tool_changes_mismatch",
                "file_not_downloadable",
                "human_review_not_available",
                "image_dimensions_too_large",
                "organization_not_eligible",
                "organization_not_enrolled_in_beta",
                "organization_type_not_supported",
                "parent_organization_required",
                "request_body_encoding_invalid",
                "request_body_encoding_unsupported",
                "thread_already_continued",
                "thread_continue_in_flight",
                "thread_fingerprint_mismatch",
                "thread_unsupported_request",
                "tool_name_conflict",
                "tool_reference_unresolved",
                "user_profile_required",
                "workspace_human_review_disabled",
            ),
            Code(Kind.CONFIG),
        ),
    },
    # docs.claude.com/en/api/errors#error-shapes: the 404 message.
    phrases=(
        # Claude Code's words for a 429 it reads as the service shedding load, apart from the
        # account's own limits ("Server is temporarily limiting requests (not your usage
        # limit)"); the tools built around it treat it as the server's transient throttle, like
        # a 529, and wait it out rather than switch accounts.
        phrase(
            Kind.OVERLOADED,
            "temporarily limiting requests",
            r"server is temporarily limiting requests",
        ),
        # Claude Code's own words for a model the API does not serve to this account ("There's an
        # issue with the selected model (X). It may not exist or you may not have access to it.
        # Run /model to pick a different model."), as the CLI prints them.
        phrase(
            Kind.CONFIG,
            "issue with the selected model",
            r"issue with the selected model\b[^\n]{0,80}?may not exist",
        ),
        # The SDKs' own refusal, before sending, of a non-streaming request whose max_tokens
        # implies over ten minutes (anthropic-sdk-python _base_client.py
        # _calculate_nonstreaming_timeout, and the TypeScript and Ruby SDKs; older releases said
        # "strongly recommended", today's "Streaming is required for operations that may take
        # longer than 10 minutes"): a setting to change (stream, or lower max_tokens), not a
        # timeout that happened.
        phrase(
            Kind.CONFIG,
            "streaming is strongly recommended|streaming is required",
            r"streaming is (?:strongly recommended|required) for operations that may take longer than",
        ),
        hint(Kind.CONFIG, "requested resource", r"the requested resource could not be found"),
        # The Messages API's 400 for a max_tokens above the model's output cap ("max_tokens: 1000000
        # > 64000, which is the maximum allowed number of output tokens for claude-…"): a setting.
        phrase(
            Kind.CONFIG,
            "maximum allowed number of output tokens",
            r"maximum allowed number of output tokens",
        ),
        # docs.anthropic.com/en/docs/test-and-evaluate/strengthen-guardrails/handle-streaming-
        # refusals: stop_reason "refusal" when the streaming safety classifiers intervene.
        phrase(Kind.CONTENT_FILTER, "refusal", r"stop_reason\W{1,4}refusal\b"),
        # Claude Code's text for that stop reason ("API Error: Claude Code is unable to respond
        # to this request, which appears to violate our Usage Policy (https://www.anthropic.com/
        # legal/aup). …", its getErrorMessageIfRefusal; code.claude.com/docs/en/troubleshooting
        # lists it under "Usage Policy refusal").
        phrase(
            Kind.CONTENT_FILTER,
            "appears to violate our usage policy",
            r"unable to respond to this request, which appears to violate our usage policy",
        ),
        # Claude subscription (Pro/Max) usage windows as Claude Code prints them: "You've hit
        # your limit · resets 8pm (America/New_York)", "5-hour limit reached ∙ resets 3pm",
        # "Weekly limit reached · resets Oct 9 at 9am" (anthropics/claude-code issues), "Session
        # limit resets 5am (America/Los_Angeles)" (a SWE-bench run's log, pepealonso95/TDAD
        # SESSION_MANAGEMENT_GUIDE.md): a plan cap that lifts at a clock time hours away, not a
        # throttle.
        phrase(
            Kind.USAGE_LIMIT,
            "hit your limit|limit reached|session limit|weekly limit",
            r"(?:you.ve hit your|\w+ limit reached|session limit|weekly limit)(?: limit)?\W{1,4}"
            r"resets (?:at )?"
            r"(?:\d{1,2}(?::\d\d)? ?[ap]m|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)",
        ),
    ),
    shape=lambda error, envelope: (
        envelope is not error
        and envelope.get("type") == "error"
        and "sequence_number" not in envelope
        # OpenAI's Realtime error event wraps its error the same way, with its own event_id
        # beside it (platform.openai.com/docs/api-reference/realtime-server-events/error).
        and "event_id" not in envelope
        # Anthropic's error object is a type and a message (docs.claude.com/en/api/errors,
        # "Error shapes"); OpenAI's stream error events carry a code too ({"type": "error",
        # "error": {"type": "service_unavailable_error", "code": "server_is_overloaded", …}}).
        and "code" not in error
    ),
)
