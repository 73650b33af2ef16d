"""Baidu Qianfan, Volcengine Ark, MiniMax and Tencent Hunyuan: each documented error, in the
envelope the provider sends and as text, gets the kind its documentation gives it.

Every body and wording below is copied from the source its profile module cites
(``src/chaterror/providers/{qianfan,volcengine,minimax,hunyuan}.py``).
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify
from chaterror._body import read_body
from chaterror.providers import provider_from_host, provider_from_module, provider_from_words
from foreign import check_documented_body, check_documented_text, sdk_error

_QIANFAN = "https://aip.baidubce.com/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/completions"
_QIANFAN_V2 = "https://qianfan.baidubce.com/v2/chat/completions"
_ARK = "https://ark.cn-beijing.volces.com/api/v3/chat/completions"
_MODELARK = "https://ark.ap-southeast.bytepluses.com/api/v3/chat/completions"
_MINIMAX = "https://api.minimax.io/v1/text/chatcompletion_v2"
_MINIMAXI = "https://api.minimaxi.com/v1/text/chatcompletion_v2"
_HUNYUAN = "https://hunyuan.tencentcloudapi.com/"


def _baidu(code: int, message: str) -> dict[str, Any]:
    return {"error_code": code, "error_msg": message}


def _openai(code: str, message: str, type_: str, **envelope: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "type": type_}, **envelope}


def _ark(code: str, message: str, type_: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "param": "", "type": type_}}


def _minimax(code: int, message: str) -> dict[str, Any]:
    return {
        "id": "0412",
        "choices": None,
        "base_resp": {"status_code": code, "status_msg": message},
    }


def _tencent(code: str, message: str) -> dict[str, Any]:
    return {"Response": {"Error": {"Code": code, "Message": message}, "RequestId": "ed93f3cb"}}


_DOCUMENTED = [
    # Qianfan's classic API (WENXINWORKSHOP/tlmyncueh): HTTP 200, the number decides.
    pytest.param(
        _QIANFAN,
        200,
        _baidu(17, "Open api daily request limit reached"),
        Kind.USAGE_LIMIT,
        "17",
        id="qianfan-17-daily-limit",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(18, "Open api qps request limit reached"),
        Kind.RATE_LIMIT,
        "18",
        id="qianfan-18-qps",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(19, "Open api total request limit reached"),
        Kind.USAGE_LIMIT,
        "19",
        id="qianfan-19-total-limit",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(4, "Open api request limit reached"),
        Kind.OVERLOADED,
        "4",
        id="qianfan-4-cluster-limit",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(110, "Access token invalid or no longer valid"),
        Kind.AUTH,
        None,
        id="qianfan-110-token-invalid",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(111, "Access token expired"),
        Kind.AUTH,
        None,
        id="qianfan-111-token-expired",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(6, "No permission to access data"),
        Kind.AUTH,
        "6",
        id="qianfan-6-no-permission",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(336003, "Invalid param"),
        Kind.CONFIG,
        "336003",
        id="qianfan-336003-invalid-param",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(336100, "server high load"),
        Kind.OVERLOADED,
        "336100",
        id="qianfan-336100-high-load",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(336103, "the input is too long"),
        Kind.CONTEXT_LENGTH,
        "336103",
        id="qianfan-336103-too-long",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(336501, "Rate limit reached for RPM"),
        Kind.RATE_LIMIT,
        "336501",
        id="qianfan-336501-rpm",
    ),
    pytest.param(
        _QIANFAN,
        200,
        _baidu(336502, "Rate limit reached for TPM"),
        Kind.RATE_LIMIT,
        "336502",
        id="qianfan-336502-tpm",
    ),
    # Qianfan v2 (cloud.baidu.com/doc/qianfan-api/s/rmwbl43x7).
    pytest.param(
        _QIANFAN_V2,
        400,
        _openai("tokens_too_long", "Prompt tokens too long", "invalid_request_error", id="as-t2z8"),
        Kind.CONTEXT_LENGTH,
        "tokens_too_long",
        id="qianfan-v2-tokens-too-long",
    ),
    pytest.param(
        _QIANFAN_V2,
        400,
        _openai(
            "characters_too_long",
            "the max input characters is 20000",
            "invalid_request_error",
            id="as-t2z8",
        ),
        Kind.CONTEXT_LENGTH,
        "characters_too_long",
        id="qianfan-v2-characters-too-long",
    ),
    pytest.param(
        _QIANFAN_V2,
        400,
        _openai("malformed_json", "Invalid Argument", "invalid_request_error", id="as-t2z8"),
        Kind.CONFIG,
        "malformed_json",
        id="qianfan-v2-malformed-json",
    ),
    pytest.param(
        _QIANFAN_V2,
        401,
        _openai(
            "invalid_iam_token", "IAM Certification failed", "invalid_request_error", id="as-1"
        ),
        Kind.AUTH,
        "invalid_iam_token",
        id="qianfan-v2-iam",
    ),
    pytest.param(
        _QIANFAN_V2,
        429,
        _openai(
            "rpm_rate_limit_exceeded",
            "Rate limit reached for RPM",
            "rate_limit_exceeded",
            id="as-1",
        ),
        Kind.RATE_LIMIT,
        "rpm_rate_limit_exceeded",
        id="qianfan-v2-rpm",
    ),
    # Volcengine Ark (volcengine.com/docs/82379/1299023).
    pytest.param(
        _ARK,
        429,
        _ark(
            "SetLimitExceeded",
            "Your account [2100] has reached the set inference limit for the [doubao-pro-32k] "
            "model, and the model service has been paused. To continue using this model, please "
            'visit the Model Activation page to adjust or close the "Safe Experience Mode". '
            "Request id: 0217",
            "TooManyRequests",
        ),
        Kind.USAGE_LIMIT,
        "SetLimitExceeded",
        id="ark-set-limit",
    ),
    pytest.param(
        _ARK,
        429,
        _ark(
            "ModelAccountTpmRateLimitExceeded",
            "The request has exceeded the TPM limit of the model for your account. Request id: 1",
            "TooManyRequests",
        ),
        Kind.RATE_LIMIT,
        "ModelAccountTpmRateLimitExceeded",
        id="ark-account-tpm",
    ),
    pytest.param(
        _ARK,
        429,
        _ark(
            "ModelAccountRpmRateLimitExceeded",
            "The request has exceeded the RPM limit of the model for your account. Request id: 1",
            "TooManyRequests",
        ),
        Kind.RATE_LIMIT,
        "ModelAccountRpmRateLimitExceeded",
        id="ark-account-rpm",
    ),
    pytest.param(
        _ARK,
        429,
        _ark(
            "RateLimitExceeded.EndpointRPMExceeded",
            "The Requests Per Minute (RPM) limit of the associated endpoint for your account "
            "has been exceeded. Request ID: 1",
            "TooManyRequests",
        ),
        Kind.RATE_LIMIT,
        "RateLimitExceeded.EndpointRPMExceeded",
        id="ark-endpoint-rpm",
    ),
    pytest.param(
        _MODELARK,
        429,
        _ark(
            "ServerOverloaded",
            "The service is currently overloaded. Request id: 1",
            "TooManyRequests",
        ),
        Kind.OVERLOADED,
        "ServerOverloaded",
        id="modelark-overloaded",
    ),
    pytest.param(
        _ARK,
        429,
        _ark("QuotaExceeded", "The free quota is exhausted. Request id: 1", "TooManyRequests"),
        Kind.USAGE_LIMIT,
        "QuotaExceeded",
        id="ark-quota",
    ),
    pytest.param(
        _ARK,
        403,
        _ark(
            "AccountOverdueError",
            "The request failed because your account has an overdue balance. Request ID: 1",
            "Forbidden",
        ),
        Kind.USAGE_LIMIT,
        "AccountOverdueError",
        id="ark-overdue",
    ),
    pytest.param(
        _ARK,
        401,
        _ark(
            "AuthenticationError",
            "The API key or AK/SK in the request is missing or invalid. Request ID: 1",
            "Unauthorized",
        ),
        Kind.AUTH,
        "AuthenticationError",
        id="ark-authentication",
    ),
    pytest.param(
        _ARK,
        404,
        _ark(
            "InvalidEndpointOrModel.NotFound",
            "The model or endpoint doubao-x does not exist or you do not have access to it. "
            "Request id: 1",
            "NotFound",
        ),
        Kind.CONFIG,
        "InvalidEndpointOrModel.NotFound",
        id="ark-model-not-found",
    ),
    pytest.param(
        _ARK,
        400,
        _ark(
            "InputTextSensitiveContentDetected",
            "The request failed because the input text may contain sensitive information. "
            "Request id: 1",
            "BadRequest",
        ),
        Kind.CONTENT_FILTER,
        "InputTextSensitiveContentDetected",
        id="ark-input-sensitive",
    ),
    pytest.param(
        _ARK,
        400,
        _ark(
            "OutputTextSensitiveContentDetected",
            "The request failed because the output text may contain sensitive information. "
            "Request id: 1",
            "BadRequest",
        ),
        Kind.CONTENT_FILTER,
        "OutputTextSensitiveContentDetected",
        id="ark-output-sensitive",
    ),
    pytest.param(
        _ARK,
        400,
        _ark(
            "InvalidParameter",
            "One or more parameters specified in the request are not valid. Request ID: 1",
            "BadRequest",
        ),
        Kind.CONFIG,
        "InvalidParameter",
        id="ark-invalid-parameter",
    ),
    # MiniMax (platform.minimax.io/docs/api-reference/errorcode.md): base_resp under a 200.
    pytest.param(
        _MINIMAX, 200, _minimax(1002, "rate limit"), Kind.RATE_LIMIT, "1002", id="mm-1002"
    ),
    pytest.param(
        _MINIMAX,
        200,
        _minimax(1004, "not authorized / token not match group / cookie is missing"),
        Kind.AUTH,
        "1004",
        id="mm-1004",
    ),
    pytest.param(
        _MINIMAXI, 200, _minimax(1008, "余额不足"), Kind.USAGE_LIMIT, "1008", id="mm-1008"
    ),
    pytest.param(
        _MINIMAX,
        200,
        _minimax(1026, "input new_sensitive"),
        Kind.CONTENT_FILTER,
        "1026",
        id="mm-1026",
    ),
    pytest.param(
        _MINIMAX,
        200,
        _minimax(1027, "output new_sensitive"),
        Kind.CONTENT_FILTER,
        "1027",
        id="mm-1027",
    ),
    pytest.param(
        _MINIMAX, 200, _minimax(1039, "token limit"), Kind.RATE_LIMIT, "1039", id="mm-1039"
    ),
    pytest.param(
        _MINIMAX, 200, _minimax(2013, "invalid params"), Kind.CONFIG, "2013", id="mm-2013"
    ),
    pytest.param(
        "https://api.minimax.chat/v1/text/chatcompletion_v2",
        200,
        _minimax(1001, "request timeout"),
        Kind.TIMEOUT,
        "1001",
        id="mm-1001-old-host",
    ),
    # Tencent Hunyuan (document/product/1284/75543; errorcodes.py).
    pytest.param(
        _HUNYUAN,
        200,
        _tencent(
            "AuthFailure.SignatureFailure",
            "The provided credentials could not be validated. Please check your signature is "
            "correct.",
        ),
        Kind.AUTH,
        "AuthFailure.SignatureFailure",
        id="hunyuan-signature",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("AuthFailure.SecretIdNotFound", "Key does not exist."),
        Kind.AUTH,
        "AuthFailure.SecretIdNotFound",
        id="hunyuan-secret-id",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("RequestLimitExceeded", "请求的次数超过了频率限制。"),
        Kind.RATE_LIMIT,
        "RequestLimitExceeded",
        id="hunyuan-request-limit",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("LimitExceeded", "超过配额限制。"),
        Kind.RATE_LIMIT,
        "LimitExceeded",
        id="hunyuan-limit-exceeded",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("ResourceInsufficient.ChargeResourceExhaust", "计费资源已耗尽。"),
        Kind.USAGE_LIMIT,
        "ResourceInsufficient.ChargeResourceExhaust",
        id="hunyuan-charge-exhausted",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("ResourceUnavailable.InArrears", "账号已欠费。"),
        Kind.USAGE_LIMIT,
        "ResourceUnavailable.InArrears",
        id="hunyuan-arrears",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent(
            "FailedOperation.ResourcePackExhausted", "资源包余量已用尽，请购买资源包或开通后付费。"
        ),
        Kind.USAGE_LIMIT,
        "FailedOperation.ResourcePackExhausted",
        id="hunyuan-pack-exhausted",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("FailedOperation.EngineServerLimitExceeded", "引擎层请求超过限额；请稍后重试。"),
        Kind.RATE_LIMIT,
        "FailedOperation.EngineServerLimitExceeded",
        id="hunyuan-engine-limit",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("FailedOperation.EngineRequestTimeout", "引擎层请求超时；请稍后重试。"),
        Kind.TIMEOUT,
        "FailedOperation.EngineRequestTimeout",
        id="hunyuan-engine-timeout",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("OperationDenied.TextIllegalDetected", "文本包含违法违规信息，审核不通过。"),
        Kind.CONTENT_FILTER,
        "OperationDenied.TextIllegalDetected",
        id="hunyuan-text-illegal",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("InvalidParameterValue.Model", "模型不存在。"),
        Kind.CONFIG,
        "InvalidParameterValue.Model",
        id="hunyuan-model",
    ),
    pytest.param(
        _HUNYUAN,
        200,
        _tencent("FailedOperation.ServiceNotActivated", "服务未开通，请前往控制台申请试用。"),
        Kind.AUTH,
        "FailedOperation.ServiceNotActivated",
        id="hunyuan-not-activated",
    ),
]


@pytest.mark.parametrize(("url", "status", "body", "kind", "code"), _DOCUMENTED)
def test_documented_bodies_classify_as_documented(
    url: str, status: int, body: dict[str, Any], kind: Kind, code: str | None
) -> None:
    """A documented error body from the provider's host gets its documented kind and code."""
    check_documented_body(url, status, body, kind, code)


