"""Fireworks AI: its OpenAI-compatible API and the ``fireworks`` SDK.

Source: docs.fireworks.ai/troubleshooting/status-error-codes/inference-error-codes.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "fireworks",
    "Fireworks AI",
    Role.HOST,
    aliases=("fireworks ai", "fireworks-ai", "fireworks.ai"),
    hosts=("api.fireworks.ai",),
    modules=("fireworks",),
    words=("fireworks", r"fireworks"),
)
