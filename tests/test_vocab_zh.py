"""Chinese-language vocabulary: the zh-CN wordings Chinese providers (Zhipu, iFlytek Spark, DeepSeek,
SiliconFlow, Baidu Qianfan, Volcengine Ark, Moonshot Kimi, MiniMax, Tencent Hunyuan, StepFun,
DashScope) return, and the zh-CN texts Chinese-made apps (LobeChat, Cherry Studio) show for a provider failure.

Every row is copied from the error table or locale file its group comment names; the id names the
provider and code. The signals.py block "Chinese providers' own wordings" and the profiles under
chaterror/providers/ cite the same sources.
"""

from __future__ import annotations

from typing import Any

import pytest

from chaterror import Kind, classify, classify_response

_A, _C, _U, _R = Kind.AUTH, Kind.CONFIG, Kind.USAGE_LIMIT, Kind.RATE_LIMIT
_O, _T, _X, _F, _G = (
    Kind.OVERLOADED,
    Kind.TIMEOUT,
    Kind.CONTEXT_LENGTH,
    Kind.CONTENT_FILTER,
    Kind.GENERIC,
)

# (text, kind, retryable, provider hint)
_TEXTS = [
    # Zhipu docs.bigmodel.cn/cn/api/api-code and /cn/faq (HTTP 状态码 table); iFlytek Spark
    # xfyun.cn/doc/spark/接口说明.html (错误码); DeepSeek api-docs.deepseek.com/zh-cn/quick_start/error_codes;
    # SiliconFlow docs.siliconflow.cn/faqs/error-code; Qianfan ai.baidu.com/ai-doc/WENXINWORKSHOP/tlmyncueh.
    pytest.param("身份验证失败", _A, False, None, id="zh-1000"),
    pytest.param(
        "Header 中未收到 Authentication 参数，无法进行身份验证", _A, False, None, id="zh-1001"
    ),
    pytest.param(
        "Authentication Token 非法，请确认 Authentication Token 正确传递",
        _A,
        False,
        None,
        id="zh-1002",
    ),
    pytest.param("Authentication Token 已过期，请重新生成/获取", _A, False, None, id="zh-1003"),
    pytest.param("通过 Authentication Token 的验证失败", _A, False, None, id="zh-1004"),
    pytest.param("已开启二次认证保护，需要二次认证登录。", _A, False, None, id="zh-1005"),
    pytest.param("您的账户当前处于非活动状态。请检查账户信息", _A, False, None, id="zh-1110"),
    pytest.param("您的账户不存在", _A, False, None, id="zh-1111"),
    pytest.param("您的账户已被锁定，请联系客服解锁", _A, False, None, id="zh-1112"),
    pytest.param("您的账户已欠费，请充值后重试", _U, False, None, id="zh-1113"),
    pytest.param("账户存违规行为，账号已被锁定", _A, False, None, id="zh-1121"),
    pytest.param("模型不存在，请检查模型代码", _C, False, None, id="zh-1211"),
    pytest.param("当前模型不支持 chat 调用方式", _C, False, None, id="zh-1212"),
    pytest.param("messages 参数非法。请检查文档", _C, False, None, id="zh-1214"),
    pytest.param("您无权访问 glm-4-plus", _A, False, None, id="zh-1220"),
    pytest.param("API glm-3 已下线", _C, False, None, id="zh-1221"),
    pytest.param("Prompt 超长", _X, False, None, id="zh-1261"),
    pytest.param("API 调用被策略阻止", _F, False, None, id="zh-1300"),
    pytest.param(
        "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合",
        _F,
        False,
        None,
        id="zh-1301",
    ),
    pytest.param(
        "您当前使用该 API 的并发数过高，请降低并发，或联系客服增加限额",
        _R,
        True,
        None,
        id="zh-1302",
    ),
    pytest.param("您的账户已达到速率限制，请您控制请求频率", _R, True, None, id="zh-1302b"),
    pytest.param(
        "您当前使用该 API 的频率过高，请降低频率，或联系客服增加限额", _R, True, None, id="zh-1303"
    ),
    pytest.param(
        "该 API 已达今日调用次数限额，如有更多需求，请联系客服购买", _U, False, None, id="zh-1304"
    ),
    pytest.param("该 API 已触发流量限制", _R, True, "zhipu", id="zh-1305"),
    pytest.param("该模型当前访问量过大，请您稍后再试", _O, True, None, id="zh-1305b"),
    pytest.param(
        "已达到 5 小时 的使用上限。您的限额将在 2025-09-01 12:00:00 重置",
        _U,
        False,
        None,
        id="zh-1308",
    ),
    pytest.param(
        "您的 GLM Coding Plan 套餐已到期，暂无法使用，前往官方续订后即可恢复 https://bigmodel.cn/claude-code",
        _U,
        False,
        None,
        id="zh-1309",
    ),
    pytest.param(
        "您已达到每周/每月使用上限，您的限额将在 2025-09-01 12:00:00 重置",
        _U,
        False,
        None,
        id="zh-1310",
    ),
    pytest.param("当前订阅套餐暂未开放GLM-4.6权限", _C, False, None, id="zh-1311"),
    pytest.param(
        "该模型当前访问量过大，请您稍后再试，或切换其他模型如 glm-4.5-air 等",
        _O,
        True,
        None,
        id="zh-1312",
    ),
    pytest.param(
        "您的账户当前使用模式不符合公平使用策略，请求频率已受到限制。",
        _U,
        False,
        None,
        id="zh-1313",
    ),
    pytest.param(
        'Error code: 429, with error text {"error":{"code":"1113","message":"您的账户已欠费，请充值后重试"}}',
        _U,
        False,
        None,
        id="zh-sdk-1113",
    ),
    pytest.param(
        'Error code: 400, with error text {"error":{"code":"1261","message":"Prompt 超长"}}',
        _X,
        False,
        None,
        id="zh-sdk-1261",
    ),
    pytest.param("账户余额已用完", _U, False, None, id="zh-http-429-balance"),
    pytest.param("接口请求并发超额", _R, True, None, id="zh-http-429-conc"),
    pytest.param("鉴权失败或Token超时", _A, False, None, id="zh-http-401"),
    pytest.param(
        "输入内容审核不通过，涉嫌违规，请重新调整输入内容", _F, False, None, id="spark-10013"
    ),
    pytest.param(
        "输出内容涉及敏感信息，审核不通过，后续结果无法展示给用户",
        _F,
        False,
        None,
        id="spark-10014",
    ),
    pytest.param("表示本次会话内容有涉及违规信息的倾向", _F, False, None, id="spark-10019"),
    pytest.param("输入审核不通过", _F, False, None, id="spark-10021"),
    pytest.param("服务容量不足，联系工作人员", _O, True, None, id="spark-10008"),
    pytest.param("服务忙，请稍后再试", _O, True, None, id="spark-10110"),
    pytest.param(
        "token数量超过上限。对话历史+问题的字数太多，需要精简输入",
        _X,
        False,
        None,
        id="spark-10907",
    ),
    pytest.param(
        "授权错误：该appId没有相关功能的授权 或者 业务量超过限制", _A, False, None, id="spark-11200"
    ),
    pytest.param(
        "授权错误：日流控超限。超过当日最大访问量的限制", _U, False, None, id="spark-11201"
    ),
    pytest.param(
        "授权错误：秒级流控超限。秒级并发超过授权路数限制", _R, True, None, id="spark-11202"
    ),
    pytest.param(
        "授权错误：并发流控超限。并发路数超过授权路数限制", _R, True, None, id="spark-11203"
    ),
    pytest.param(
        "用户流量受限：服务正在处理用户当前的问题，需等待处理完成后再发送新的请求。",
        _R,
        True,
        None,
        id="spark-10007",
    ),
    pytest.param("appid在黑名单中", _A, False, None, id="spark-10015"),
    pytest.param("认证失败", _A, False, None, id="ds-401"),
    pytest.param("余额不足", _U, False, None, id="ds-402"),
    pytest.param("请求速率达到上限", _R, True, None, id="ds-429"),
    pytest.param("服务器繁忙，请稍后重试", _O, True, None, id="ds-503"),
    pytest.param("服务器故障", _G, True, None, id="ds-500"),
    pytest.param("权限不够", _A, False, None, id="sf-403"),
    pytest.param("触发了 Rate Limit", _R, True, None, id="sf-429"),
    pytest.param("服务系统负载比较高", _O, True, None, id="sf-504"),
    pytest.param("【用户配额超限】QPS超限额", _R, True, None, id="qf-17"),
    pytest.param("集群超限额", _O, True, None, id="qf-4-zh"),
    # Ark volcengine.com/docs/82379/1299023 (含义); Kimi platform.kimi.com/docs/api/errors (详细描述);
    # MiniMax platform.minimaxi.com/docs/api-reference/errorcode.md; Qianfan tlmyncueh and v2 (说明);
    # Hunyuan cloud.tencent.com/document/api/1729 (错误码); DashScope help.aliyun.com/zh/model-studio/error-code;
    # LobeChat lobehub/lobe-chat@0500a046 locales/zh-CN/error.json.
    pytest.param("请求缺少必要参数，请查阅 API 文档。", _C, False, None, id="ark-missingparam-zh"),
    pytest.param("请求包含非法参数，请查阅 API 文档。", _C, False, None, id="ark-invalidparam-zh"),
    pytest.param(
        "请求携带的 API Key 或 AK/SK 校验未通过，请您重新检查设置的 鉴权凭证，或者查看 API 调用文档来排查问题。",
        _A,
        False,
        None,
        id="ark-auth-zh",
    ),
    pytest.param(
        "当前账号欠费，如需继续调用，请前往 火山引擎费用中心 进行充值",
        _U,
        False,
        None,
        id="ark-overdue-zh",
    ),
    pytest.param(
        "没有访问该资源的权限，请检查权限设置，或联系管理员添加白名单。",
        _A,
        False,
        None,
        id="ark-accessdenied-zh",
    ),
    pytest.param(
        "模型或者推理接入点 doubao-pro 不存在或者您无权访问它。",
        _C,
        False,
        None,
        id="ark-notfound-zh",
    ),
    pytest.param(
        "内容审查拒绝，您的输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语",
        _F,
        False,
        None,
        id="kimi-filter-zh",
    ),
    pytest.param(
        "请求中的 tokens 长度过长，请求不要超过模型 tokens 的最长限制",
        _X,
        False,
        None,
        id="kimi-toolong-zh",
    ),
    pytest.param(
        "请求的 tokens 数和设置的 max_tokens 加和超过了模型规格长度，请检查请求体的规格或选择合适长度的模型",
        _X,
        False,
        None,
        id="kimi-exceed-zh",
    ),
    pytest.param(
        "鉴权失败，请检查 API Key 是否正确，请修改后重试", _A, False, None, id="kimi-auth-zh"
    ),
    pytest.param("账户额度不足，请检查账户余额", _U, False, None, id="kimi-quota-zh"),
    pytest.param("未知错误/系统默认错误", _G, False, None, id="mm-1000"),
    pytest.param("请求超时", _T, True, None, id="mm-1001"),
    pytest.param("请求频率超限", _R, True, None, id="mm-1002"),
    pytest.param("未授权/Token 不匹配/Cookie 缺失", _A, False, None, id="mm-1004"),
    pytest.param("余额不足", _U, False, None, id="mm-1008"),
    pytest.param("内部错误", _G, True, None, id="mm-1024"),
    pytest.param("输入内容涉敏", _F, False, None, id="mm-1026"),
    pytest.param("系统错误/下游服务错误", _G, True, None, id="mm-1033"),
    pytest.param("【系统内部错误】服务器内部错误，请再次请求", _G, True, None, id="qf-1-zh"),
    pytest.param("【系统内部错误】服务暂不可用，请再次请求", _T, True, None, id="qf-2-zh"),
    pytest.param("【鉴权错误】app无权限访问服务。", _A, False, None, id="qf-6-zh"),
    pytest.param("【鉴权错误】IAM鉴权失败。", _A, False, None, id="qf-14-zh"),
    pytest.param("【鉴权错误】access_token无效。", _A, False, None, id="qf-110-zh"),
    pytest.param("【用户输入错误】请求内容超过大模型内部限制", _X, False, None, id="qf-tokens-zh"),
    pytest.param(
        "请求长度不能超过最大字符限制，即用户输入大模型内容过长", _X, False, None, id="qf-chars-zh"
    ),
    pytest.param(
        "您的账户已欠费无法继续使用该服务，请及时充值", _U, False, None, id="qf-aisearch-balance"
    ),
    pytest.param(
        "您的智能搜索服务请求频率超过了 QPS 限制，请降低调用频率或申请扩容",
        _R,
        True,
        None,
        id="qf-aisearch-qps",
    ),
    pytest.param("引擎层请求超过限额，请稍后重试", _R, True, None, id="hy-engine-limit"),
    pytest.param("引擎层请求超时", _T, True, None, id="hy-engine-timeout"),
    pytest.param("余额不足", _U, False, None, id="hy-lowbalance"),
    pytest.param("账号已欠费", _U, False, None, id="hy-inarrears"),
    pytest.param("账号已停服", _U, False, None, id="hy-stopusing"),
    pytest.param("文本包含违法违规信息，审核不通过", _F, False, None, id="hy-textillegal"),
    pytest.param("服务未开通", _A, False, None, id="hy-notactivated"),
    pytest.param("用户未实名", _A, False, None, id="hy-unauth"),
    pytest.param("模型不存在", _C, False, None, id="hy-model"),
    pytest.param("参数字段或者值有误", _C, False, None, id="hy-param"),
    pytest.param("暂时不支持当前设置的语种!", _C, False, None, id="ds-zh-lang"),
    pytest.param("很抱歉，您的请求太多，服务器有点累了，请稍后再试", _R, True, None, id="lobe-429"),
    pytest.param(
        "很抱歉，服务器当前无法处理您的请求，可能是由于过载或正在进行维护，请稍后再试",
        _O,
        True,
        None,
        id="lobe-503",
    ),
    pytest.param(
        "很抱歉，服务器没有等到上游服务器的回应，请稍后再试", _T, True, None, id="lobe-504"
    ),
    pytest.param(
        "很抱歉，服务器在等待请求时超时，请检查您的网络连接后再试", _T, True, None, id="lobe-408"
    ),
    pytest.param("很抱歉，您的请求数据量过大，服务器无法处理", _X, False, None, id="lobe-413"),
    pytest.param(
        "很抱歉，服务器拒绝了您的请求，可能是因为您的权限不足或未提供有效的身份验证",
        _A,
        False,
        None,
        id="lobe-401",
    ),
    pytest.param(
        "很抱歉，服务器拒绝了您的请求，您没有访问此内容的权限 ", _A, False, None, id="lobe-403"
    ),
    pytest.param(
        "DeepSeek API Key 不正确或为空，请检查 DeepSeek API Key 后重试",
        _A,
        False,
        None,
        id="lobe-apikey",
    ),
    pytest.param(
        "Bedrock 鉴权未通过，请检查 AccessKeyId/SecretAccessKey 后重试",
        _A,
        False,
        None,
        id="lobe-bedrock",
    ),
    pytest.param(
        "您的订阅额度已用尽，无法使用该功能，请升级到更高计划，或购买资源包后继续使用",
        _U,
        False,
        None,
        id="lobe-sub",
    ),
    pytest.param(
        "当前为免费用户，无法使用该功能，请升级到付费计划后继续使用",
        _U,
        False,
        None,
        id="lobe-free",
    ),
    pytest.param(
        "很抱歉，你的所在地区不支持此模型服务，可能是由于区域限制或服务未开通。",
        _A,
        False,
        None,
        id="lobe-location",
    ),
    # StepFun platform.stepfun.com/docs/zh/guide/exception; Baidu AI ai.baidu.com/ai-doc/FACE/zl958mm8k and
    # BODY/zk4qlfchx; Qianfan AppBuilder ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y; Bailian
    # help.aliyun.com/zh/model-studio/memory/errors; Spark's engine name for 11200; Ark ClosedEndpoint.
    pytest.param(
        "你的认证无效。这可能是由于你使用了错误的 API 密钥。", _A, False, None, id="step-401"
    ),
    pytest.param("你的账号当中的余额已经无法支撑本次调用", _U, False, None, id="step-402"),
    pytest.param("你的请求频次已经超出了允许的频次", _R, True, None, id="step-429"),
    pytest.param(
        "你的请求内容或大模型响应内容中出现了无法通过安全审核的内容", _F, False, None, id="step-451"
    ),
    pytest.param("每天流量超限额", _U, False, None, id="bd-17"),
    pytest.param("请求总量超限额", _U, False, None, id="bd-19"),
    pytest.param("没有接口权限", _A, False, None, id="bd-6"),
    pytest.param("无效的access_token参数", _A, False, None, id="bd-100"),
    pytest.param("Access Token失效", _A, False, None, id="bd-110"),
    pytest.param("Access token过期", _A, False, None, id="bd-111"),
    pytest.param("缺少必须的参数，请检查参数是否有遗漏", _C, False, None, id="bd-216101"),
    pytest.param("请求中包含非法参数，请检查后重新尝试", _C, False, None, id="bd-216100"),
    pytest.param("服务异常，请稍后再试", _G, True, None, id="bd-283512"),
    pytest.param("服务暂不可用", _T, True, None, id="bd-2"),
    pytest.param("请求超出每用户每秒总配额，请降低调用频率", _R, True, None, id="ab-total-qps"),
    pytest.param(
        "智能搜索服务每日请求的次数超出限额，申请扩容后可继续使用", _U, False, None, id="ab-daily"
    ),
    pytest.param(
        "您已使用完 100 次免费调用额度，未开通后付费功能，请先开通后付费再进行调用",
        _U,
        False,
        None,
        id="ab-free",
    ),
    pytest.param("入参格式有误，不是标准json格式", _C, False, None, id="ab-malformed"),
    pytest.param("无权限或服务未开通", _A, False, None, id="bl-403"),
    pytest.param("限流", _R, True, None, id="bl-429"),
    pytest.param("服务内部错误", _G, True, None, id="bl-500"),
    pytest.param(
        '{"header":{"code":11200,"message":"AppIdNoAuthError:(11200)auth no license","status":2}}',
        _A,
        False,
        None,
        id="spark-11200-name",
    ),
    pytest.param(
        "推理接入点处于已被关闭或暂时不可用, 请稍后重试,或联系推理接入点管理员。",
        _C,
        False,
        None,
        id="ark-closed-zh",
    ),
    # Cherry Studio: CherryHQ/cherry-studio src/renderer/src/i18n/locales/zh-cn.json (error.http,
    # error.diagnosis, error.chat).
    pytest.param("身份验证失败，请检查 API 密钥是否正确", _A, False, None, id="cherry-http-401"),
    pytest.param(
        "需要支付。账户余额或额度已用完，请到服务商网站充值，或切换到其他服务商",
        _U,
        False,
        None,
        id="cherry-http-402",
    ),
    pytest.param("模型不存在或者请求路径错误", _C, False, None, id="cherry-http-404"),
    pytest.param("请求速率超过限制，请稍后再试", _R, True, None, id="cherry-http-429"),
    pytest.param("API Key 无效，请检查并重新配置", _A, False, None, id="cherry-diag-auth"),
    pytest.param("消息内容被安全系统拦截，请修改后重试", _F, False, None, id="cherry-diag-content"),
    pytest.param(
        "对话上下文过长，请清理历史消息或开启新对话", _X, False, None, id="cherry-diag-context"
    ),
    pytest.param(
        "该模型已下线或弃用，请更换其他模型", _C, False, None, id="cherry-diag-deprecated"
    ),
    pytest.param("模型不存在或你没有访问权限", _C, False, None, id="cherry-diag-model"),
    pytest.param(
        "无法连接到服务器，请检查网络或代理设置", _T, True, None, id="cherry-diag-network"
    ),
    pytest.param(
        "请求内容过大，请减少发送的文件或文本量", _X, False, None, id="cherry-diag-payload"
    ),
    pytest.param("账户额度已用完，请充值或更换服务商", _U, False, None, id="cherry-diag-quota"),
    pytest.param(
        "请求过于频繁，请稍等片刻再试，或更换为更高速率的模型",
        _R,
        True,
        None,
        id="cherry-diag-rate",
    ),
    pytest.param(
        "服务在你所在的地区不可用，请配置代理或更换为可用的服务商",
        _A,
        False,
        None,
        id="cherry-diag-region",
    ),
    pytest.param("服务器异常，建议稍后重试", _G, True, None, id="cherry-diag-server"),
    pytest.param("响应传输中断，请检查网络稳定性或重试", _T, True, None, id="cherry-diag-stream"),
    pytest.param(
        "您今日免费配额已用尽，请前往 DeepSeek 获取API密钥，配置API密钥后继续使用",
        _U,
        False,
        None,
        id="cherry-chat-quota",
    ),
    pytest.param("请前往 DeepSeek 充值", _U, False, None, id="cherry-chat-balance"),
    pytest.param(
        "您未配置 API 密钥，请前往 DeepSeek 获取API密钥", _A, False, None, id="cherry-chat-no-key"
    ),
    # Tencent Cloud API 3.0 common error codes (Hunyuan's envelope): cloud.tencent.com/document/api/1729
    # (公共错误码) and tencentcloud.com/document/api/1036/38589 (the English table).
    pytest.param(
        "密钥不存在。 请在控制台检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。",
        _A,
        False,
        None,
        id="tc-secretid-notfound-zh",
    ),
    pytest.param("密钥非法（不是云 API 密钥类型）。", _A, False, None, id="tc-invalid-secretid-zh"),
    pytest.param(
        "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
        _A,
        False,
        None,
        id="tc-signature-expire-zh",
    ),
    pytest.param(
        "签名错误。 签名计算错误，请对照调用方式中的接口鉴权文档检查签名计算过程。",
        _A,
        False,
        None,
        id="tc-signature-failure-zh",
    ),
    pytest.param(
        "请求未授权。请参考 CAM 文档对鉴权的说明。", _A, False, None, id="tc-unauthorized-zh"
    ),
    pytest.param("接口不存在。", _C, False, None, id="tc-invalidaction-zh"),
    pytest.param("参数错误。", _C, False, None, id="tc-invalidparameter-zh"),
    pytest.param("参数取值错误。", _C, False, None, id="tc-invalidparametervalue-zh"),
    pytest.param("内部错误。", _G, True, None, id="tc-internal-zh"),
    pytest.param("请求的次数超过了频率限制。", _R, True, None, id="tc-ratelimit-zh"),
    pytest.param(
        "The provided credentials could not be validated. Please check your signature is correct.",
        _A,
        False,
        None,
        id="tc-signature-en",
    ),
    pytest.param(
        "Key does not exist. Check if the key has been deleted or disabled in the console, and if not, check if the key is correctly entered.",
        _A,
        False,
        None,
        id="tc-secretid-en",
    ),
    pytest.param(
        "Signature expired. Timestamp and server time cannot differ by more than five minutes. Please ensure your current local time matches the standard time.",
        _A,
        False,
        None,
        id="tc-expire-en",
    ),
    pytest.param(
        "The number of requests exceeds the frequency limit.", _R, True, None, id="tc-ratelimit-en"
    ),
    pytest.param("This API has been deprecated.", _C, False, None, id="tc-actionoffline-en"),
    pytest.param(
        "[TencentCloudSDKException] code:AuthFailure.SignatureExpire message:Signature expired. Timestamp and server time cannot differ by more than five minutes. requestId:ed93f3cb",
        _A,
        False,
        None,
        id="tc-sdk-exc",
    ),
    # DashScope (Bailian) messages, as its Chinese and English error-code pages list them:
    # help.aliyun.com/zh/model-studio/error-code, alibabacloud.com/help/en/model-studio/developer-reference/error-code.
    pytest.param(
        "Requests rate limit exceeded, please try again later.",
        _R,
        True,
        "dashscope",
        id="ds-ratequota",
    ),
    pytest.param(
        "Allocated quota exceeded, please increase your quota limit.",
        _R,
        True,
        "dashscope",
        id="ds-allocquota",
    ),
    pytest.param("Free allocated quota exceeded.", _U, False, "dashscope", id="ds-free-alloc"),
    pytest.param(
        "Access denied, please make sure your account is in good standing.",
        _U,
        False,
        "dashscope",
        id="ds-arrearage",
    ),
    pytest.param(
        "Input data may contain inappropriate content.",
        _F,
        False,
        "dashscope",
        id="ds-inappropriate",
    ),
    pytest.param("Model not exist.", _C, False, "dashscope", id="ds-model-notexist"),
    pytest.param("Invalid API-key provided.", _A, False, "dashscope", id="ds-invalidapikey"),
    pytest.param(
        "This model only support stream mode, please enable the stream parameter to access the model.",
        _C,
        False,
        "dashscope",
        id="ds-no-stream",
    ),
    pytest.param(
        "parameter.enable_thinking must be set to false for non-streaming calls",
        _C,
        False,
        "dashscope",
        id="ds-enable-thinking",
    ),
    pytest.param(
        "An internal error has occured, please try again later or contact service support.",
        _G,
        True,
        "dashscope",
        id="ds-internal",
    ),
    pytest.param("Requests throttling triggered.", _R, True, "dashscope", id="ds-throttling"),
    pytest.param(
        "<400> InternalError.Algo.InvalidParameter: Range of input length should be [1, 30720]",
        _X,
        False,
        "dashscope",
        id="ds-range-input",
    ),
    pytest.param(
        "This model does not support enable_search.", _C, False, "dashscope", id="ds-enable-search"
    ),
    pytest.param(
        'The incremental_output parameter must be "true" when enable_thinking is true',
        _C,
        False,
        "dashscope",
        id="ds-incremental-true",
    ),
    pytest.param(
        "The incremental_output parameter of this model cannot be set to False.",
        _C,
        False,
        "dashscope",
        id="ds-incremental-false",
    ),
    pytest.param(
        "The thinking_budget parameter must be a positive integer and not greater than 38912",
        _C,
        False,
        "dashscope",
        id="ds-thinking-budget",
    ),
    pytest.param(
        "current user api does not support http call.", _C, False, "dashscope", id="ds-http-call"
    ),
    pytest.param(
        "parameter.enable_thinking only support stream call",
        _C,
        False,
        "dashscope",
        id="ds-only-stream-call",
    ),
    # Ark's 含义 column as the API reference PDF prints it (API参考 13. 其他说明, p.464).
    pytest.param(
        "请求所关联的推理接入点已超过 RPM (Requests Per Minute) 限制, 请稍后重试。",
        _R,
        True,
        None,
        id="ark-endpoint-rpm-zh",
    ),
    pytest.param(
        "请求所关联的推理接入点已超过 TPM (Tokens Per Minute) 限制, 请稍后重试。",
        _R,
        True,
        None,
        id="ark-endpoint-tpm-zh",
    ),
    pytest.param(
        "未能找到指定的模型ID。你的账号不允许使用模型ID来调用模型，请确认你账号权限或者使用有权限的推理接入点 ID 来调用模型服务。",
        _A,
        False,
        None,
        id="ark-modelid-disabled-zh",
    ),
    pytest.param("当前模型不支持 Coding Plan。", _C, False, None, id="ark-unsupported-model-zh"),
    # Moonshot Kimi's error messages: platform.kimi.com/docs/api/errors (error message column).
    pytest.param(
        "Your account org-123<ak-456> is not active, current state: suspended, you may consider to check your account balance",
        _U,
        False,
        "moonshot",
        id="kimi-not-active",
    ),
    pytest.param(
        "The API you are accessing is not open", _A, False, "moonshot", id="kimi-not-open"
    ),
    pytest.param(
        "You are not allowed to get other user info", _A, False, "moonshot", id="kimi-other-user"
    ),
    pytest.param(
        "Not found the model moonshot-v1-256k or Permission denied",
        _C,
        False,
        "moonshot",
        id="kimi-model-404",
    ),
    pytest.param(
        "The engine is currently overloaded, please try again later",
        _O,
        True,
        "moonshot",
        id="kimi-overloaded",
    ),
    pytest.param(
        "Your account org-123<ak-456> request reached organization max concurrency: 50, please try again after 1 seconds",
        _R,
        True,
        "moonshot",
        id="kimi-concurrency",
    ),
    pytest.param(
        "Your account org-123<ak-456> request reached organization TPD rate limit, current:1500000, limit:1500000",
        _U,
        False,
        "moonshot",
        id="kimi-tpd",
    ),
    pytest.param(
        "You exceeded your current token quota: <org-123> 0, please check your account balance",
        _U,
        False,
        "moonshot",
        id="kimi-token-quota",
    ),
    pytest.param("Invalid Authentication", _A, False, "moonshot", id="kimi-invalid-auth"),
    pytest.param("Incorrect API key provided", _A, False, "moonshot", id="kimi-incorrect-key"),
    # Zhipu's remaining parameter rows (docs.bigmodel.cn/cn/api/api-code 1213, 1215, 1222).
    pytest.param("未正常接收到 messages 参数", _C, False, None, id="zh-1213"),
    pytest.param("temperature 与 top_p 不能同时设置，请检查文档", _C, False, None, id="zh-1215"),
    pytest.param("API glm-5-turbo 不存在", _C, False, None, id="zh-1222"),
    # DeepSeek's English status titles: api-docs.deepseek.com/quick_start/error_codes.
    pytest.param("Invalid Format", _C, False, "deepseek", id="ds-en-invalid-format"),
    pytest.param("Authentication Fails", _A, False, "deepseek", id="ds-en-auth"),
    pytest.param("Insufficient Balance", _U, False, "deepseek", id="ds-en-balance"),
    pytest.param("Invalid Parameters", _C, False, "deepseek", id="ds-en-params"),
    pytest.param("Rate Limit Reached", _R, True, "deepseek", id="ds-en-rate"),
    pytest.param("Server Error", _G, True, "deepseek", id="ds-en-server-error"),
    pytest.param("Server Overloaded", _O, True, "deepseek", id="ds-en-overloaded"),
    pytest.param(
        "Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}",
        _U,
        False,
        None,
        id="ds-en-body-balance",
    ),
    pytest.param(
        "Authentication Fails (no such user)", _A, False, None, id="ds-en-authfails-nosuchuser"
    ),
    # Per-minute and per-day limits as Kimi (LLM-Red-Team/kimi-cc#41) and SiliconFlow
    # (AIDotNet/OpenDeepWiki#269; docs.siliconflow.cn rate-limits 1.3) word them.
    pytest.param(
        'API Error (429 {"error":{"type":"rate_limit_reached_error","message":"Your account xxxxx / proj-xxxxxx <ak-xxxxx> request reached project TPM rate limit, current: 1410, limit: 100, see https://platform.moonshot.cn/docs/pricing/limits"}})',
        _R,
        True,
        None,
        id="kimi-project-tpm",
    ),
    pytest.param(
        "Your account xxxxx / proj-xxxxxx <ak-xxxxx> request reached project TPM rate limit, current: 1410, limit: 100",
        _R,
        True,
        None,
        id="kimi-project-tpm-text",
    ),
    pytest.param(
        'Request failed with status code 429: {"message":"Request was rejected due to rate limiting. Details: TPM limit reached.","data":null}',
        _R,
        True,
        None,
        id="siliconflow-tpm",
    ),
    pytest.param(
        "Request was rejected due to rate limiting. Details: TPD limit reached.",
        _U,
        False,
        None,
        id="siliconflow-tpd",
    ),
    # MiniMax's English messages: platform.minimax.io/docs/api-reference/errorcode.md.
    pytest.param("request timeout", _T, True, "minimax", id="mm-en-1001"),
    pytest.param("rate limit", _R, True, "minimax", id="mm-en-1002"),
    pytest.param(
        "not authorized / token not match group / cookie is missing",
        _A,
        False,
        "minimax",
        id="mm-en-1004",
    ),
    pytest.param("insufficient balance", _U, False, "minimax", id="mm-en-1008"),
    pytest.param("internal error", _G, True, "minimax", id="mm-en-1024"),
    pytest.param("input new_sensitive", _F, False, "minimax", id="mm-en-1026"),
    pytest.param("output new_sensitive", _F, False, "minimax", id="mm-en-1027"),
    pytest.param("system error / downstream service error", _G, True, "minimax", id="mm-en-1033"),
    pytest.param(
        "{'id': '0412', 'choices': None, 'base_resp': {'status_code': 1008, 'status_msg': 'insufficient balance'}}",
        _U,
        False,
        None,
        id="mm-base-resp-1008",
    ),
    pytest.param(
        "{'base_resp': {'status_code': 1002, 'status_msg': 'rate limit'}}",
        _R,
        True,
        None,
        id="mm-base-resp-1002",
    ),
    # Xiaomi MiMo: platform.xiaomimimo.com/docs/en-US/quick-start/error-codes (DeepSeek's titles).
    pytest.param("400 - Invalid Format", _C, False, None, id="mimo-400"),
    pytest.param("401 - Authentication Fails", _A, False, None, id="mimo-401"),
    pytest.param("402 - Insufficient Balance", _U, False, None, id="mimo-402"),
    pytest.param("403 - Forbidden Access", _A, False, None, id="mimo-403"),
    # Cherry Studio's HTTP status texts (zh-cn.json error.http 403/500/502/503/504).
    pytest.param(
        "禁止访问，请翻译具体报错信息查看原因，或联系服务商询问被禁止原因",
        _A,
        False,
        None,
        id="cherry-http-403",
    ),
    pytest.param("服务器错误，请稍后再试", _G, True, None, id="cherry-http-500"),
    pytest.param("网关错误，请稍后再试", _T, True, None, id="cherry-http-502"),
    pytest.param("服务不可用，请稍后再试", _T, True, None, id="cherry-http-503"),
    pytest.param("网关超时，请稍后再试", _T, True, None, id="cherry-http-504"),
    # Zhipu / Z.ai HTTP status reasons: docs.bigmodel.cn/cn/faq and docs.z.ai/api-reference/api-code.
    pytest.param("Authentication failure or Token timeout", _A, False, None, id="zai-401-reason"),
    pytest.param(
        "Interface request concurrency exceeded", _R, True, None, id="zai-429-concurrency"
    ),
    pytest.param("File upload frequency too fast", _R, True, None, id="zai-429-upload"),
    pytest.param("Account balance exhausted", _U, False, None, id="zai-429-balance"),
    pytest.param("Terminal account anomaly", _A, False, None, id="zai-429-terminal"),
    pytest.param("上传文件频率过快", _R, True, None, id="zh-429-upload"),
    pytest.param("账户异常", _A, False, None, id="zh-429-account"),
    pytest.param("终端账号异常", _A, False, None, id="zh-429-terminal"),
    # Qianfan ModelBuilder and AppBuilder 说明 (ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y).
    pytest.param("未指定model参数", _C, False, None, id="mb-invalid-model-zh"),
    pytest.param(
        "message格式不符合规范，message中有详细说明", _C, False, None, id="mb-invalid-messages-zh"
    ),
    pytest.param(
        "智能搜索服务超出每秒总配额，请降低调用频率", _R, True, None, id="ab-search-total-qps"
    ),
    pytest.param("您的账户已欠费无法继续使用该服务，请及时充值", _U, False, None, id="ab-balance"),
    # 1Panel-dev/MaxKB application API, code 1002; a relay's daily cap said verb first.
    pytest.param("身份验证信息不正确！非法用户", _A, False, None, id="maxkb-1002"),
    pytest.param("超过每日使用限额", _U, False, None, id="daily-usage-verb-first"),
]


