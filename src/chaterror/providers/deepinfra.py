"""DeepInfra: its OpenAI-compatible inference API.

Source: deepinfra.com/docs/advanced/openai_api.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "deepinfra",
    "DeepInfra",
    Role.HOST,
    aliases=("deep infra",),
    hosts=("api.deepinfra.com",),
    modules=("deepinfra",),
    words=("deepinfra", r"deepinfra"),
)