@pytest.mark.parametrize(("url", "status", "body", "kind", "code"), _DOCUMENTED)
def test_documented_bodies_as_text_classify_as_documented(
    url: str, status: int, body: dict[str, Any], kind: Kind, code: str | None
) -> None:
    """The same body printed in a log, with no URL and no status, keeps its kind and its
    provider (read from the body's shape or its wording)."""
    check_documented_text(url, body, kind, with_code=False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The SDKs' own renderings (qianfan errors.py APIError, tencentcloud-sdk-python).
        pytest.param(
            "api return error, req_id: as-1 code: 17, msg: Open api daily request limit reached",
            Kind.USAGE_LIMIT,
            id="qianfan-sdk-daily",
        ),
        pytest.param(
            "[TencentCloudSDKException] code:ResourceUnavailable.InArrears message:账号已欠费 "
            "requestId:ed93f3cb",
            Kind.USAGE_LIMIT,
            id="tencent-sdk-arrears",
        ),
        pytest.param(
            "[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired",
            Kind.AUTH,
            id="tencent-sdk-signature-expired",
        ),
        # Wordings alone, as logs keep them.
        pytest.param("Open api qps request limit reached", Kind.RATE_LIMIT, id="qianfan-qps-text"),
        pytest.param("Open api request limit reached", Kind.OVERLOADED, id="qianfan-4-text"),
        pytest.param("Access token expired", Kind.AUTH, id="qianfan-111-text"),
        pytest.param("请求过于频繁，请稍后再试", Kind.RATE_LIMIT, id="zh-requests-too-frequent"),
        pytest.param("访问过于频繁", Kind.RATE_LIMIT, id="zh-visits-too-frequent"),
        pytest.param("No permission to use the model", Kind.AUTH, id="qianfan-v2-model-permission"),
        pytest.param(
            'please visit the Model Activation page to adjust or close the "Safe Experience Mode"',
            Kind.USAGE_LIMIT,
            id="ark-safe-experience-mode",
        ),
        pytest.param(
            "当前账号欠费，如需继续调用，请前往充值", Kind.USAGE_LIMIT, id="ark-overdue-zh"
        ),
        pytest.param(
            "The request could not be processed because the input text includes sensitive "
            "content that violates ContentSecurityDetection.",
            Kind.CONTENT_FILTER,
            id="ark-content-security",
        ),
        pytest.param("输入内容涉敏", Kind.CONTENT_FILTER, id="minimax-input-sensitive-zh"),
        pytest.param("token not match group", Kind.AUTH, id="minimax-1004-text"),
        pytest.param("资源包余量已用尽，请购买资源包", Kind.USAGE_LIMIT, id="hunyuan-pack-zh"),
    ],
)
def test_documented_wordings_classify_as_documented(text: str, kind: Kind) -> None:
    """A documented wording alone, or an SDK's rendering of the error, gets its kind."""
    assert classify(text).kind is kind