@pytest.mark.parametrize(("text", "kind", "retryable", "provider"), _TEXTS)
def test_chinese_wording(text: str, kind: Kind, retryable: bool, provider: str | None) -> None:
    """A documented Chinese wording, as text and as an exception's message, gets its kind."""
    for given in (text, Exception(text)):
        found = classify(given, provider=provider)
        assert (found.kind, found.retryable) == (kind, retryable)


_ZHIPU = "https://open.bigmodel.cn/api/paas/v4/chat/completions"


def _zhipu(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        pytest.param(
            429, _zhipu("1305", "该 API 已触发流量限制"), _O, id="zhipu-1305-code-says-overloaded"
        ),
        pytest.param(
            429,
            _zhipu("1313", "您的账户当前使用模式不符合公平使用策略，请求频率已受到限制。"),
            _U,
            id="zhipu-1313-fair-use-is-a-cap",
        ),
        pytest.param(
            400, _zhipu("1300", "API 调用被策略阻止"), _F, id="zhipu-1300-blocked-by-policy"
        ),
        pytest.param(
            403,
            _zhipu("1311", "当前订阅套餐暂未开放GLM-4.6权限"),
            _C,
            id="zhipu-1311-plan-lacks-model",
        ),
        pytest.param(
            429,
            _zhipu("1121", "账户存违规行为，账号已被锁定"),
            _A,
            id="zhipu-1121-locked-account-not-content",
        ),
    ],
)
def test_zhipu_body(status: int, body: dict[str, Any], kind: Kind) -> None:
    """Zhipu's business code in its body decides where the Chinese wording alone is coarser."""
    assert classify_response(status, body, url=_ZHIPU).kind == kind


