"""Tencent Hunyuan (腾讯混元): the Tencent Cloud API 3.0 at hunyuan.tencentcloudapi.com and the
OpenAI-compatible endpoint at api.hunyuan.cloud.tencent.com/v1.

API 3.0 answers ``{"Response": {"Error": {"Code", "Message"}, "RequestId"}}``, usually under
HTTP 200; the tencentcloud SDK raises ``TencentCloudSDKException`` ("[TencentCloudSDKException]
code:AuthFailure.SignatureFailure message:… requestId:…"). Traps: the account's money problems
are spread over three families (ResourceInsufficient.ChargeResourceExhaust,
ResourceUnavailable.InArrears / LowBalance, FailedOperation.*ResourcePackExhausted /
ServiceStopArrears), all hard caps; RequestLimitExceeded is the API's frequency limit and
FailedOperation.EngineServerLimitExceeded the engine's ("请稍后重试").

Sources, read 2026-12-01: tencentcloud.com/document/product/1284/75543 and
cloud.tencent.com/document/api/1729 (Error Codes: the envelope and the common error codes),
TencentCloud/tencentcloud-sdk-python@3e323f13145b8f2d655c0bd8e99fe60831dceee7:
tencentcloud/hunyuan/v20230901/errorcodes.py (the service's codes, each with its 中文 meaning).
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """Tencent Cloud API 3.0's ``Response`` object: ``Error.Code`` beside a ``RequestId``. AWS's
    query-protocol errors look alike but carry ``Error.Type`` ("Sender")."""
    return (
        error is not envelope
        and isinstance(error.get("Code"), str)
        and "Type" not in error
        and isinstance(envelope.get("RequestId"), str)
    )


_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)
_USAGE = Code(Kind.USAGE_LIMIT)
_FILTER = Code(Kind.CONTENT_FILTER)
_RATE = Code(Kind.RATE_LIMIT)

PROFILE = Profile(
    "hunyuan",
    "Tencent Hunyuan",
    Role.HOST,
    aliases=("tencent hunyuan", "tencent cloud hunyuan", "混元", "腾讯混元"),
    hosts=(
        "api.hunyuan.cloud.tencent.com",
        "hunyuan.tencentcloudapi.com",
        "hunyuan.intl.tencentcloudapi.com",
    ),
    # The SDK's exception lives in tencentcloud.common, shared by every Tencent Cloud service;
    # the one that serves language models is Hunyuan.
    modules=("tencentcloud.hunyuan", "tencentcloud"),
    # The SDK's exception names itself in its text ("[TencentCloudSDKException] code:…").
    # "腾讯混元" is spelled out: words start on a word boundary, which 讯混 is not.
    words=(
        "hunyuan|混元|tencentcloudsdkexception",
        r"hunyuan|腾讯混元|混元|tencentcloudsdkexception",
    ),
    codes={
        # Common error codes (document/product/1284/75543, 公共错误码).
        **dict.fromkeys(
            (
                "authfailure.invalidauthorization",
                "authfailure.invalidsecretid",
                "authfailure.mfafailure",
                "authfailure.secretidnotfound",
                "authfailure.signatureexpire",
                "authfailure.signaturefailure",
                "authfailure.tokenfailure",
                "authfailure.unauthorizedoperation",
                "unauthorizedoperation",
                "ipinblacklist",
                "ipnotinwhitelist",
                "unsupportedregion",
            ),
            _AUTH,
        ),
        **dict.fromkeys(
            (
                "actionoffline",
                "invalidaction",
                "unknownparameter",
                "invalidparametervalue",
                "nosuchversion",
                "unsupportedoperation",
                "unsupportedprotocol",
            ),
            _CONFIG,
        ),
        # The request frequency limits (请求的次数超过了频率限制), per account, per IP.
        **dict.fromkeys(
            (
                "requestlimitexceeded",
                "requestlimitexceeded.uinlimitexceeded",
                "requestlimitexceeded.globalregionuinlimitexceeded",
                "requestlimitexceeded.iplimitexceeded",
            ),
            _RATE,
        ),
        "requestsizelimitexceeded": Code(Kind.CONTEXT_LENGTH),  # the request is too large
        # 超过配额限制: for a chat API, whose only quota is its concurrency; a family-level hint.
        "limitexceeded": Code(Kind.RATE_LIMIT, Tier.HINT),
        # Hunyuan's own codes (errorcodes.py).
        "failedoperation.enginerequesttimeout": Code(Kind.TIMEOUT),  # 引擎层请求超时
        "failedoperation.engineservererror": Code(Kind.GENERIC, Tier.HINT, True),  # 引擎层内部错误
        "failedoperation.engineserverlimitexceeded": _RATE,  # 引擎层请求超过限额, 请稍后重试
        "failedoperation.consoleservererror": Code(Kind.GENERIC, Tier.HINT, True),
        "failedoperation.freeresourcepackexhausted": _USAGE,  # 免费资源包余量已用尽
        "failedoperation.resourcepackexhausted": _USAGE,  # 资源包余量已用尽
        "failedoperation.servicestoparrears": _USAGE,  # 欠费停服
        "failedoperation.servicenotactivated": _AUTH,  # 服务未开通
        "failedoperation.servicestop": _AUTH,  # 用户主动停服
        "failedoperation.userunautherror": _AUTH,  # 用户未实名
        "failedoperation.partneraccountunsupport": _AUTH,  # 合作伙伴账号不允许开通
        "failedoperation.generateimagefailed": _FILTER,  # 图片包含敏感内容
        "invalidparametervalue.model": _CONFIG,  # 模型不存在
        "invalidparametervalue.parametervalueerror": _CONFIG,  # 参数字段或者值有误
        "invalidparameter.invalidparameter": _CONFIG,  # 参数不合法
        "operationdenied.textillegaldetected": _FILTER,  # 文本包含违法违规信息
        "operationdenied.imageillegaldetected": _FILTER,  # 图片可能包含敏感信息
        "resourceinsufficient.chargeresourceexhaust": _USAGE,  # 计费资源已耗尽
        "resourceunavailable.inarrears": _USAGE,  # 账号已欠费
        "resourceunavailable.lowbalance": _USAGE,  # 余额不足
        "resourceunavailable.stopusing": _USAGE,  # 账号已停服
        "resourceunavailable.notexist": _AUTH,  # 计费状态未知: is the service activated?
    },
    phrases=(
        # RequestLimitExceeded's Chinese description (公共错误码).
        phrase(Kind.RATE_LIMIT, "频率限制", r"请求的次数超过了频率限制", bounded=False),
        # FailedOperation.*ResourcePackExhausted: 请购买资源包或开通后付费.
        phrase(Kind.USAGE_LIMIT, "资源包余量已用尽", r"资源包余量已用尽", bounded=False),
        # ResourceInsufficient.ChargeResourceExhaust's description (计费资源已耗尽, the billed
        # resource is used up; document/product/1729/101838 错误码).
        phrase(Kind.USAGE_LIMIT, "计费资源已耗尽", r"计费资源已耗尽", bounded=False),
        # The common error codes' English messages (tencentcloud.com/document/api/1036/38589, the
        # same table under every Tencent Cloud product): AuthFailure.SignatureFailure's body text,
        # SecretIdNotFound, SignatureExpire and RequestLimitExceeded.
        phrase(
            Kind.AUTH,
            "credentials could not be validated|key does not exist|signature expired",
            r"the provided credentials could not be validated"
            r"|key does not exist\. check if the key has been deleted"
            r"|signature expired\. timestamp and server time",
        ),
        phrase(
            Kind.RATE_LIMIT,
            "exceeds the frequency limit",
            r"number of requests exceeds the frequency limit",
        ),
    ),
    shape=_shape,
)
