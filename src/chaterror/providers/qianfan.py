"""Baidu Qianfan (ERNIE, 文心): the classic API at aip.baidubce.com and the v2 OpenAI-compatible
API at qianfan.baidubce.com/v2.

The classic API answers ``{"error_code": 17, "error_msg": "Open api daily request limit
reached"}``, often under HTTP 200: the numeric code carries the meaning. The v2 API answers
OpenAI's envelope, ``{"error": {"code", "message", "type"}, "id": "as-…"}``. Traps: 4 ("Open
api request limit reached") is the platform's cluster over its limit (retry), while 17 and 19
are the account's daily and total caps and 18 its QPS limit; 110 and 111 (access token invalid
or expired) are HTTP-status-shaped numbers, so only their wording counts.

Sources, read 2026-12-01:
- ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh (推理服务API 错误码: error_code | error_msg | 说明).
- ai.baidu.com/ai-doc/WENXINWORKSHOP/hlzic283e (错误缓解方案: 336501/336502, RPM/TPM).
- cloud.baidu.com/doc/qianfan-api/s/rmwbl43x7 (v2 错误码: HTTP 状态码 | 类型 | 错误码 | 错误信息).
- baidubce/bce-qianfan-sdk@458917dbdc708279f04f16415e1ca73e41329125:python/qianfan/consts.py
  (``APIErrorCode``, ``DefaultValue.RetryErrCodes``, base URLs) and
  python/qianfan/errors.py (``APIError``: "api return error, req_id: … code: …, msg: …").
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """The classic API's ``{"error_code": <int>, "error_msg": <str>}``, or the v2 API's OpenAI
    envelope whose ``id`` is a Qianfan request id ("as-t2z8xi6mm8")."""
    code = error.get("error_code")
    if isinstance(code, int) and not isinstance(code, bool):
        return isinstance(error.get("error_msg"), str)
    request_id = envelope.get("id")
    return (
        envelope is not error
        and isinstance(request_id, str)
        and request_id.startswith("as-")
        and isinstance(error.get("code"), str)
    )


_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)
_USAGE = Code(Kind.USAGE_LIMIT)
_RETRY = Code(Kind.GENERIC, Tier.HINT, True)

PROFILE = Profile(
    "qianfan",
    "Baidu Qianfan",
    Role.HOST,
    aliases=(
        "baidu",
        "baidu qianfan",
        "qianfan modelbuilder",
        "ernie",
        "ernie bot",
        "wenxin",
        "wenxinworkshop",
        "千帆",
        "百度千帆",
        "文心",
        "文心一言",
    ),
    # consts.py: DefaultValue.BaseURL (classic) and ConsoleAPIBaseURL; the v2 API is
    # qianfan.baidubce.com/v2 (cloud.baidu.com/doc/qianfan-api).
    hosts=("aip.baidubce.com", "qianfan.baidubce.com"),
    modules=("qianfan",),
    # "ernie" is not a word here: other hosts serve ERNIE's open weights. The SDK's APIError
    # reads "api return error, req_id: … code: 17, msg: …" (errors.py).
    words=(
        "qianfan|wenxin|baidubce|千帆|文心|api return error",
        r"qianfan|wenxin|baidubce|千帆|文心|api return error, req_id:",
    ),
    codes={
        # cloud.baidu.com/doc/qianfan-api/s/rmwbl43x7 (v2). Its 401 invalid_model ("No
        # permission to use the model") shares the generic invalid_model code; the wording below
        # says auth.
        "malformed_json": _CONFIG,  # 400 Invalid Argument: not JSON
        "invalid_messages": _CONFIG,  # 400 messages malformed
        "characters_too_long": Code(Kind.CONTEXT_LENGTH),  # 400 the max input characters is xxx
        "tokens_too_long": Code(Kind.CONTEXT_LENGTH),  # 400 Prompt tokens too long
        "invalid_image_generation_prompt": _CONFIG,  # 400 prompt is invalid
        "invalid_image_genration_prompt": _CONFIG,  # the same, as the 2025 page spelled it
        "invalid_image_generation_refer_image": _CONFIG,  # 400 refer image is invalid
        "invalid_image_genration_refer_image": _CONFIG,
        "invalid_image_url": _CONFIG,  # 400 image width and height out of range
        "invalid_plugin_argument": _CONFIG,  # 400 the plugin service rejected its input
        "image_url_unsafe": Code(Kind.CONTENT_FILTER),  # 400 unsafe_request: image_url unsafe
        "unsafe_request": Code(Kind.CONTENT_FILTER),  # the type of the unsafe-content rows
        "no_parameter_permission": _AUTH,  # 401 access_denied
        "invalid_appid": _AUTH,  # 401 No permission to use the appid
        "invalid_iam_token": _AUTH,  # 401 IAM Certification failed
        # WENXINWORKSHOP/cm79w0mjf (错误缓解方案, v2): the per-minute limits.
        "rpm_rate_limit_exceeded": Code(Kind.RATE_LIMIT),  # Rate limit reached for RPM
        "tpm_rate_limit_exceeded": Code(Kind.RATE_LIMIT),  # Rate limit reached for TPM
    },
    # WENXINWORKSHOP/tlmyncueh (classic error_code) and consts.py APIErrorCode. Left out: 0
    # (NoError) and 100/110/111, which look like HTTP statuses (their wording is below).
    numbers={
        "1": _RETRY,  # Unknown error: 【系统内部错误】请再次请求
        "2": _RETRY,  # Service temporarily unavailable (the SDK retries it)
        "3": _CONFIG,  # Unsupported openapi method
        # Open api request limit reached: 【系统内部错误】集群超限额, request again.
        "4": Code(Kind.OVERLOADED, Tier.CODE, True),
        "6": _AUTH,  # No permission to access data
        "13": _AUTH,  # Get service token failed
        "14": _AUTH,  # IAM Certification failed
        "15": _RETRY,  # app not exists or create failed: 重试调用可解决问题
        "17": _USAGE,  # Open api daily request limit reached (or unpaid, in arrears)
        "18": Code(Kind.RATE_LIMIT),  # Open api qps request limit reached
        "19": _USAGE,  # Open api total request limit reached (free API's total)
        "336000": _RETRY,  # InternalError
        "336001": _CONFIG,  # InvalidArgument
        "336002": _CONFIG,  # InvalidJSON
        "336003": _CONFIG,  # InvalidParam
        "336004": _AUTH,  # PermissionError
        "336005": _CONFIG,  # APINameNotExist
        "336100": Code(Kind.OVERLOADED, Tier.CODE, True),  # ServerHighLoad (the SDK retries)
        "336101": _CONFIG,  # InvalidHTTPMethod
        "336103": Code(Kind.CONTEXT_LENGTH),  # the input is longer than the model accepts
        "336104": _CONFIG,  # InvalidArgumentSystem (the system prompt)
        "336105": _CONFIG,  # InvalidArgumentUserSetting
        "336501": Code(Kind.RATE_LIMIT),  # RPMLimitReached: Rate limit reached for RPM
        "336502": Code(Kind.RATE_LIMIT),  # TPMLimitReached: Rate limit reached for TPM
        "500000": _RETRY,  # ConsoleInternalError (the SDK retries it)
    },
    phrases=(
        # AppBuilder's 400 QuotaLimitExceeded, "quota资源已达上限" (the quota resource has reached
        # its cap; baidubce/app-builder cookbooks/end2end_application/agent/tool_call.ipynb).
        phrase(Kind.USAGE_LIMIT, "资源已达上限", r"quota资源已达上限", bounded=False),
        # The classic error_msg wordings (WENXINWORKSHOP/tlmyncueh), for logs that keep the
        # message without the number, and the SDK's "api return error, … code: 17, msg: …".
        phrase(
            Kind.USAGE_LIMIT,
            "daily request limit",
            r"open api daily request limit reached",
        ),
        phrase(
            Kind.USAGE_LIMIT,
            "total request limit",
            r"open api total request limit reached",
        ),
        phrase(Kind.RATE_LIMIT, "qps request limit", r"open api qps request limit reached"),
        phrase(
            Kind.OVERLOADED,
            "open api request limit",
            r"open api request limit reached",
            retryable=True,
        ),
        phrase(
            Kind.AUTH,
            "access token invalid",
            r"access token invalid or no longer valid",
        ),
        phrase(Kind.AUTH, "access token expired", r"access token expired"),
        phrase(Kind.RATE_LIMIT, "rate limit reached for", r"rate limit reached for [rt]pm"),
        # v2: 400 tokens_too_long / characters_too_long, 401 invalid_model.
        phrase(Kind.CONTEXT_LENGTH, "prompt tokens too long", r"prompt tokens too long"),
        phrase(Kind.CONTEXT_LENGTH, "max input characters", r"the max input characters is\b"),
        phrase(Kind.AUTH, "no permission to use the", r"no permission to use the (?:model|appid)"),
        # 访问过于频繁 / 请求过于频繁: "requests too frequent", Baidu's Chinese rate-limit wording.
        phrase(Kind.RATE_LIMIT, "过于频繁", r"(?:访问|请求|调用)过于频繁", bounded=False),
    ),
    shape=_shape,
)
