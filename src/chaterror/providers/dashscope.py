"""Alibaba Cloud Model Studio (DashScope, Qwen): the native API and its OpenAI-compatible mode.

Sources: alibabacloud.com/help/en/model-studio/error-code, help.aliyun.com/en/model-studio
(error-code-start, rate-limit), PyPI dashscope 2.0.2 (``dashscope/v2/errors.py``,
``_error_registry.py``, ``common/env.py``, ``v2/_config.py``).

Traps: "You exceeded your current quota" and the OpenAI-compatible ``insufficient_quota`` mean
the per-minute token limit here (Throttling.AllocationQuota, recovering within a minute), the
opposite of OpenAI's meaning: ``overrides`` and the wording's ``unless`` say so for DashScope
alone. API keys are region-bound: a Beijing key on dashscope-intl is an
InvalidApiKey 401. The gateway may answer 200 with a business error in the body.
"""

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
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
        "alibaba cloud model studio",
        "dashscope-intl",
        "tongyi",
        "百炼",
        "通义",
    ),
    # dashscope/common/env.py:106-117, v2/_config.py:70-77 (regional hosts such as
    # cn-hongkong.dashscope.aliyuncs.com are subdomains), dashscope/__init__.py:111
    # ({workspace_id}.{region}.maas.aliyuncs.com).
    hosts=(
        "dashscope.aliyuncs.com",
        "dashscope-intl.aliyuncs.com",
        "dashscope-us.aliyuncs.com",
        "maas.aliyuncs.com",
    ),
    modules=("dashscope",),
    # "Alibaba" alone also names a model family on routers ("alibaba/qwen-max"): only the
    # cloud's and its console's names, or a client naming its "provider (Alibaba)".
    words=(
        "dashscope|aliyun|bailian|tongyi|alibaba cloud|model studio|provider (alibaba)",
        r"dashscope|aliyun|bailian|tongyi|alibaba cloud|model studio|provider \(alibaba\)",
    ),
    codes={
        # help.aliyun.com/en/model-studio/error-code-start and dashscope/v2/errors.py:40-53.
        "invalidapikey": Code(Kind.AUTH),
        "accessdenied": Code(Kind.AUTH),
        "accessdenied.unpurchased": Code(Kind.AUTH),
        # "Access denied, please make sure your account is in good standing": overdue payment.
        # The SDK files it under permission_denied ("a refused request"); the fix is to pay.
        "arrearage": Code(Kind.USAGE_LIMIT),
        # Free quota exhausted while "use free tier only" is on: a hard cap.
        "allocationquota.freetieronly": Code(Kind.USAGE_LIMIT),
        "modelnotfound": Code(Kind.CONFIG),
        "model.notexist": Code(Kind.CONFIG),
        "invalidparameter": Code(Kind.CONFIG, Tier.FALLBACK),
        # The native API's 400 InvalidParameter names the model's own check inside its message
        # ("<400> InternalError.Algo.InvalidParameter: …", github.com/alibaba/spring-ai-alibaba
        # discussions/4522): a bad parameter, and stronger than a wrapper's label around it
        # (Dify's "ServiceUnavailableError"); overflow wording still outranks it.
        "internalerror.algo.invalidparameter": Code(Kind.CONFIG, Tier.PHRASE),
        "datainspectionfailed": Code(Kind.CONTENT_FILTER),
        "data_inspection_failed": Code(Kind.CONTENT_FILTER),
        # help.aliyun.com/zh/model-studio/error-code: 400 IPInfringementSuspect "Input data is
        # suspected of being involved in IP infringement." (Wan image and video moderation),
        # and the OpenAI-compatible codes beside data_inspection_failed: ip_infringement_suspect,
        # custom_role_blocked ("Input or output data may contain inappropriate content with
        # custom rule."), faq_rule_blocked (a workspace's own moderation rules).
        **dict.fromkeys(
            (
                "ipinfringementsuspect",
                "ip_infringement_suspect",
                "custom_role_blocked",
                "faq_rule_blocked",
            ),
            Code(Kind.CONTENT_FILTER),
        ),
        # RPM/RPS and TPM/TPS limits ("Allocated quota exceeded" is per minute, not billing).
        "throttling.ratequota": Code(Kind.RATE_LIMIT, Tier.HINT),
        "throttling.allocationquota": Code(Kind.RATE_LIMIT, Tier.HINT),
        # help.aliyun.com/zh/model-studio/error-code (429 rows): the workspace is not subscribed
        # or its prepaid / postpaid bill is overdue; paying, not waiting, lifts them.
        "commoditynotpurchased": Code(Kind.USAGE_LIMIT),
        "prepaidbilloverdue": Code(Kind.USAGE_LIMIT),
        "postpaidbilloverdue": Code(Kind.USAGE_LIMIT),
        # The same page: Throttling.BurstRate / limit_burst_rate, a surge over a short window.
        "throttling.burstrate": Code(Kind.RATE_LIMIT, Tier.HINT),
        "limit_burst_rate": Code(Kind.RATE_LIMIT, Tier.HINT),
        "limit_requests": Code(Kind.RATE_LIMIT, Tier.HINT),
        "internalerror": Code(Kind.GENERIC, Tier.HINT, True),
        "gatewaytimeout": Code(Kind.TIMEOUT, Tier.HINT, True),
        # dashscope/v2/_error_registry.py:129-: "The request exceeds the maximum allowed size".
        "requesttoolargeerror": Code(Kind.CONTEXT_LENGTH, Tier.HINT),
    },
    overrides={
        # help.aliyun.com/en/model-studio/rate-limit (FAQ): the compatible mode's
        # insufficient_quota is Throttling.AllocationQuota, which recovers within a minute.
        "insufficient_quota": Code(Kind.RATE_LIMIT, Tier.HINT),
    },
    phrases=(
        # 403 Model.AccessDenied / AccessDenied.Unpurchased (alibabacloud.com/help/en/model-studio/
        # error-code): "Access to model denied. Please make sure you are eligible for using the
        # model." The account may not call the model until it is activated: a permission.
        phrase(Kind.AUTH, "access to model denied", r"access to model denied"),
        # IPInfringementSuspect's message, input or output ("Output data is suspected of being
        # involved in IP infringement", the same wording under DataInspectionFailed).
        phrase(
            Kind.CONTENT_FILTER,
            "ip infringement",
            r"suspected of being involved in ip infringement",
        ),
        # "400 InvalidParameter: Range of input length should be [1, xxx]": the input exceeds
        # the allowed length (alibabacloud.com/help/en/model-studio/coding-plan-faq, common errors).
        phrase(
            Kind.CONTEXT_LENGTH,
            "range of input length",
            r"range of input length should be \[1, ?\d+\]",
        ),
        # The same check on input plus output ("Input tokens length is 29618. Output tokens
        # length is 8192. Range of total length should be less than or equal to 32768").
        phrase(
            Kind.CONTEXT_LENGTH,
            "range of total length",
            r"range of total length should be less than or equal to \d+",
        ),
        # Qwen's free allowance (Qwen Code's OAuth tier, AllocationQuota.FreeTierOnly's
        # family): "429 Free allocated quota exceeded." is spent until it renews.
        phrase(Kind.USAGE_LIMIT, "free allocated quota", r"free allocated quota exceeded"),
        # alibabacloud.com/help/en/model-studio/coding-plan-faq: a Coding Plan's 5-hour, weekly
        # and monthly allowances ("hour allocated quota exceeded" …) are spent until the window
        # resets; "concurrency allocated quota exceeded" is its retryable throttle (the hint).
        phrase(
            Kind.USAGE_LIMIT,
            "allocated quota exceeded",
            r"(?:hour|week|month|usage) allocated quota exceeded",
        ),
        # The same page, 403 AllocationQuota.FreeTierOnly's message: "The free tier of the model
        # has been exhausted. If you wish to continue access the model on a paid basis, …".
        phrase(
            Kind.USAGE_LIMIT,
            "free tier of the model",
            r"free tier of the model has been exhausted",
        ),
        # help.aliyun.com/zh/model-studio/error-code: the messages of the 429 billing rows.
        phrase(
            Kind.USAGE_LIMIT,
            "bill is overdue|commodity has not purchased",
            r"the (?:prepaid|postpaid) bill is overdue|commodity has not purchased yet",
        ),
        # The same page, Throttling.RateQuota's first wording (an RPS/RPM limit).
        hint(
            Kind.RATE_LIMIT, "exceeded your request limit", r"you have exceeded your request limit"
        ),
        # help.aliyun.com/en/model-studio/rate-limit (FAQ: why is rate limiting triggered).
        phrase(Kind.RATE_LIMIT, "current requests list", r"exceeded your current requests list"),
        phrase(Kind.RATE_LIMIT, "increased too quickly", r"request rate increased too quickly"),
        # help.aliyun.com/zh/model-studio/error-code (400-InvalidParameter): a call the model does
        # not accept in this mode (thinking models stream only, incremental output, web search).
        phrase(
            Kind.CONFIG,
            "only support stream|enable_thinking|enable_search|incremental_output|thinking_budget"
            "|support http call",
            r"only support stream (?:mode|call)|enable_thinking must be set to false"
            r"|does not support enable_search|incremental_output parameter (?:must be|of this model)"
            r"|thinking_budget parameter must be|api does not support http call",
        ),
        # alibabacloud.com/help/en/model-studio/developer-reference/error-code (InvalidParameter).
        phrase(
            Kind.CONFIG,
            "required parameter",
            r"required parameter\(s\) missing or invalid",
        ),
        # The Coding Plan FAQ (alibabacloud.com/help/model-studio/coding-plan-faq, common errors):
        # 400 InvalidParameter "Range of input length should be [1, xxx]" is the input longer
        # than the model takes (start a new session, shorten it, or pick a longer context).
        phrase(Kind.CONTEXT_LENGTH, "range of input length", r"range of input length should be"),
        # Bailian 1.0's error codes (help.aliyun.com/document_detail/2593384.html): 100008 the
        # request failed the safety policy; 100011 no quota left on the account.
        phrase(Kind.CONTENT_FILTER, "没有通过安全策略", r"请求内容没有通过安全策略", bounded=False),
        phrase(Kind.USAGE_LIMIT, "无可用额度", r"无可用额度", bounded=False),
    ),
)
