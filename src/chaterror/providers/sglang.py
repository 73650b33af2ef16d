"""SGLang: the OpenAI-compatible server.

Source: sgl-project/sglang ``srt/entrypoints/openai/``.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "sglang",
    "SGLang",
    Role.SERVER,
    aliases=("sgl",),
    # pypi sglang 0.5.23 sglang/srt/arg_groups/fields/serving.py:66.
    ports=(30000,),
    modules=("sglang",),
    words=("sglang", r"sglang"),
    # Aborts mid-stream carry type SERVICE_UNAVAILABLE for a full queue and for timeouts alike,
    # so the wording decides (sglang/srt/entrypoints/openai/serving_base.py:119-142). Unknown
    # model names are not rejected: they are passed through.
    phrases=(
        # sglang/srt/managers/scheduler.py:3536-3580, schedule_batch.py:3496-3501, :4526.
        phrase(
            Kind.OVERLOADED,
            "higher priority request",
            r"request is aborted by a higher priority request",
            retryable=True,
        ),
        phrase(
            Kind.OVERLOADED,
            "decode memory pressure",
            r"retracted under decode memory pressure",
            retryable=True,
        ),
        phrase(Kind.OVERLOADED, "kv cache pool is full", r"kv cache pool is full"),
        phrase(Kind.CONFIG, "using priority is disabled", r"using priority is disabled"),
        # sglang/srt/managers/utils.py:283 (the same since pypi sglang 0.4.6 utils.py:34): the
        # scheduler's input check, a 400 abort.
        phrase(
            Kind.CONTEXT_LENGTH,
            "maximum allowed length",
            r"input length \(\d+ tokens\) exceeds the maximum allowed length",
        ),
        # sglang/srt/managers/scheduler.py:2732 (a prompt the KV pool cannot hold at all) and
        # pypi sglang 0.3.6 scheduler.py:562 (an image prompt that cannot be truncated).
        phrase(
            Kind.CONTEXT_LENGTH,
            "kv memory budget|image request length",
            r"request prompt exceeds the kv memory budget"
            r"|image request length is longer than the kv cache pool size",
        ),
        # sglang/srt/entrypoints/openai/serving_decisions.py:352.
        phrase(
            Kind.CONTEXT_LENGTH,
            "does not fit the context length",
            r"tokens, which does not fit the context length",
        ),
        # sglang/srt/managers/schedule_batch.py:3494: retraction found no host memory to park
        # the request in; the server is full, not the request too long.
        phrase(
            Kind.OVERLOADED,
            "retraction host kv pool exhausted",
            r"retraction host kv pool exhausted",
            retryable=True,
        ),
        # sglang/srt/managers/tokenizer_manager.py:3737,3769 and tokenizer_control_mixin.py:669:
        # a LoRA adapter this server has not loaded, or a server started without --enable-lora.
        phrase(
            Kind.CONFIG,
            "never been loaded|lora is not enabled",
            r"lora adapter that has never been loaded|lora is not enabled\. please",
        ),
        # sglang/srt/managers/scheduler.py:3100: a streaming session that is closed or unknown.
        phrase(
            Kind.CONFIG, "invalid request: session id", r"invalid request: session id \S+ does not"
        ),
    ),
)
