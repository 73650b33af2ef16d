"""SiliconFlow: its OpenAI-compatible API, .cn and .com.

Source: docs.siliconflow.cn/en/userguide/rate-limits and api-reference error codes.
"""

from chaterror._evidence import Code, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "siliconflow",
    "SiliconFlow",
    Role.HOST,
    aliases=(
        "silicon flow",
        "silicon-flow",
        "siliconcloud",
        "硅基流动",
    ),
    hosts=(
        "api.siliconflow.cn",
        "api.siliconflow.com",
    ),
    words=("siliconflow", r"siliconflow"),
    # docs.siliconflow.cn/cn/faqs/error-code (错误处理): bodies are {"code": <number>, "message",
    # "data": null}. Traps: a 403 is either an insufficient balance (a cap) or a model that
    # needs real-name verification; 503/504 under load are non-stream requests timing out at
    # the gateway (streaming avoids them).
    numbers={"20012": Code(Kind.CONFIG)},
    phrases=(
        # The 403 for a model this account may not use ("Model disabled.", the error-code page's
        # 403: the model needs real-name verification or is not open to the account). A hint: other
        # servers' words for an operator's switch read the same.
        hint(Kind.AUTH, "model disabled", r"model disabled\b"),
        phrase(
            Kind.CONFIG,
            "model does not exist",
            r"model does not exist\. please check it carefully",
        ),
        # 429 "Request was rejected due to rate limiting. Details: TPM limit reached."
        # (AIDotNet/OpenDeepWiki#269): the per-minute limits are throttles, the per-day ones
        # (RPD, TPD, IPD: docs.siliconflow.cn/cn/userguide/rate-limits/rate-limit-and-upgradation
        # 1.3) caps spent until the day turns.
        phrase(
            Kind.USAGE_LIMIT,
            "details: rpd|details: tpd|details: ipd",
            r"details: (?:rpd|tpd|ipd) limit reached",
        ),
    ),
)
