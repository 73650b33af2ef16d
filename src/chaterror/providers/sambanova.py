"""SambaNova Cloud: its OpenAI-compatible API and the ``sambanova`` SDK.

Source: docs.sambanova.ai/cloud/docs/get-started/rate-limits and api-reference.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "sambanova",
    "SambaNova",
    Role.HOST,
    aliases=(
        "sambanova cloud",
        "samba nova",
    ),
    hosts=("api.sambanova.ai",),
    modules=("sambanova",),
    words=("sambanova", r"sambanova"),
)
