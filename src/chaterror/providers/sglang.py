"""SGLang: the OpenAI-compatible server.

Source: sgl-project/sglang ``srt/entrypoints/openai/``.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "sglang",
    "SGLang",
    Role.SERVER,
    modules=("sglang",),
    words=("sglang", r"sglang"),
)
