"""iFlytek Spark (讯飞星火): its WebSocket API and the OpenAI-compatible HTTP API on xf-yun.com.

Every failure carries a five-digit business code beside a Chinese message ("11202 授权错误: 秒级流控
超限"). Traps: 11200-11203 all start "授权错误" (licence error) but only 11200 is a missing licence;
11201 is the day's cap, 11202 and 11203 the per-second and concurrency throttles. 10007 is the
user's own previous answer still streaming (wait for it); 10008 and 10110 are the service's
capacity. 10013, 10014, 10019 and 10021 are the content review.

Source, read 2026-12-01: xfyun.cn/doc/spark/接口说明.html (服务错误码: 错误码 | 错误信息); hosts from
the same docs (spark-api.xf-yun.com, maas-api.cn-huabei-1.xf-yun.com, spark-openapi.cn-huabei-1
.xf-yun.com).
"""

from chaterror._evidence import Code, Phrase, Tier, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

_AUTH = Code(Kind.AUTH)
_CONFIG = Code(Kind.CONFIG)
_RATE = Code(Kind.RATE_LIMIT)
_FILTER = Code(Kind.CONTENT_FILTER)
_BUSY = Code(Kind.OVERLOADED, Tier.CODE, True)
_RETRY = Code(Kind.GENERIC, Tier.HINT, True)
_LINK = Code(Kind.TIMEOUT, Tier.HINT, True)

PROFILE = Profile(
    "spark",
    "iFlytek Spark",
    Role.HOST,
    aliases=("iflytek", "iflytek spark", "xfyun", "xunfei", "讯飞", "星火", "讯飞星火"),
    hosts=("xf-yun.com",),
    # "Xunfei request failed with Sid: … code: 10012" (a client naming the platform in pinyin).
    words=("xf-yun|xfyun|iflytek|xunfei|讯飞", r"xf-yun|xfyun|iflytek|xunfei|讯飞"),
    numbers={
        "10001": _LINK,  # 通过ws读取用户的消息出错
        "10002": _LINK,  # 通过ws向用户发送消息出错
        "10003": _CONFIG,  # 用户的消息格式有错误
        "10004": _CONFIG,  # 用户数据的schema错误
        "10005": _CONFIG,  # 用户参数值有错误
        "10006": _RATE,  # 用户并发错误: 当前用户已连接, 同一用户不能多处同时连接
        "10007": _RATE,  # 用户流量受限: 服务正在处理用户当前的问题
        "10008": _BUSY,  # 服务容量不足
        "10009": _RETRY,  # 和引擎建立连接失败
        "10010": _RETRY,  # 接收引擎数据的错误
        "10011": _RETRY,  # 发送数据给引擎的错误
        # 引擎内部错误 (EngineInternalError): the engine's own failure, named by the provider's
        # code, which outranks a client's transport words around it ("stream disconnected"),
        # but not an upstream's reason it wraps ("input token limit is 97280").
        "10012": Code(Kind.GENERIC, Tier.PHRASE, True),
        "10013": _FILTER,  # 输入内容审核不通过
        "10014": _FILTER,  # 输出内容涉及敏感信息, 审核不通过
        "10015": _AUTH,  # appid在黑名单中
        "10016": _AUTH,  # appid授权类的错误 (未开通此功能、版本, token不足, 并发超过授权)
        "10019": _FILTER,  # 本次会话内容有涉及违规信息的倾向
        "10021": _FILTER,  # 输入审核不通过
        "10110": _BUSY,  # 服务忙, 请稍后再试
        "10163": _CONFIG,  # 请求引擎的参数异常, 引擎的schema检查不通过
        "10222": _LINK,  # 引擎网络异常
        "10907": Code(Kind.CONTEXT_LENGTH),  # token数量超过上限: 对话历史+问题的字数太多
        "11200": _AUTH,  # 授权错误: 该appId没有相关功能的授权 或者 业务量超过限制
        "11201": Code(Kind.USAGE_LIMIT),  # 授权错误: 日流控超限, 超过当日最大访问量的限制
        "11202": _RATE,  # 授权错误: 秒级流控超限, 秒级并发超过授权路数限制
        "11203": _RATE,  # 授权错误: 并发流控超限, 并发路数超过授权路数限制
    },
    phrases=(
        # 10105 "illegal access|no appid info" (xfyun.cn AIUI and Spark error tables: 没有权限,
        # an appid, IP whitelist or signature the platform does not accept).
        phrase(Kind.AUTH, "illegal access|no appid info", r"illegal access\|no appid info"),
        # 11200's second meaning, "业务量超过限制" (the licensed volume is used up), shows in the
        # licence item its AppIdNoAuthError names: "AppIdNoAuthError:(16:26:07.442)
        # tokens.total" is the token allowance at zero, which claiming or buying tokens fixes
        # (wangzongming/esp-ai#4): a quota, not a missing licence. Code tier, as the code it
        # refines.
        Phrase(
            Tier.CODE,
            Kind.USAGE_LIMIT,
            ("appidnoautherror",),
            r"appidnoautherror\W{1,4}(?:\([\d:.]{1,20}\)\s*)?tokens\.",
        ),
    ),
)
