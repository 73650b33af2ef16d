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
    ),
)
