"""LM Studio's local server (OpenAI-compatible).

Overflow reads "n_keep: N >= n_ctx: M". Source: lmstudio.ai/docs, the fixture notes.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "lmstudio",
    "LM Studio",
    Role.SERVER,
    aliases=("lm studio", "lm-studio"),
    modules=("lmstudio",),
    # Its own overflow wording names it as surely as its name does.
    words=(
        "studio|n_keep|context the overflows|loaded with context length|mid-generation",
        r"lm ?studio|n_keep|context the overflows|model is loaded with context length"
        r"|support mid-generation context overflow",
    ),
    phrases=(phrase(Kind.CONTEXT_LENGTH, "n_keep", r"n_keep:? ?\d+ ?>= ?n_ctx"),),
)
