"""Zhipu AI (GLM): the open platform at bigmodel.cn and Z.ai.

Source: docs.bigmodel.cn/api-reference (error codes).
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "zhipu",
    "Zhipu AI (GLM)",
    Role.HOST,
    aliases=(
        "glm",
        "zhipuai",
        "z.ai",
        "zai",
        "bigmodel",
    ),
    hosts=(
        "open.bigmodel.cn",
        "api.z.ai",
    ),
    modules=(
        "zhipuai",
        "zai",
    ),
    words=("zhipu|bigmodel|z.ai", r"zhipu|bigmodel|z\.ai\b"),
)
