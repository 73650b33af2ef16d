"""Word families: how any wording of a failure is built, for errors whose exact words no table
lists.

The phrase tables (:mod:`chaterror.signals`, the provider profiles) list wordings one by one, each
from its source. Every blind round still brings wordings no source listed ("Prompt too long",
"You are sending requests too quickly", "Not enough points"), yet they are built from the same few
words: a subject (the prompt, the request rate, the balance, the connection) and what happened to
it (too long, too quickly, not enough, lost). Each family below is one such grammar: subject words
and predicate words within a few words of each other, in one sentence.

Families are ``HINT`` tier, like a status with one usual meaning: a specific phrase or code
outranks them, and they outrank a bare rejection (400, 403, 404). Where a family meets a status
hint, the precedence table decides by kind, as for any two hints. They are narrower than the words
alone, on purpose; words that name no one kind are left out:

- "quota exceeded", "quota exhausted": a per-minute quota (rate_limit) or a monthly one
  (usage_limit); Google says both.
- "token limit": a request too large or a per-minute token rate.
- "upgrade your plan": rate-limit messages say it too ("to increase your rate limit, upgrade").
- "blocked by … policy": browsers print "blocked by CORS policy"; proxies, "network policy".
- "invalid key": an API key (auth) or a JSON key (config).
- "not available": a model not offered (config) or busy for now (overloaded).
- "no available channel": a relay's model routing (config), not capacity.

The words come from the kinds' definitions (CONTRACT §2) and from the subjects and predicates the
listed phrases share. ``tests/test_families.py`` holds, per family, paraphrases that must match and
wordings of other kinds that must not.
"""

from __future__ import annotations

from typing import Final

from chaterror._evidence import Phrase
from chaterror._evidence import hint as _h
from chaterror.kind import Kind

__all__ = ["FAMILIES"]

#: Up to 40 characters between a subject and its predicate, within one sentence.
_GAP: Final = r"[^.;:!?\n]{0,40}?"
#: Up to three short words ("the model's maximum").
_FEW: Final = r"(?:[\w'-]{1,12} ){0,3}"

