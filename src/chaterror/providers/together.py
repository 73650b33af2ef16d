"""Together AI: its OpenAI-compatible API and the ``together`` SDK.

Source: docs.together.ai/docs/error-codes.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "together",
    "Together AI",
    Role.HOST,
    aliases=("together ai", "togetherai", "together.ai"),
    hosts=("api.together.xyz", "api.together.ai"),
    modules=("together",),
    words=("together", r"together(?:\.ai|\.xyz| ai)"),
)