@pytest.mark.parametrize(
    ("host", "provider"),
    [
        pytest.param("aip.baidubce.com", "qianfan", id="qianfan-classic"),
        pytest.param("qianfan.baidubce.com", "qianfan", id="qianfan-v2"),
        pytest.param("ark.cn-shanghai.volces.com", "volcengine", id="ark-other-region"),
        pytest.param("ark.ap-southeast.bytepluses.com", "volcengine", id="modelark"),
        pytest.param("api.minimaxi.com", "minimax", id="minimax-cn"),
        pytest.param("api.hunyuan.cloud.tencent.com", "hunyuan", id="hunyuan-openai-compatible"),
        pytest.param("hunyuan.intl.tencentcloudapi.com", "hunyuan", id="hunyuan-intl"),
        pytest.param("cvm.tencentcloudapi.com", None, id="other-tencent-service"),
        pytest.param("bytepluses.com", None, id="byteplus-apex"),
    ],
)
def test_hosts(host: str, provider: str | None) -> None:
    """Regional and international hosts find their provider; neighbours do not."""
    assert provider_from_host(host) == provider


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        pytest.param("千帆 ModelBuilder 调用失败", "qianfan", id="qianfan-zh"),
        pytest.param("calling doubao-seed-1.6 failed", "volcengine", id="doubao"),
        pytest.param("火山方舟 returned an error", "volcengine", id="ark-zh"),
        pytest.param("MiniMax API error: rate limit", "minimax", id="minimax-api"),
        pytest.param("model minimax/minimax-m2 failed", None, id="minimax-model-elsewhere"),
        pytest.param("hunyuan-turbos-latest: 超时", "hunyuan", id="hunyuan-model"),
        pytest.param("腾讯混元 调用失败", "hunyuan", id="hunyuan-zh"),
    ],
)
def test_words(text: str, provider: str | None) -> None:
    """Provider names in free text find the provider; a MiniMax model served elsewhere does
    not name MiniMax."""
    assert provider_from_words(text) == provider