FAMILIES: Final[tuple[Phrase, ...]] = (
    # context_length: what was sent is too long for the model.
    _h(
        Kind.CONTEXT_LENGTH,
        "too long|too large|too big|too many tokens",
        rf"(?:prompts?|inputs?|conversations?|messages?|requests?|query|queries|documents?"
        rf"|(?:chat )?history|texts?|payloads?|contexts?)\b{_GAP}"
        rf"\b(?:too (?:long|large|big)(?! to )|too many tokens)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "exceed",
        rf"(?:prompts?|inputs?|conversations?|messages?|requests?|query|documents?|contexts?)\b"
        rf"{_GAP}\bexceed(?:s|ed|ing)? {_FEW}(?:length|context(?: window| length| size)?"
        rf"|window|tokens|token count|input size|sequence length)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "exceeded|overflow|reached|too long|too large|too small",
        rf"(?:context|input|prompt|sequence) (?:length|window|size)\b{_GAP}"
        rf"\b(?:exceeded|overflow(?:ed)?|reached|too (?:long|large|small))\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "longer than|larger than|more than",
        rf"(?:longer|larger|more) than (?:the |its )?{_FEW}(?:context(?: window| length| size)?"
        rf"|input limit|token limit|maximum (?:input|context|sequence) length)\b",
    ),
    # "Your prompt has 9000 tokens, which exceeds the limit of 8192": a count of tokens over a
    # limit, in one sentence with no "per" (a tokens-per-minute limit is a rate).
    _h(
        Kind.CONTEXT_LENGTH,
        "exceed",
        r"\d+ tokens\b(?:(?!\bper\b|/)[^.;:!?\n]){0,40}?\bexceed(?:s|ed|ing)? (?:the |its |a )?"
        r"(?:maximum|max|limit)\b",
    ),
    # rate_limit: this account's requests come too fast.
    _h(
        Kind.RATE_LIMIT,
        "too quickly|too fast|too frequent|too often",
        rf"(?:requests?|calls?|queries|messages)\b{_GAP}"
        rf"\btoo (?:quickly|fast|frequent(?:ly)?|often)\b",
    ),
    _h(
        Kind.RATE_LIMIT,
        "rate",
        rf"(?:request|call|query|api|message) rate\b{_GAP}"
        rf"\b(?:exceeded|limit(?:ed)?|reached|too high)\b",
    ),
    _h(
        Kind.RATE_LIMIT,
        "concurren|parallel|simultaneous",
        rf"(?:concurrent|concurrency|parallel|simultaneous) {_FEW}"
        rf"(?:requests?|connections?|calls?|streams?|sessions?|limit)\b{_GAP}"
        rf"\b(?:exceeded|reached|too many|maximum|limit)\b"
        rf"|too many (?:concurrent|parallel|simultaneous)\b"
        rf"|(?:reached|exceeded|hit) {_FEW}(?:concurrency|concurrent request|parallel request)"
        rf" limit\b",
    ),
    _h(
        Kind.RATE_LIMIT,
        "per second|per minute|per sec|per min|/s |/min",
        rf"(?:requests?|calls?|queries|tokens|messages) (?:per (?:second|minute|sec|min)|/ ?(?:s|min))"
        rf"\b{_GAP}\b(?:limit|exceeded|reached)\b",
    ),
    _h(
        Kind.RATE_LIMIT,
        "qps|rps|rpm|tpm",
        rf"\b(?:qps|rps|rpm|tpm)\b {_FEW}(?:limit|quota)?\b{_GAP}\b(?:exceeded|reached|hit)\b"
        rf"|(?:exceeded|reached|hit) {_FEW}(?:qps|rps|rpm|tpm)\b",
    ),
    _h(
        Kind.RATE_LIMIT,
        "wait before",
        r"wait (?:a (?:moment|bit|while|few seconds|minute) )?before (?:sending|making|trying"
        r"|submitting) (?:another|more|a new)\b",
    ),
    # overloaded: the provider has no room for anyone just now.
    _h(
        Kind.OVERLOADED,
        "high |heavy |excessive |unusual|peak |too much |increased ",
        r"(?:high|heavy|excessive|unusual(?:ly high)?|peak|too much|increased) "
        r"(?:traffic|load|demand|request volume|volume)\b",
    ),
    _h(
        Kind.OVERLOADED,
        "capacity",
        r"(?:at|over|beyond|out of|insufficient|no (?:available )?) ?capacity\b",
    ),
    _h(
        Kind.OVERLOADED,
        "no available|no free|no idle",
        r"no (?:available|free|idle) (?:instances?|workers?|replicas?|servers?|gpus?|nodes?"
        r"|slots?|backends?|resources?)\b",
    ),
    _h(
        Kind.OVERLOADED,
        "overloaded|overwhelmed|saturated|busy|occupied",
        # Not Werkzeug's stock 500 page ("Either the server is overloaded or there is an error in
        # the application", werkzeug/exceptions.py InternalServerError): it says that on any 500.
        rf"(?<!either the )(?:servers?|services?|models?|engines?|systems?|backends?|clusters?|gpus?|workers?"
        rf"|instances?|replicas?)\b{_GAP}\b(?:is |are )?(?:all )?(?:overloaded|overwhelmed"
        rf"|saturated|busy|occupied)\b",
    ),
    _h(
        Kind.OVERLOADED,
        "gpu|compute",
        rf"(?:gpu|compute) (?:resources?|capacity)\b{_GAP}\b(?:are |is )?(?:exhausted|unavailable"
        rf"|insufficient|full)\b",
    ),
    # usage_limit: a credit, balance, plan or long-window cap is spent.
    _h(
        Kind.USAGE_LIMIT,
        "expired|exhausted|depleted|run out|ran out|used up|insufficient|overdue|in arrears",
        rf"(?:trial|free tier|subscription|plan|package|credits?|balance|membership|allowance"
        rf"|billing)\b"
        rf"{_GAP}\b(?:has |have )?(?:expired|exhausted|depleted|run out|ran out|used up"
        rf"|insufficient|overdue|in arrears)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "not enough|insufficient|no remaining|no more|out of|negative|zero",
        r"(?:not enough|insufficient|no remaining|no more|out of|negative|zero) "
        r"(?:account )?(?:credits?|points|balance|funds|coins|money)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "top up|top-up|topup|recharge|add credits|add more credits|add funds|add more funds"
        "|buy credits|purchase",
        r"(?:top[ -]?up|recharge|add (?:more )?(?:credits|funds)|(?:buy|purchase) (?:more )?"
        r"credits)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "daily|monthly|weekly|yearly|annual|lifetime",
        rf"(?:daily|monthly|weekly|yearly|annual|lifetime) {_FEW}(?:limit|cap|quota|allowance"
        rf"|budget)s?\b{_GAP}\b(?:exceeded|reached|hit|exhausted|used up)\b"
        rf"|(?:exceeded|reached|hit|exhausted) {_FEW}(?:daily|monthly|weekly|yearly|annual"
        rf"|lifetime) {_FEW}(?:limit|cap|quota|allowance|budget)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "spend|budget|billing",
        rf"(?:spending|spend|budget|billing) (?:limit|cap|hard limit)\b{_GAP}"
        rf"\b(?:exceeded|reached|hit)\b|budget (?:has been |was )?exceeded\b",
    ),
    _h(Kind.USAGE_LIMIT, "payment", r"payment (?:required|overdue|is overdue)\b"),
    _h(
        Kind.USAGE_LIMIT,
        "credits",
        r"(?:usage |paid |extra |additional |more )?credits (?:are |is )?(?:required|needed)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "plan|subscription|package|tier",
        r"(?<!rate )(?:limit|cap|quota|allowance) (?:of|for|on|in) (?:your|the|this) (?:current )?"
        r"(?:plan|subscription|package|free tier|tier)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "fund|top up|recharge",
        r"(?:fund|top up|recharge) (?:or enable )?(?:the |your )?(?:provider |upstream )?account\b",
    ),
    # A long window: "… for today", "this month", a billing cycle.
    _h(
        Kind.USAGE_LIMIT,
        "today|month|week|year|billing cycle|billing period",
        rf"(?:run out of|used up|no more|exhausted|reached|exceeded|hit)\b{_GAP}"
        rf"\b(?:for today|today|for the (?:day|month|week|year)|this (?:month|week|year)"
        rf"|(?:this|the current) billing (?:cycle|period))\b"
        rf"|(?:quota|limit|cap|allowance|credits?)\b{_GAP}\b(?:for|of) (?:today|this (?:month"
        rf"|week|year)|the (?:day|month|week|year))\b{_GAP}\b(?:used up|exhausted|reached"
        rf"|exceeded|run out|depleted)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "free",
        rf"(?:reached|exceeded|hit|used up|run out of|exhausted) {_FEW}free(?:[- ]tier)? (?:limit"
        rf"|quota|usage|allowance|credits?|messages|requests)\b"
        rf"|free(?:[- ]tier)? (?:limit|quota|usage|allowance|credits?)\b{_GAP}"
        rf"\b(?:reached|exceeded|used up|exhausted)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "usage cap|usage limit|usage quota",
        rf"(?:reached|exceeded|hit) {_FEW}usage (?:cap|limit|quota)\b"
        rf"|usage (?:cap|limit|quota) (?:has been |was |is )?(?:reached|exceeded|hit)\b",
    ),
    # timeout: the connection broke, or the answer did not come in time.
    _h(
        Kind.TIMEOUT,
        "too long",
        r"(?:took|taking|takes) too long|too long to (?:respond|complete|answer|generate|process"
        r"|reply)",
    ),
    _h(
        Kind.TIMEOUT,
        "lost|dropped|interrupted|broken|reset|refused|aborted|terminated|severed|unreachable"
        "|hung up|closed unexpectedly|closed prematurely",
        rf"(?:connection|network|socket|stream|pipe)s?\b{_GAP}\b(?:was |has been |got |is )?"
        rf"(?:lost|dropped|interrupted|broken|reset|refused|aborted|terminated|severed"
        rf"|unreachable|hung up|closed unexpectedly|closed prematurely)\b",
    ),
    _h(
        Kind.TIMEOUT,
        "closed|dropped|lost|reset|terminated|interrupted|aborted",
        r"(?:closed|dropped|lost|reset|terminated|interrupted|aborted) (?:the |our |your |its )?"
        r"(?:network )?(?:connection|socket)\b",
    ),
    _h(
        Kind.TIMEOUT,
        "connect|reach",
        r"(?:failed|unable|could not|couldn't|cannot|can't) (?:to )?(?:connect\b|reach (?:the )?"
        r"(?:server|host|api|endpoint|internet|network|backend|upstream)\b)",
    ),
    _h(
        Kind.TIMEOUT,
        "no data|no response|no reply|received no|empty reply|empty response",
        r"no (?:data|response|reply) (?:was )?(?:received|from)\b|received no (?:data|response)\b"
        r"|empty (?:reply|response) from\b",
    ),
    _h(
        Kind.TIMEOUT,
        "unexpected|premature|ended",
        r"(?:unexpected(?:ly)?|premature(?:ly)?) (?:end of (?:stream|file|response|data)|eof"
        r"|disconnect(?:ion|ed)?|termination)\b|(?:ended|closed|terminated) (?:unexpectedly"
        r"|prematurely|before (?:completion|the response))\b",
    ),
    _h(
        Kind.TIMEOUT,
        "respond",
        r"(?:did not|didn't|failed to|does not|doesn't) respond (?:in time|within|before)\b",
    ),
    _h(
        Kind.TIMEOUT,
        "receiving|reading",
        rf"(?:error|failure|failed) (?:while |when )?(?:receiving|reading)\b{_GAP}"
        rf"\b(?:response|stream|body|data|chunks?)\b",
    ),
    # auth: the caller is not who it says, or may not do this.
    _h(
        Kind.AUTH,
        "have access|have permission|have the |have required|have rights|have privilege",
        r"(?:do(?:es)? not|don'?t|doesn'?t) have (?:the )?(?:required )?(?:access|permissions?"
        r"|rights|privileges?)\b",
    ),
    _h(
        Kind.AUTH,
        "not authori|not authenti|not permitted|not allowed to",
        r"not (?:authori[sz]ed|authenticated|permitted) (?:to|for)\b"
        r"|not allowed to (?:access|use|call)\b",
    ),
    _h(
        Kind.AUTH,
        "invalid|missing|expired|revoked|incorrect|wrong|malformed|not set|not found|not provided"
        "|not valid|not recogni|required|disabled|deactivated|empty",
        rf"(?:api[ _-]?key|access[ _-]?token|auth(?:entication|orization)? token|secret[ _-]?key"
        rf"|credentials?|bearer token)\b{_GAP}\b(?:is |are |was )?(?:invalid|missing|expired"
        rf"|revoked|incorrect|wrong|malformed|not (?:set|found|provided|valid|recogni[sz]ed)"
        rf"|required|disabled|deactivated|empty)\b",
    ),
    _h(
        Kind.AUTH,
        "invalid |missing |expired |revoked |incorrect |wrong |malformed |bad |unknown |empty "
        "|no api|no access|no token|no credential|no secret|no auth",
        r"(?:invalid|missing|expired|revoked|incorrect|wrong|malformed|bad|unknown|empty|no) "
        r"(?:api[ _-]?key|access[ _-]?token|token|credentials?|secret[ _-]?key"
        r"|auth(?:entication)? token)\b",
    ),
    _h(
        Kind.AUTH,
        "disabled|deactivated|suspended|banned|blocked",
        rf"(?:api[ _-]?key|key|access[ _-]?token|credentials?)\b{_GAP}\b(?:has been |is |was )?"
        rf"(?:disabled|deactivated|suspended|banned|blocked)\b",
    ),
    _h(
        Kind.AUTH,
        "region|country|location|territory",
        r"(?:region|country|location|territory) (?:is )?not (?:supported|available|allowed)\b",
    ),
    # config: the request names something unknown or sets a value out of bounds.
    _h(
        Kind.CONFIG,
        "unknown|unrecogni|unsupported|unexpected|invalid|illegal|extra",
        r"(?:unknown|unrecogni[sz]ed|unsupported|unexpected|invalid|illegal|extra) "
        r"(?:parameter|param|field|argument|keyword argument|property|option|value|model|role"
        r"|format|request argument)s?\b",
    ),
    _h(
        Kind.CONFIG,
        "must be",
        r"must be (?:between|less than|greater than|at (?:least|most)|one of|(?:a |an )?"
        r"(?:positive|non-?negative|integer|number|string|boolean|array|object|list))\b",
    ),
    _h(
        Kind.CONFIG,
        "does not exist|doesn't exist|doesnt exist|not found|not supported|unsupported",
        rf"(?:model|endpoint|route|path|resource|deployment|url|engine|method|operation)s?\b"
        rf"{_GAP}\b(?:does not exist|doesn'?t exist|not found|(?:is )?not supported"
        rf"|is unsupported)\b",
    ),
    _h(
        Kind.CONFIG,
        "missing|required",
        rf"missing (?:required )?(?:parameters?|fields?|arguments?|properties|property)\b"
        rf"|(?:parameter|field|argument|property)\b{_GAP}\b(?:is )?(?:required|missing)\b"
        rf"|required (?:parameter|field|argument|property)\b",
    ),
    _h(
        Kind.CONFIG,
        "malformed|invalid|bad|unparsable|unparseable",
        r"(?:malformed|invalid|unparsable|unparseable) (?:json|request|body|payload|schema"
        r"|syntax)\b",
    ),
    _h(
        Kind.CONFIG,
        "unsupported",
        r"unsupported (?:content[ -]type|media type|mime type|file type|encoding)\b",
    ),
    _h(
        Kind.CONFIG,
        "out of range|out of bounds",
        rf"(?:value|parameter|argument|param)\b{_GAP}\b(?:is )?out of (?:range|bounds)\b",
    ),
    _h(
        Kind.CONFIG,
        "invalid url|invalid base|malformed url|malformed base|bad url|bad base|invalid endpoint"
        "|malformed endpoint|bad endpoint",
        r"(?:invalid|malformed|bad) (?:base[ _-]?)?(?:url|endpoint)\b",
    ),
    # A validation error of a server built on pydantic (pydantic-core's messages, src/errors/
    # types.rs: "String should match pattern '…'", "Input should be a valid integer", "Field
    # required", "Extra inputs are not permitted", "List should have at most 4 items"), as
    # Anthropic's API and FastAPI servers return them: a field of the request is wrong.
    _h(
        Kind.CONFIG,
        "should|extra inputs|field required",
        r"(?:string|input|value|list|tuple|dictionary|set|data) should (?:match pattern|be (?:a |an )?"
        r"(?:valid|greater|less|at (?:least|most)|one of)|have (?:at (?:least|most)))\b"
        r"|extra inputs are not permitted\b|field required\b",
    ),
    # "Invalid `signature` in `thinking` block", "Invalid 'messages[1].role'": a named field
    # of the request holds a value the API rejects.
    _h(Kind.CONFIG, "invalid `|invalid '|invalid \"", r"invalid [`'\"][\w.\[\]-]{1,64}[`'\"]"),
    # content_filter: a safety system refused the input or the output.
    _h(
        Kind.CONTENT_FILTER,
        "unsafe|harmful|inappropriate|disallowed|prohibited|sensitive|illicit|objectionable"
        "|offensive|nsfw|toxic",
        r"(?<!-)(?:unsafe|harmful|inappropriate|disallowed|prohibited|sensitive|illicit"
        r"|objectionable|offensive|nsfw|toxic) (?:content|output|input|prompt|image|material"
        r"|language|words?|topics?|request|response)\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "flagged|blocked|filtered|censored|refused|rejected|withheld",
        rf"(?:content|output|input|prompt|request|response|message|image|text|generation"
        rf"|completion)s?\b{_GAP}\b(?:flagged|blocked|filtered|censored|refused|rejected"
        rf"|withheld)\b{_GAP}\b(?:safety|moderation|filters?|guardrails?|guidelines|harmful"
        rf"|unsafe|inappropriate|violent|violence|explicit|sexual|nsfw|hateful)\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "safety|moderation",
        rf"(?:safety|moderation) (?:filters?|checks?|systems?|guardrails?|classifiers?|review"
        rf"|models?)\b{_GAP}\b(?:triggered|flagged|blocked|rejected|refused)\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "stopped|halted|terminated|blocked|refused",
        rf"(?:stopped|halted|terminated|blocked|refused)\b{_GAP}\b(?:because of|due to|for)"
        rf" {_FEW}(?:safety|moderation|content policy|policy reasons)\b",
    ),
)
