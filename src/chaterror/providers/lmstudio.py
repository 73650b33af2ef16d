"""LM Studio's local server (OpenAI-compatible).

Overflow reads "n_keep: N >= n_ctx: M". Source: lmstudio.ai/docs, the fixture notes.
"""

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile

PROFILE = Profile(
    "lmstudio",
    "LM Studio",
    aliases=("lm studio", "lm-studio"),
    modules=("lmstudio",),
    words=("studio|n_keep", r"lm ?studio|n_keep"),
    phrases=(phrase(Kind.CONTEXT_LENGTH, "n_keep", r"n_keep:? ?\d+ ?>= ?n_ctx"),),
)
