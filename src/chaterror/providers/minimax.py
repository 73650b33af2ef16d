"""MiniMax: api.minimax.io (international), api.minimaxi.com and the older api.minimax.chat.

Its native API, and its OpenAI-compatible ChatCompletion, report failures in the body's
``base_resp`` (``{"status_code": 1002, "status_msg": "rate limit"}``), often under HTTP 200;
``status_code`` 0 is success. The Anthropic-compatible endpoint (/anthropic) answers
Anthropic's envelope, which the generic reading already knows. Traps: 1002 and 1039 are the
account's RPM and TPM limits, 1008 a spent balance; 1026 and 1027 are the sensitivity filter on
the input and the output.

Sources, read 2026-12-01: platform.minimax.io/docs/api-reference/errorcode.md and
platform.minimaxi.com/docs/api-reference/errorcode.md (Error Code | Message | Solution;
错误码 | 含义 | 解决方法), the ChatCompletion v2 reference (base_resp status codes: 1013
internal service error, 1039 TPM limit), MiniMax-AI/MiniMax-MCP@2910d663dc4b8b122abc712f81583bce9a746fe1:
minimax_mcp/client.py (1004 auth, 2038 real-name verification), MiniMax-AI/cli@9f2eab083f820f17b7c6b239cc2fb0f945b9e5d1:
src/errors/api.ts (1028/1030 quota exhausted, 2061 model not on the plan).
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """A body whose failure is in ``base_resp`` (the reader turns it into the error)."""
    return error is not envelope and isinstance(envelope.get("base_resp"), dict)


_RETRY = Code(Kind.GENERIC, Tier.HINT, True)
_USAGE = Code(Kind.USAGE_LIMIT)

PROFILE = Profile(
    "minimax",
    "MiniMax",
    Role.HOST,
    aliases=("minimax ai", "minimax-ai", "minimaxi", "minimax platform"),
    hosts=("api.minimax.io", "api.minimaxi.com", "api.minimax.chat"),
    # "minimax" alone is not a word here: other hosts serve MiniMax's open models
    # ("minimax/minimax-m2"); its platform and API hosts are.
    words=(
        "minimax",
        r"minimaxi\b|minimax(?:i)?\.(?:io|com|chat)\b|minimax (?:api|platform|open platform)",
    ),
    numbers={
        "1000": _RETRY,  # unknown error: please retry your requests later
        "1001": Code(Kind.TIMEOUT, Tier.HINT, True),  # request timeout: retry later
        "1002": Code(Kind.RATE_LIMIT),  # rate limit (请求频率超限, RPM)
        "1004": Code(Kind.AUTH),  # not authorized / token not match group / cookie is missing
        "1008": _USAGE,  # insufficient balance (余额不足)
        "1013": _RETRY,  # internal service error (ChatCompletion v2)
        "1024": _RETRY,  # internal error (内部错误): retry later
        "1026": Code(Kind.CONTENT_FILTER),  # input sensitive (输入内容涉敏)
        "1027": Code(Kind.CONTENT_FILTER),  # output sensitive (输出内容涉敏)
        "1028": _USAGE,  # the plan's quota is exhausted (MiniMax CLI)
        "1030": _USAGE,  # the plan's quota is exhausted (MiniMax CLI)
        "1033": _RETRY,  # system error / downstream service error: retry later
        "1039": Code(Kind.RATE_LIMIT),  # token limit: the TPM limit (ChatCompletion v2)
        "2013": Code(Kind.CONFIG),  # invalid params (输入格式信息不正常)
        "2038": Code(Kind.AUTH),  # real-name verification required (MiniMax MCP)
        "2061": _USAGE,  # the model is not on the current Token Plan (MiniMax CLI)
    },
    phrases=(
        # The table's wordings, for logs that keep only status_msg.
        phrase(Kind.AUTH, "token not match group", r"token not match group"),
        phrase(Kind.CONTENT_FILTER, "new_sensitive", r"(?:input|output) new_sensitive"),
        phrase(Kind.CONTENT_FILTER, "内容涉敏", r"(?:输入|输出)内容涉敏", bounded=False),
        phrase(Kind.RATE_LIMIT, "请求频率超限", r"请求频率超限", bounded=False),
        # 1033 "system error / downstream service error" (系统错误/下游服务错误): retry later.
        hint(
            Kind.GENERIC,
            "downstream service error",
            r"downstream service error",
            retryable=True,
        ),
    ),
    shape=_shape,
)
