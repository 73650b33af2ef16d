"""DeepSeek: its OpenAI-compatible API.

Source: api-docs.deepseek.com/quick_start/error_codes.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "deepseek",
    "DeepSeek",
    Role.MAKER,
    hosts=("api.deepseek.com",),
    words=("deepseek", r"deepseek"),
)
