"""Alibaba Cloud Model Studio (DashScope, Qwen): the native API and its OpenAI-compatible mode.

Source: alibabacloud.com/help/en/model-studio/error-code.
"""

from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "dashscope",
    "Alibaba Cloud Model Studio (Qwen)",
    Role.HOST,
    aliases=(
        "qwen",
        "alibaba",
        "aliyun",
        "bailian",
        "model studio",
        "alibaba cloud",
    ),
    hosts=(
        "dashscope.aliyuncs.com",
        "dashscope-intl.aliyuncs.com",
        "dashscope-us.aliyuncs.com",
    ),
    modules=("dashscope",),
    words=("dashscope|aliyun|bailian", r"dashscope|aliyun|bailian"),
)
