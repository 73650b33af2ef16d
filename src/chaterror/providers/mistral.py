"""Mistral AI: La Plateforme and the ``mistralai`` SDK.

Bodies are flat (``{"object": "error", "message", "type", "param", "code"}``) and the SDK's
``SDKError`` prints ``API error occurred: Status 429 …``. Sources: docs.mistral.ai, mistralai
``models/sdkerror.py``, the fixture notes.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "mistral",
    "Mistral",
    Role.MAKER,
    aliases=("mistral ai", "mistralai", "la plateforme"),
    hosts=("api.mistral.ai", "codestral.mistral.ai"),
    modules=("mistralai",),
    words=("mistral", r"mistral"),
)
