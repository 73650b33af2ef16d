"""Zhipu AI (GLM): the open platform at bigmodel.cn and Z.ai.

Errors are two-layered: the HTTP status is coarse (almost every quota or limit problem is a
429) and the body's string business code carries the meaning. Traps: 1113 (account in
arrears) arrives as a 429 but is a hard cap; 1305 and 1312 are platform-wide overload while
1302 and 1303 are the account's own concurrency and frequency limits; 1308 and 1310 put the
reset time in the message. api.z.ai answers in English, open.bigmodel.cn in Chinese.

Sources: docs.bigmodel.cn/cn/api/api-code and /cn/faq/api-code.md (业务错误码 | HTTP 状态码),
PyPI zhipuai 2.1.5.20250825 ``zhipuai/_client.py:47``, zai-sdk 0.2.3 ``zai/_client.py:250``.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """Zhipu's own error object, also inside the Anthropic-compatible envelope of its GLM Coding
    Plan: a four-digit business code, repeated in brackets at the message's start
    ("[1211][模型不存在，请检查模型代码。][request id]")."""
    code, message = error.get("code"), error.get("message")
    return (
        isinstance(code, str)
        and len(code) == 4
        and code.isdigit()
        and isinstance(message, str)
        and message.startswith(f"[{code}]")
    )


_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)
_USAGE = Code(Kind.USAGE_LIMIT)
_RETRY = Code(Kind.GENERIC, Tier.HINT, True)

PROFILE = Profile(
    "zhipu",
    "Zhipu AI (GLM)",
    Role.HOST,
    aliases=(
        "glm",
        "zhipuai",
        "zhipu ai",
        "z.ai",
        "zai",
        "bigmodel",
        "chatglm",
        "智谱",
    ),
    # Also the GLM Coding Plan and Anthropic-compatible paths on the same hosts
    # (docs.bigmodel.cn/cn/coding-plan/quick-start, docs.z.ai/devpack/quick-start).
    hosts=(
        "open.bigmodel.cn",
        "api.z.ai",
    ),
    modules=(
        "zhipuai",
        "zai",
    ),
    words=("zhipu|bigmodel|z.ai|智谱", r"zhipu|bigmodel|z\.ai\b|智谱"),
    # docs.bigmodel.cn/cn/api/api-code. Left out: 1100 (account read/write) and 1231 (a request
    # already in progress), which say nothing about the kind.
    # finish_reason "sensitive": 模型推理内容被安全审核接口拦截, the safety review stopped the
    # output (docs.bigmodel.cn/api-reference chat completions, finish_reason), as a blocked
    # body's code.
    codes={"sensitive": Code(Kind.CONTENT_FILTER)},
    numbers={
        # Authentication and account standing.
        **dict.fromkeys(
            (
                "1000",
                "1001",
                "1002",
                "1003",
                "1004",
                "1005",
                "1110",
                "1111",
                "1112",
                "1121",
                "1220",
            ),
            _AUTH,
        ),
        # 1113 您的账户已欠费: in arrears, under a 429.
        "1113": _USAGE,
        "1120": _RETRY,
        "1200": _RETRY,
        "1230": _RETRY,
        # 1234 "Network error, error id: …, please contact customer service": listed with the
        # API call errors (12xx) under HTTP 500 (docs.z.ai/api-reference/api-code), a failure
        # inside the platform that its support traces by id, not the client's connection; the
        # code outranks the words 网络错误 ("network error") that it carries.
        "1234": Code(Kind.GENERIC, Tier.CODE, True),
        "1210": Code(Kind.CONFIG, Tier.FALLBACK),
        **dict.fromkeys(("1211", "1212", "1213", "1214", "1215", "1221", "1222", "1311"), _CONFIG),
        "1261": Code(Kind.CONTEXT_LENGTH),
        "1300": Code(Kind.CONTENT_FILTER),
        "1301": Code(Kind.CONTENT_FILTER),
        # The account's own concurrency and frequency limits.
        "1302": Code(Kind.RATE_LIMIT),
        "1303": Code(Kind.RATE_LIMIT),
        # Daily quota, usage caps (reset at next_flush_time), an expired Coding Plan, fair use.
        **dict.fromkeys(("1304", "1308", "1309", "1310", "1313"), _USAGE),
        # The platform or model is overloaded: retry later or switch model.
        "1305": Code(Kind.OVERLOADED, Tier.CODE, True),
        "1312": Code(Kind.OVERLOADED, Tier.CODE, True),
    },
    # The Chinese wordings of the codes above (docs.bigmodel.cn/cn/api/api-code).
    phrases=(
        phrase(Kind.RATE_LIMIT, "并发数过高", r"并发数过高", bounded=False),
        # 1210/1214: "API 调用参数有误" / "…参数非法" (a parameter is wrong or illegal).
        phrase(Kind.CONFIG, "参数非法|参数有误", r"参数非法|参数有误", bounded=False),
        phrase(Kind.OVERLOADED, "访问量过大", r"访问量过大", bounded=False),
        phrase(Kind.USAGE_LIMIT, "今日调用次数限额", r"今日调用次数限额", bounded=False),
        phrase(Kind.USAGE_LIMIT, "您的限额将在", r"您的限额将在", bounded=False),
        phrase(Kind.CONTEXT_LENGTH, "超长", r"prompt ?超长", bounded=False),
        # 1303 您当前使用该 API 的频率过高 (frequency too high); 1302 as docs.bigmodel.cn/cn/api/rate-limit
        # words it now: 您的账户已达到速率限制 (the account reached its rate limit).
        phrase(
            Kind.RATE_LIMIT, "频率过高|已达到速率限制", r"频率过高|已达到速率限制", bounded=False
        ),
        # 1309 您的 GLM Coding Plan 套餐已到期 (the plan has expired).
        phrase(Kind.USAGE_LIMIT, "套餐已到期", r"套餐已到期", bounded=False),
        # The English table (docs.z.ai/api-reference/api-code): 1302/1303 the account's own
        # concurrency and frequency, 1309 an expired Coding Plan (1304's "Daily call limit for
        # this API reached" is signals.py's daily family).
        phrase(
            Kind.RATE_LIMIT,
            "usage of this api",
            r"high (?:concurrency|frequency) usage of this api",
        ),
        phrase(
            Kind.USAGE_LIMIT,
            "coding plan package has expired",
            r"coding plan package has expired",
        ),
        # 1211 模型不存在 (no such model), and 1214 (a parameter is illegal) naming the model's
        # field: "1214 modelCode 不存在" (modelCode does not exist).
        phrase(Kind.CONFIG, "模型不存在|modelcode", r"模型不存在|modelcode ?不存在", bounded=False),
        # 1300 API 调用被策略阻止 (the call was blocked by policy: the safety system); 1311
        # 当前订阅套餐暂未开放${model_name}权限 (the plan does not include the model); 1313 您的账户当前
        # 使用模式不符合公平使用策略 (fair-use breach: throttled until the user appeals, a cap).
        phrase(Kind.CONTENT_FILTER, "被策略阻止", r"调用被策略阻止", bounded=False),
        phrase(Kind.CONFIG, "订阅套餐暂未开放", r"订阅套餐暂未开放", bounded=False),
        phrase(Kind.USAGE_LIMIT, "公平使用策略", r"不符合公平使用策略", bounded=False),
        # 1313 as docs.z.ai/api-reference/api-code words it: "Your account's current usage
        # pattern does not comply with the Fair Usage Policy, and your request frequency has
        # been limited … To restore access, please submit a request."
        phrase(
            Kind.USAGE_LIMIT,
            "fair usage policy",
            r"does not comply with the fair usage policy",
        ),
        # 1213 未正常接收到 ${field} 参数 (a parameter did not arrive) and 1215 ${field1} 与 ${field2}
        # 不能同时设置 (two parameters that exclude each other).
        phrase(
            Kind.CONFIG, "未正常接收到|不能同时设置", r"未正常接收到|不能同时设置", bounded=False
        ),
        # The HTTP status table's reasons (docs.bigmodel.cn/cn/faq, docs.z.ai/api-reference/api-code):
        # 429 接口请求并发超额 / 上传文件频率过快 are throttles, 账户异常 / 终端账号异常 a locked account.
        phrase(
            Kind.RATE_LIMIT,
            "request concurrency exceeded|upload frequency too fast",
            r"request concurrency exceeded|upload frequency too fast",
        ),
        phrase(Kind.AUTH, "account anomaly", r"account anomaly"),
        phrase(Kind.AUTH, "账户异常|账号异常", r"账[户号]异常", bounded=False),
    ),
    shape=_shape,
)
