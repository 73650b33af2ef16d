"""Groq: GroqCloud's OpenAI-compatible API and the ``groq`` SDK.

Sources: console.groq.com/docs/errors, the fixture notes.
"""

from chaterror._evidence import Code
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
    },
    shape=lambda error, envelope: "failed_generation" in error,
)
