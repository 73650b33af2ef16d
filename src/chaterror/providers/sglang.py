"""SGLang: the OpenAI-compatible server.

Source: sgl-project/sglang ``srt/entrypoints/openai/``.
"""

from chaterror.providers._profile import Profile

PROFILE = Profile(
    "sglang",
    "SGLang",
    modules=("sglang",),
    words=("sglang", r"sglang"),
)
