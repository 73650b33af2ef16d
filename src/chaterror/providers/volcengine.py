"""Volcengine Ark (火山方舟, Doubao) and BytePlus ModelArk, its international twin.

Ark answers with OpenAI's envelope, ``{"error": {"code", "message", "param", "type"}}``, where
``code`` is a CamelCase, sometimes dotted, name ("InvalidEndpointOrModel.NotFound") and
``type`` the HTTP reason ("Forbidden", "TooManyRequests"); messages end in "Request id: …".
Traps: three different 429s. SetLimitExceeded is the user's own inference cap ("Safe Experience
Mode") and QuotaExceeded a spent free quota, both hard caps; ModelAccount{Rpm,Tpm}RateLimitExceeded
and RateLimitExceeded.Endpoint{RPM,TPM}Exceeded are per-minute limits; ServerOverloaded is the
platform's capacity. AccountOverdueError (403) is an unpaid balance, not a permission problem.

Sources, read 2026-12-01: volcengine.com/docs/82379/1299023 (公共错误码: HTTP 状态码 | 错误类型
type | 错误码 code | 错误信息 message | 含义) and the same table in the Ark API reference PDF
("API参考 13. 其他说明", pages 457-469), docs.byteplus.com (ModelArk). Hosts and modules:
PyPI volcengine-python-sdk (``volcenginesdkarkruntime``, base URL
https://ark.cn-beijing.volces.com/api/v3) and the older ``volcengine.maas`` SDK.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import Code, Phrase, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    """Ark's error object: a CamelCase ``code`` ("ModelAccountTpmRateLimitExceeded") and a
    message that ends with its request id ("… Request id: 0217…")."""
    code, message = error.get("code"), error.get("message")
    return (
        isinstance(code, str)
        and code[:1].isupper()
        and "_" not in code
        and isinstance(message, str)
        and "request id: " in message.lower()
    )


_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)
_RATE = Code(Kind.RATE_LIMIT)
_USAGE = Code(Kind.USAGE_LIMIT)
_FILTER = Code(Kind.CONTENT_FILTER)

PROFILE = Profile(
    "volcengine",
    "Volcengine Ark",
    Role.HOST,
    aliases=(
        "ark",
        "volcengine ark",
        "volcano engine",
        "volces",
        "doubao",
        "byteplus",
        "byteplus modelark",
        "modelark",
        "豆包",
        "火山引擎",
        "火山方舟",
    ),
    # Regional Ark hosts are subdomains of volces.com (ark.cn-beijing.volces.com); BytePlus
    # ModelArk is ark.ap-southeast.bytepluses.com and its regional twins.
    hosts=("ark.cn-beijing.volces.com", "volces.com", "ark.*.bytepluses.com"),
    modules=("volcenginesdkarkruntime", "volcengine.maas"),
    words=(
        "volcengine|volces|bytepluses|modelark|doubao|火山|豆包",
        r"volcengine|volces|bytepluses|modelark|doubao|火山引擎|火山方舟|豆包",
    ),
    # volcengine.com/docs/82379/1299023, with each row's HTTP status and type. Left out:
    # InvalidParameter (DashScope's profile declares it: a config fallback) and the parametrised
    # InvalidParameter.{parameter} / MissingParameter.{parameter} rows, which the 400 covers.
    codes={
        "missingparameter": _CONFIG,  # 400 BadRequest: a required parameter is missing
        # 400: the endpoint is closed or temporarily unavailable (its owner must reopen it).
        "invalidendpoint.closedendpoint": _CONFIG,
        "authenticationerror": _AUTH,  # 401: the API key or AK/SK is missing or invalid
        "accountoverdueerror": _USAGE,  # 403: the account has an overdue balance (top up)
        # 403: "Your account %s has exhausted its file storage quota".
        "operationdenied.filequotaexceeded": _USAGE,
        "invalidendpointormodel.notfound": _CONFIG,  # 404: model or endpoint does not exist
        "invalidendpoint.notfound": _CONFIG,  # 404 (the 2024 table)
        # 404: the account may not call the model by its id; use an endpoint id.
        "invalidendpointormodel.modelidaccessdisabled": _AUTH,
        "modelnotopen": _AUTH,  # 404: the account has not activated the model service
        "unsupportedmodel": _CONFIG,  # 404: the model does not support the coding plan
        # 429: the per-minute limits of an endpoint, a foundation model, the account.
        "ratelimitexceeded.endpointrpmexceeded": _RATE,
        "ratelimitexceeded.endpointtpmexceeded": _RATE,
        "ratelimitexceeded.foundationmodelrpmexceeded": _RATE,
        "ratelimitexceeded.foundationmodeltpmexceeded": _RATE,
        "modelaccountrpmratelimitexceeded": _RATE,
        "modelaccounttpmratelimitexceeded": _RATE,
        # 429: "Your account has reached the set inference limit for the model … Safe
        # Experience Mode": the user's own cap, lifted in the console, not by waiting.
        "setlimitexceeded": _USAGE,
        "quotaexceeded": _USAGE,  # 429: the free trial quota is used up
        # 429: a Coding Plan's 5-hour (or weekly, monthly) usage quota is spent until its window
        # turns (developer.volcengine.com/articles/7618480646865682473).
        "accountquotaexceeded": _USAGE,
        "serveroverloaded": Code(Kind.OVERLOADED),  # 429/503: the service is overloaded
        "internalserviceerror": Code(Kind.GENERIC, Tier.HINT, True),  # 500
        # 400: the input or output may contain sensitive information, for every medium the
        # table lists (text, image, video, audio), with the sub-codes the Seedance and Seedream
        # tasks add (.PolicyViolation: copyright, .PrivacyInformation: a real person,
        # .DeepFake), and SensitiveContentDetected's .SevereViolation and .Violence rows.
        "sensitivecontentdetected": _FILTER,
        "sensitivecontentdetected.severeviolation": _FILTER,
        "sensitivecontentdetected.violence": _FILTER,
        **{
            f"{side}{medium}sensitivecontentdetected{sub}": _FILTER
            for side in ("input", "output")
            for medium in ("text", "image", "video", "audio")
            for sub in ("", ".policyviolation", ".privacyinformation", ".deepfake")
        },
        # 400: Volcengine's content security product flagged the text or image.
        "inputtextriskdetection": _FILTER,
        "inputimageriskdetection": _FILTER,
        "outputtextriskdetection": _FILTER,
        "outputimageriskdetection": _FILTER,
    },
    phrases=(
        # The table's messages, for logs that keep only the message.
        # InputImageSensitiveContentDetected.PrivacyInformation (400): "The request failed
        # because the input image may contain real person" (volcengine.com/docs/82379/1299023):
        # the input check refused the image; another input is needed.
        phrase(
            Kind.CONTENT_FILTER,
            "may contain real person",
            r"(?:input|output) (?:image|video) may contain (?:a )?real person",
        ),
        # The SensitiveContentDetected rows' messages (docs.byteplus.com/en/docs/ModelArk/1299023,
        # volcengine.com/docs/82379/1299023): "The request failed because the input text may
        # contain sensitive information" and its .Violence and .SevereViolation rows ("… may
        # contain violence information"), for text, image, video and audio, input or output.
        phrase(
            Kind.CONTENT_FILTER,
            "may contain",
            r"(?:input|output) (?:text|image|video|audio) may contain"
            r" (?:sensitive|violence|severe violation|[a-z]{1,20}) information",
        ),
        # InvalidEndpoint.ClosedEndpoint (400): "The request targeted an endpoint that is
        # currently closed or temporarily unavailable" (volcengine.com/docs/82379/1099476): its
        # owner must reopen it.
        phrase(
            Kind.CONFIG,
            "endpoint that is currently closed",
            r"targeted an endpoint that is currently closed",
        ),
        phrase(
            Kind.USAGE_LIMIT,
            "set inference limit",
            r"has reached the set inference limit",
        ),
        phrase(Kind.USAGE_LIMIT, "safe experience mode", r"safe experience mode"),
        phrase(Kind.USAGE_LIMIT, "overdue balance", r"your account has an overdue balance"),
        phrase(
            Kind.AUTH,
            "ak/sk in the request",
            r"the api key or ak/sk in the request is missing or invalid",
        ),
        phrase(
            Kind.CONTENT_FILTER,
            "may contain sensitive information",
            r"(?:input|output) (?:text|image|video|audio) may contain sensitive information"
            r"|output video may be related to copyright restrictions",
        ),
        # The whole moderation family by its code, whatever the medium and sub-code
        # (InputAudioSensitiveContentDetected, OutputVideoSensitiveContentDetected.PolicyViolation,
        # SensitiveContentDetected.SevereViolation …; the Seedance video task failures and
        # volcengine.com/docs/82379/1299023): the table above lists only the plain codes.
        Phrase(
            Tier.CODE,
            Kind.CONTENT_FILTER,
            ("sensitivecontentdetected",),
            r"(?:(?:input|output)(?:text|image|video|audio))?sensitivecontentdetected\b",
        ),
        phrase(
            Kind.CONTENT_FILTER,
            "contentsecuritydetection",
            r"includes sensitive content that violates contentsecuritydetection",
        ),
        # 当前账号欠费 (AccountOverdueError's 含义).
        phrase(Kind.USAGE_LIMIT, "当前账号欠费", r"当前账号欠费", bounded=False),
    ),
    shape=_shape,
)
