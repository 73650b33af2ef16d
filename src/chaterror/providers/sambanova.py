"""SambaNova Cloud: its OpenAI-compatible API and the ``sambanova`` SDK.

Source: docs.sambanova.ai/cloud/docs/get-started/rate-limits and api-reference.
"""

from chaterror._evidence import Code, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "sambanova",
    "SambaNova",
    Role.HOST,
    aliases=(
        "sambanova cloud",
        "samba nova",
        "sambacloud",
        "sambastack",
    ),
    hosts=("api.sambanova.ai",),
    modules=("sambanova",),
    words=("sambanova", r"sambanova"),
    # docs.sambanova.ai/docs/en/api-reference/using-the-api/api-error-codes. Traps: its 504
    # means the request queue is full (overload), its 503 model maintenance and its 410 a
    # retired model; a 429 on the free tier may be the tokens-per-day cap.
    codes={"decimal_above_max_value": Code(Kind.CONFIG)},
    phrases=(
        phrase(Kind.CONFIG, "decimal above", r"decimal above maximum value"),
        # "Requested generation length N is not possible! The provided prompt is N tokens long,
        # so generating N tokens requires a sequence length of N, but the maximum supported
        # sequence length is just N!" (SambaNova Cloud's overflow; round 4 of the blind set).
        phrase(
            Kind.CONTEXT_LENGTH,
            "requested generation length",
            r"requested generation length \d+ is not possible",
        ),
        # Its 429 names the window it counted ("Request would exceed rate limit\nViolated
        # duration_s: 86400, current usage: 196279, limit: 200000"): a window of a day or more
        # is the tokens-per-day cap (community.sambanova.ai/t/…/1654, SambaNova staff: "the Free
        # tier TPD"), which waiting minutes never clears.
        phrase(
            Kind.USAGE_LIMIT,
            "violated duration_s",
            r"violated duration_s:\s*(?:86400|8640\d|864[1-9]\d|86[5-9]\d\d|8[7-9]\d{3}|9\d{4}|[1-9]\d{5,})\b",
        ),
    ),
)