@pytest.mark.parametrize(
    ("module", "provider"),
    [
        pytest.param("qianfan.errors", "qianfan", id="qianfan"),
        pytest.param("volcenginesdkarkruntime._exceptions", "volcengine", id="ark-runtime"),
        pytest.param("volcengine.maas.exception", "volcengine", id="volcengine-maas"),
        pytest.param(
            "tencentcloud.common.exception.tencent_cloud_sdk_exception", "hunyuan", id="tencent"
        ),
    ],
)
def test_sdk_modules(module: str, provider: str) -> None:
    """An exception from the provider's SDK names the provider."""
    assert provider_from_module(module) == provider


def test_ark_sdk_error_is_read_by_shape() -> None:
    """volcenginesdkarkruntime's ArkRateLimitError (openai's shape: status_code, body, code)
    with SetLimitExceeded is Ark's usage limit, not a retryable 429."""
    body = {
        "code": "SetLimitExceeded",
        "message": "Your account [2100] has reached the set inference limit for the [doubao] "
        "model. Request id: 1",
        "param": "",
        "type": "TooManyRequests",
    }
    exc = sdk_error(
        "volcenginesdkarkruntime._exceptions",
        "ArkRateLimitError",
        f"Error code: 429 - {{'error': {body!r}}}, request_id: 1",
        status_code=429,
        body=body,
        code="SetLimitExceeded",
        type="TooManyRequests",
    )
    err = classify(exc)
    assert (err.provider, err.kind, err.code, err.retryable) == (
        "volcengine",
        Kind.USAGE_LIMIT,
        "SetLimitExceeded",
        False,
    )


