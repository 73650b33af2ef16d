"""SiliconFlow: its OpenAI-compatible API, .cn and .com.

Source: docs.siliconflow.cn/en/userguide/rate-limits and api-reference error codes.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "siliconflow",
    "SiliconFlow",
    Role.HOST,
    aliases=(
        "silicon flow",
        "silicon-flow",
    ),
    hosts=(
        "api.siliconflow.cn",
        "api.siliconflow.com",
    ),
    words=("siliconflow", r"siliconflow"),
)