def test_ark_coding_plan_quota_is_a_cap() -> None:
    """Ark's AccountQuotaExceeded (a Coding Plan's 5-hour usage quota) is a cap, not a throttle."""
    body = {
        "error": {
            "code": "AccountQuotaExceeded",
            "message": "You have exceeded the 5-hour usage quota. Request id: 0217",
            "param": "",
            "type": "TooManyRequests",
        }
    }
    url = "https://ark.cn-beijing.volces.com/api/coding/v3/chat/completions"
    found = classify_response(429, body, url=url)
    assert (found.kind, found.retryable, found.provider) == (_U, False, "volcengine")


@pytest.mark.parametrize(
    ("text", "not_kind"),
    [
        pytest.param("请升级到更高版本的SDK", _U, id="sdk-version-upgrade-is-not-a-plan-cap"),
        pytest.param("磁盘容量不足", _O, id="disk-capacity-is-not-provider-capacity"),
        pytest.param("请求被安全组拦截", _F, id="security-group-block-is-not-a-safety-refusal"),
        pytest.param("所有账号配额已耗尽或请求失败", _U, id="proxy-wrapper-quota-words-stay-weak"),
        pytest.param(
            "AI 返回的格式异常，请重试或更换模型", _C, id="malformed-reply-is-not-a-bad-request"
        ),
    ],
)
def test_chinese_lookalikes(text: str, not_kind: Kind) -> None:
    """Chinese words that share a family's characters but name another failure stay out of it."""
    assert classify(text).kind != not_kind


