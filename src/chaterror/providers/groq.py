"""Groq: GroqCloud's OpenAI-compatible API and the ``groq`` SDK.

Sources: console.groq.com/docs/errors, the fixture notes.
"""

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "groq",
    "Groq",
    Role.HOST,
    aliases=("groqcloud", "groq cloud"),
    hosts=("api.groq.com",),
    modules=("groq",),
    headers=("x-groq-region",),
    words=("groq", r"groq"),
    codes={
        # The model produced a tool call that fails the request's schema.
        "tool_use_failed": Code(Kind.CONFIG),
        # console.groq.com/docs/structured-outputs: the model's output failed the JSON schema
        # (the body carries failed_generation); the docs say a retry may succeed.
        "json_validate_failed": Code(Kind.GENERIC, Tier.HINT, True),
        # console.groq.com/docs/flex-processing: the flex tier is at capacity (HTTP 498).
        "capacity_exceeded": Code(Kind.OVERLOADED, Tier.CODE, True),
        # console.groq.com/docs/deprecations: a retired model (400 "The model `…` has been
        # decommissioned and is no longer supported").
        "model_decommissioned": Code(Kind.CONFIG),
        # Access the organisation has not granted: model terms not accepted (400 "requires terms
        # acceptance"), a model blocked for the organisation or project at
        # console.groq.com/settings/limits (403), an organisation restricted by Groq.
        "model_terms_required": Code(Kind.AUTH),
        "model_permission_blocked_org": Code(Kind.AUTH),
        "model_permission_blocked_project": Code(Kind.AUTH),
        "organization_restricted": Code(Kind.AUTH),
    },
    phrases=(
        # A service_tier the organisation may not use ("400 service_tier auto is not available for
        # this org. You can check your plan at [Billing - Plans](…) and upgrade …", Groq as
        # CherryHQ/cherry-studio issue 8864 shows it; console.groq.com/docs/flex-processing): a
        # request setting to change, not a spent quota, whatever the plan advice says.
        phrase(
            Kind.CONFIG,
            "service_tier",
            r"service_tier \w+ is not available for this (?:org|organization)",
        ),
        # tool_use_failed's message, also where an app shows it without the body ("Failed to call
        # a function. Please adjust your prompt. See 'failed_generation' for more details.",
        # console.groq.com/docs/tool-use; quoted in langchain-ai/langchainjs PR 6004): the
        # code's meaning, a request to change.
        phrase(
            Kind.CONFIG,
            "failed to call a function",
            r"failed to call a function\. please adjust your prompt",
        ),
    ),
    shape=lambda error, envelope: "failed_generation" in error,
)
