"""Groq: GroqCloud's OpenAI-compatible API and the ``groq`` SDK.

Sources: console.groq.com/docs/errors, the fixture notes.
"""

from chaterror._evidence import Code, Tier
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
    },
    shape=lambda error, envelope: "failed_generation" in error,
)
