"""DeepSeek: its OpenAI-compatible API.

Source: api-docs.deepseek.com/quick_start/error_codes.
"""

from chaterror._evidence import hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "deepseek",
    "DeepSeek",
    Role.MAKER,
    aliases=("deepseek ai", "deep seek", "deepseek-chat", "deepseek-reasoner"),
    # api-docs.deepseek.com (also api.deepseek.com/anthropic, the Anthropic-compatible path).
    # Under load DeepSeek holds the connection open with keep-alive lines while the request
    # waits: a slow start there is queueing, not a dead server.
    hosts=("api.deepseek.com",),
    words=("deepseek", r"deepseek"),
    # api-docs.deepseek.com/quick_start/error_codes (and the zh-cn page): the status titles.
    # "Insufficient Balance" (402) is a prepaid-balance cap; 余额不足 is in signals already.
    phrases=(
        phrase(Kind.AUTH, "authentication fails", r"authentication fails"),
        phrase(Kind.AUTH, "认证失败", r"认证失败", bounded=False),
        phrase(Kind.OVERLOADED, "服务器繁忙", r"服务器繁忙", bounded=False),
        # 400 Invalid Format / 422 Invalid Parameters: the request is malformed (a family, the
        # message's details may say more). Xiaomi MiMo's table uses the same titles
        # (platform.xiaomimimo.com/docs/en-US/quick-start/error-codes).
        hint(Kind.CONFIG, "invalid format|invalid parameters", r"invalid (?:format|parameters)"),
        # DeepSeek V4's 400 for a thinking-mode conversation whose assistant turns dropped their
        # reasoning ("The `reasoning_content` in the thinking mode must be passed back to the
        # API.", and "content[].thinking" on its Anthropic path; api-docs.deepseek.com
        # thinking mode, multi-turn tool calls): the request's history to fix.
        phrase(
            Kind.CONFIG,
            "must be passed back",
            r"in the thinking mode must be passed back",
        ),
    ),
)