_SPARK = "https://spark-api-open.xf-yun.com/v1/chat/completions"


@pytest.mark.parametrize(
    ("code", "message", "kind", "retryable"),
    [
        pytest.param(10007, "用户流量受限：服务正在处理用户当前的问题", _R, True, id="spark-10007"),
        pytest.param(10008, "服务容量不足，联系工作人员", _O, True, id="spark-10008"),
        pytest.param(10012, "引擎内部错误", _G, True, id="spark-10012"),
        pytest.param(
            10013, "输入内容审核不通过，涉嫌违规，请重新调整输入内容", _F, False, id="spark-10013"
        ),
        pytest.param(10110, "服务忙，请稍后再试", _O, True, id="spark-10110"),
        pytest.param(
            10907, "token数量超过上限。对话历史+问题的字数太多", _X, False, id="spark-10907"
        ),
        pytest.param(11200, "AppIdNoAuthError:(11200)auth no license", _A, False, id="spark-11200"),
        pytest.param(
            11201, "授权错误：日流控超限。超过当日最大访问量的限制", _U, False, id="spark-11201"
        ),
        pytest.param(
            11202, "授权错误：秒级流控超限。秒级并发超过授权路数限制", _R, True, id="spark-11202"
        ),
        pytest.param(
            11203, "授权错误：并发流控超限。并发路数超过授权路数限制", _R, True, id="spark-11203"
        ),
    ],
)
def test_spark_business_code(code: int, message: str, kind: Kind, retryable: bool) -> None:
    """A Spark body from its host names the provider, and its five-digit code decides the kind."""
    body = {"code": code, "message": message, "sid": "cha000b0c4e@dx193"}
    found = classify_response(200, body, url=_SPARK)
    assert (found.provider, found.kind, found.retryable, found.code) == (
        "spark",
        kind,
        retryable,
        str(code),
    )


@pytest.mark.parametrize("code", ["10003", "10005", "10016", "10163"])
def test_spark_code_alone_decides(code: str) -> None:
    """With a message that says nothing, Spark's code alone gives the kind its table documents."""
    found = classify_response(200, {"code": int(code), "message": "error"}, provider="spark")
    assert found.kind == (_A if code == "10016" else _C)
