"""DeepInfra: its OpenAI-compatible inference API.

Source: deepinfra.com/docs/advanced/openai_api.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "deepinfra",
    "DeepInfra",
    Role.HOST,
    # deepinfra.com/docs/advanced/rate-limits: the limit is 200 concurrent requests per model,
    # and a 429 may also be a busy model that auto-scaling soon relieves.
    aliases=("deep infra", "deepinfra.com"),
    hosts=("api.deepinfra.com",),
    modules=("deepinfra",),
    words=("deepinfra", r"deepinfra"),
)