def test_qianfan_sdk_error_is_read_by_shape() -> None:
    """qianfan's APIError keeps error_code as an int and renders "api return error, … msg: …":
    the module names Qianfan and the message gives the kind."""
    exc = sdk_error(
        "qianfan.errors",
        "APIError",
        "api return error, req_id: as-1 code: 18, msg: Open api qps request limit reached",
        error_code=18,
        error_msg="Open api qps request limit reached",
        req_id="as-1",
    )
    err = classify(exc)
    assert (err.provider, err.kind, err.retryable) == ("qianfan", Kind.RATE_LIMIT, True)


def test_tencent_sdk_exception_is_read_by_shape() -> None:
    """tencentcloud's TencentCloudSDKException, recognised by its module and ``code``
    attribute, classifies from its code."""
    cls = type(
        "TencentCloudSDKException",
        (Exception,),
        {"__module__": "tencentcloud.common.exception.tencent_cloud_sdk_exception"},
    )
    exc = cls("[TencentCloudSDKException] code:FailedOperation.ServiceStopArrears message:欠费停服")
    exc.code = "FailedOperation.ServiceStopArrears"  # type: ignore[attr-defined]
    err = classify(exc)
    assert (err.provider, err.kind, err.code) == (
        "hunyuan",
        Kind.USAGE_LIMIT,
        "FailedOperation.ServiceStopArrears",
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            {"id": "1", "choices": [], "base_resp": {"status_code": 0, "status_msg": "success"}},
            id="minimax-success",
        ),
        pytest.param({"Response": {"RequestId": "1", "Output": "x"}}, id="tencent-success"),
    ],
)
def test_success_envelopes_are_not_errors(body: dict[str, Any]) -> None:
    """MiniMax's status_code 0 and a Tencent Response without Error are successes."""
    assert read_body(body) is None


@pytest.mark.parametrize(
    ("body", "shape"),
    [
        pytest.param(_tencent("InternalError", "x"), "hunyuan", id="tencent"),
        pytest.param(
            {
                "Error": {"Type": "Sender", "Code": "Throttling", "Message": "Rate exceeded"},
                "RequestId": "ed93f3cb",
            },
            None,
            id="aws-query-protocol",
        ),
    ],
)
def test_tencent_envelope_shape(body: dict[str, Any], shape: str | None) -> None:
    """Tencent's Response gives the request id and names Hunyuan; AWS's look-alike query
    error (with Error.Type) keeps its request id and names no one."""
    found = read_body(body)
    assert found is not None and (found.request_id, found.shape) == ("ed93f3cb", shape)
