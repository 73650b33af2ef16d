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
#: The same, where the gap may hold a dotted name ("cortex.llamacpp", "workersai.chat"): a period
#: followed by a word character is no sentence end. Slower than ``_GAP``, so only where a name
#: sits between subject and predicate.
_NAME_GAP: Final = r"(?:[^.;:!?\n]|\.(?=\w)){0,40}?"
#: Up to three short words ("the model's maximum", "your daily gemini-2.5-pro").
_FEW: Final = r"(?:[\w'.-]{1,20} ){0,3}"
#: What answers a request: a server, an engine, a provider.
_SERVER: Final = (
    r"(?:server|engine|instance|service|backend|host|endpoint|provider|upstream|model)s?"
)

FAMILIES: Final[tuple[Phrase, ...]] = (
    # context_length: what was sent is too long for the model.
    _h(
        Kind.CONTEXT_LENGTH,
        "too long|too large|too big|too many tokens",
        rf"(?:prompts?|inputs?|conversations?|messages?|requests?|query|queries|documents?"
        rf"|(?:chat )?history|texts?|payloads?|contexts?|chats?|threads?)\b{_GAP}"
        # Not a wait ("The request took too long", a timeout's words).
        rf"(?<!took )(?<!takes )(?<!taking )"
        rf"\b(?:too (?:long|large|big)(?! to )|too (?:long|large|big) to fit|too many tokens)\b",
    ),
    # An upload said to be too large ("File size is too large. … Max file size: 0.0001 MB",
    # LiteLLM proxy's check of an audio file, docs.litellm.ai/docs/text_to_speech); not a guess
    # ("File may be too large", an app's note beside a 401).
    _h(
        Kind.CONTEXT_LENGTH,
        "too large|too big",
        r"(?:files?|attachments?|uploads?)(?: size)? (?:is |are |was )?too (?:large|big)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "exceed",
        # "Total tokens of image and text exceed max message tokens" (Volcengine Ark's 400).
        rf"(?:prompts?|inputs?|conversations?|messages?|requests?|query|documents?|contexts?"
        rf"|texts?)\b{_GAP}\bexceed(?:s|ed|ing)? {_FEW}(?:length|context(?: window| length| size)?"
        rf"|window|tokens|token count|input size|sequence length)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "exceeded|overflow|reached|too long|too large|too small",
        rf"(?:context|input|prompt|sequence) (?:length|window|size)\b{_GAP}"
        rf"\b(?:exceeded|overflow(?:ed)?|reached|too (?:long|large|small))\b",
    ),
    # "Max context tokens exceeded (requested 40960, available 32768)".
    _h(
        Kind.CONTEXT_LENGTH,
        "exceeded|reached",
        r"\bmax(?:imum)? (?:context|input|prompt) tokens? (?:exceeded|reached)\b",
    ),
    # "140k tokens won't fit into a 128k context window", "The message history no longer fits in
    # the context window".
    _h(
        Kind.CONTEXT_LENGTH,
        "fit",
        r"(?:won'?t|will not|does not|doesn'?t|do not|don'?t|no longer|cannot|can'?t) fits? "
        r"(?:in|into|within) (?:the |a |its |your |this )?(?:[\w'-]+ ){0,2}context(?: window)?\b",
    ),
    # "This request exceeds the model's token limit": the model's own limit, not a rate.
    _h(
        Kind.CONTEXT_LENGTH,
        "exceed",
        r"\bexceed(?:s|ed|ing)? (?:the |its |this )?model'?s? (?:max(?:imum)? )?(?:token limit"
        r"|context)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "longer than|larger than|more than",
        rf"(?:longer|larger|more) than (?:the |its )?{_FEW}(?:context(?: window| length| size)?"
        rf"|input limit|token limit|maximum (?:input|context|sequence) length)\b",
    ),
    # The advice that goes with an overflow: "try to truncate your input", "shorten the prompt".
    _h(
        Kind.CONTEXT_LENGTH,
        "truncate|shorten",
        r"\b(?:truncate|shorten) (?:your |the )?(?:input|prompt|messages?|conversation"
        r"|(?:chat )?history|context)\b",
    ),
    # "Your prompt has 9000 tokens, which exceeds the limit of 8192": a count of tokens over a
    # limit, in one sentence with no "per" (a tokens-per-minute limit is a rate).
    _h(
        Kind.CONTEXT_LENGTH,
        "exceed",
        r"\d+ tokens\b(?:(?!\bper\b|/)[^.;:!?\n]){0,40}?\bexceed(?:s|ed|ing)? (?:the |its |a )?"
        r"(?:maximum|max|limit)\b",
    ),
    # A size in bytes or characters over a limit ("total message size 2100954 exceeds limit
    # 2097152", "request size 12 MB exceeds the maximum"): what was sent is too large.
    _h(
        Kind.CONTEXT_LENGTH,
        "size",
        r"(?:message|request|payload|body|input|prompt|content) size (?:of )?\d+(?:\.\d+)?"
        r" ?(?:[kmg]i?b|bytes|characters|chars)? exceeds? (?:the |its )?(?:limit|maximum|max)\b",
    ),
    # rate_limit: this account's requests come too fast ("You're requesting generations too
    # quickly", Google Flow's Veo limit, trgkyle/veo-automation-user-guide#6).
    _h(
        Kind.RATE_LIMIT,
        "too quickly|too fast|too frequent|too often",
        rf"(?:requests?|requesting|calls?|queries|messages|generations)\b{_GAP}"
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
    # A limit in the "N per M unit" form the `limits` library prints (alisaifee/limits
    # RateLimitItem.__str__: "50 per 1 minute"), the whole 429 description of Flask-Limiter and
    # SlowAPI: a window of seconds to hours is a rate; a day or longer is a cap (below).
    _h(Kind.RATE_LIMIT, " per ", r"\b\d+ per (?:\d+ )?(?:second|minute|hour)s?\b"),
    _h(Kind.USAGE_LIMIT, " per ", r"\b\d+ per (?:\d+ )?(?:day|month|year)s?\b"),
    # "the per-minute message rate for your key": a window named before the rate.
    _h(
        Kind.RATE_LIMIT,
        "per-minute|per-second|per minute|per second",
        r"\bper[- ](?:minute|second) (?:request |message |token |call )?(?:rate|limit)\b",
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
        "high |heavy |excessive |unusual|peak |too much |increased |extreme ",
        # Not CloudFront's error page guessing at a cause ("There might be too much traffic or
        # a configuration error"), shown for any origin it could not reach.
        # Nor FastChat's banner before every error it returns ("NETWORK ERROR DUE TO HIGH
        # TRAFFIC. PLEASE REGENERATE OR REFRESH THIS PAGE.", fastchat/constants.py).
        # Nor a message hedging about a cause ("exceeded the timeout of 3 minutes. This may be
        # caused by excessive traffic", Anyscale Endpoints' 504; "Request timed out. The AI
        # service may be experiencing high load.", autohandai/code-cli issue 73): the error is
        # what it names.
        r"(?<!might be )(?<!network error due to )(?<!may be caused by )(?<!might be caused by )"
        r"(?<!be experiencing )"
        r"(?:high|heavy|excessive|unusual(?:ly high)?|peak|too much|increased|extreme) "
        # "… is experiencing a high volume of traffic" (Kiro's notice for a busy model).
        r"(?:(?:volume|level|amount)s? of )?(?:traffic|load|demand)\b(?!\. please regenerate)",
    ),
    _h(
        Kind.OVERLOADED,
        "capacity",
        # "Infrastructure is at maximum capacity, try again" (a 503 OpenRouter passed to
        # SillyTavern, SillyTavern/SillyTavern issue 4249).
        rf"(?:at(?: max(?:imum)?)?|over|beyond|out of|insufficient|no (?:available )?) ?capacity\b"
        rf"|(?:at full|reached|exceed(?:ed|s|ing)?|surpass\w*|insufficient|beyond|maximum serving"
        rf"|not enough|lack of)\b{_GAP}(?<!context )(?<!memory )(?<!storage )capacity\b",
    ),
    _h(
        Kind.OVERLOADED,
        "no available|no free|no idle",
        r"no (?:available|free|idle) (?:instances?|workers?|replicas?|servers?|gpus?|nodes?"
        r"|slots?|backends?|resources?)\b",
    ),
    _h(
        Kind.OVERLOADED,
        "overloaded|overwhelmed|saturated|busy|occupied|swamped",
        # Not Werkzeug's stock 500 page ("Either the server is overloaded or there is an error in
        # the application", werkzeug/exceptions.py InternalServerError): it says that on any 500.
        rf"(?<!either the )(?:servers?|services?|models?|engines?|systems?|backends?|clusters?|gpus?|workers?"
        rf"|instances?|replicas?)\b{_GAP}\b(?:is |are )?(?:all )?(?:overloaded|overwhelmed"
        rf"|saturated|busy|occupied|swamped)\b",
    ),
    # An application's snake_case reason for it ("engine_overloaded", "upstream_overloaded"),
    # the way "_timeout" names a deadline.
    _h(Kind.OVERLOADED, "_overloaded", r"[a-z0-9]+(?:_[a-z0-9]+)*_overloaded\b"),
    # A router's word that the provider behind it cannot take requests now ("HTTP 429: Upstream
    # model provider is temporarily unavailable. Please try again in a moment.", CommandCode
    # through hermes-agent): the provider's state, not this account's rate.
    _h(
        Kind.OVERLOADED,
        "provider is temporarily unavailable|providers are temporarily unavailable",
        r"\bupstream (?:model )?providers? (?:is|are) temporarily unavailable\b",
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
        "expired|exhausted|depleted|run out|ran out|used up|insufficient|overdue|in arrears|spent",
        rf"(?:trial|free tier|subscription|plan|package|credits?|balance|membership|allowance"
        rf"|billing|budget)\b"
        rf"{_GAP}\b(?:has |have )?(?:been )?(?:fully )?(?:expired|exhausted|depleted|run out|ran out"
        rf"|used up|insufficient|overdue|in arrears|spent)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "not enough|insufficient|no remaining|no more|out of|negative|zero|have enough",
        r"(?:not enough|insufficient|no remaining|no more|out of|negative|zero) "
        r"(?:account |prepaid |paid |free )?(?:credits?|points|balance|funds|coins|money|quota)\b"
        r"|(?:not|n't) have enough (?:credits?|points|balance|funds|quota)\b",
    ),
    # The same said after its subject ("user quota … is not enough", one-api's and its
    # forks' pre-charge check; "balance is not enough").
    _h(
        Kind.USAGE_LIMIT,
        "not enough",
        rf"(?:credits?|points|balance|funds|quota)\b{_GAP}\b(?:is|are) not enough\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "top up|top-up|topup|recharge|add credits|add more credits|add funds|add more funds"
        "|buy credits|buy more|purchase|fund",
        r"(?:top[ -]?up|recharge|add (?:more )?(?:credits|funds)|(?:buy|purchase) (?:more )?"
        r"credits)\b|fund (?:or enable )?(?:the |your )?(?:provider |upstream )?account\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "daily|monthly|weekly|yearly|annual|lifetime",
        rf"(?:daily|monthly|weekly|yearly|annual|lifetime) {_FEW}(?:limit|cap|quota|allowance"
        rf"|budget)s?\b{_GAP}\b(?:exceeded|reached|hit|exhausted|used up)\b"
        rf"|(?:exceeded|reached|hit|exhausted) {_FEW}(?:daily|monthly|weekly|yearly|annual"
        rf"|lifetime) {_FEW}(?:limit|cap|quota|allowance|budget)\b",
    ),
    # The same window named after the limit ("You've reached your write unit limit for the
    # current month (2000000)", Pinecone's 429, pinecone-io/examples' saved output).
    _h(
        Kind.USAGE_LIMIT,
        "for the current month|for the current day|for the current billing",
        r"(?:limit|quota|cap|allowance) for the current (?:month|day|billing (?:period|cycle))\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "spend|budget|billing|credit limit",
        rf"(?:spending|spend|budget|billing|credit) (?:limit|cap|hard limit)\b{_GAP}"
        rf"\b(?:exceeded|reached|hit)\b|budget (?:has been |was )?exceeded\b"
        # "Max spend reached", "reached its token budget", "exceeded the spend limit".
        rf"|max(?:imum)? (?:spend|budget)\b{_GAP}\b(?:exceeded|reached|hit)\b"
        rf"|(?:reached|exceeded|hit) (?:its |your |the |their )?(?:token |usage |cost |monthly )?"
        rf"(?:budget|spend(?:ing)? limit)\b",
    ),
    # An allowance used up ("You have exceeded your premium request allowance", GitHub
    # Copilot's monthly premium requests).
    _h(
        Kind.USAGE_LIMIT,
        "allowance",
        r"(?:exceeded|used up|exhausted|reached|hit) (?:your |the |its |their )?(?:[\w-]+ ){0,2}"
        r"allowance\b",
    ),
    # "Inference usage has reached the max" (Hugging Face's free plan), "credits have hit
    # their limit": the account's cumulative usage, not a request rate.
    _h(
        Kind.USAGE_LIMIT,
        "reached|hit ",
        rf"(?:usage|credits?|allowance)\b{_GAP}\b(?:has |have )?(?:reached|hit) (?:the |its |their "
        rf"|your )?(?:max(?:imum)?|limit|cap)\b",
    ),
    # An account stopped over money owed ("suspended for non-payment", "outstanding invoice"):
    # billing, not the credentials.
    _h(
        Kind.USAGE_LIMIT,
        "payment|invoice|balance",
        r"\bnon-?payment\b|\b(?:outstanding|unpaid|overdue) (?:invoices?|balance|payments?)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "payment|add a valid",
        r"payment (?:required|overdue|is overdue|(?:method )?(?:was )?(?:declined|failed))\b"
        r"|add a valid (?:card|payment method)\b",
    ),
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
    # A long window: "… for today", "this month", a billing cycle.
    _h(
        Kind.USAGE_LIMIT,
        "today|month|week|year|the day|billing cycle|billing period",
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
        rf"(?:reached|exceeded|hit|used up|used all(?: of)?|run out of|exhausted) {_FEW}free(?:[- ]tier)?"
        rf" (?:limit|quota|usage|allowance|credits?|messages|requests)\b"
        # "the maximum number of tokens allowed on the free plan".
        rf"|(?:reached|hit|exceeded) {_FEW}(?:max(?:imum)?|limit)\b{_GAP}\bon (?:the|your) free "
        rf"(?:plan|tier)\b"
        rf"|free(?:[- ]tier)? (?:limit|quota|usage|allowance|credits?)\b{_GAP}"
        rf"\b(?:reached|exceeded|used up|exhausted)\b",
    ),
    # A quota of GPU or compute time (Hugging Face ZeroGPU's "You have exceeded your GPU
    # quota"): an allowance of time, which a retry loop does not refill.
    _h(
        Kind.USAGE_LIMIT,
        "gpu quota|compute quota|gpu time|compute time",
        rf"(?:gpu|compute) (?:quota|time)\b{_GAP}\b(?:exceeded|exhausted|used up|reached)\b"
        rf"|(?:exceeded|exhausted|used up|reached) {_FEW}(?:gpu|compute) (?:quota|time)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "ended",
        rf"(?:free )?(?:promotion|trial|free tier|free access|free period)\b{_GAP}\bhas ended\b"
        rf"|(?:promotion|trial) (?:has )?ended\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "usage cap|usage limit|usage quota",
        # A window in parentheses too ("You've reached your weekly (7-day) usage limit", Kimi's
        # coding plan).
        rf"(?:reached|exceeded|hit) {_FEW}(?:\([\w -]{{1,20}}\) )?usage (?:cap|limit|quota)\b"
        rf"|usage (?:cap|limit|quota) (?:has been |was |is )?(?:reached|exceeded|hit)\b",
    ),
    # timeout: the connection broke, or the answer did not come in time.
    _h(
        Kind.TIMEOUT,
        "too long|longer than",
        r"(?:took|taking|takes) too long|too long to (?:respond|complete|answer|generate|process"
        r"|reply)"
        # "took longer than 90s without a reply".
        r"|(?:took|taking|takes) longer than \d+(?:\.\d+)? ?(?:ms|s|sec|secs|seconds?|minutes?|min)\b",
    ),
    _h(
        Kind.TIMEOUT,
        "lost|dropped|interrupted|broke|reset|refused|aborted|terminated|severed|unreachable"
        "|hung up|closed unexpectedly|closed prematurely",
        rf"(?:connection|network|socket|stream|pipe)s?\b{_GAP}\b(?:was |has been |got |is )?"
        rf"(?:lost|dropped|interrupted|broken|broke|reset|refused|aborted|terminated|severed"
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
        # "unable to reach the AI service".
        r"(?:[\w-]+ )?(?:server|host|api|endpoint|internet|network|backend|upstream|service)\b)",
    ),
    # A server, engine or provider that cannot be reached or stopped answering ("The LLM engine
    # instance could not be reached or is not responding", "The provider stopped responding
    # mid-stream").
    _h(
        Kind.TIMEOUT,
        "reached|responding",
        rf"{_SERVER}\b{_GAP}\b(?:could not|couldn't|cannot|can't) be reached\b"
        # "Ollama at http://localhost:11434 could not be reached while requesting a response".
        rf"|\bhttps?://[^\s\"'<>]{{1,200}} (?:could not|couldn't|cannot|can't) be reached\b"
        rf"|{_SERVER} (?:is |are |has |have )?(?:not responding|stopped responding)\b",
    ),
    # "We're having trouble connecting to the model provider" (not the title "Unable to reach
    # the model provider" that Cursor puts on every provider error: its detail decides).
    # A local server that is not up ("Ollama is not running at http://localhost:11434/v1. Please
    # start the backend and try again.", Gemini CLI's docs for its Ollama backend): nothing
    # answers the connection, as a refused one. An address must follow ("… is not running at
    # full capacity" says something else).
    _h(
        Kind.TIMEOUT,
        "is not running at",
        r"\b(?:ollama|server|backend|daemon|service|lm studio|llama\.cpp|vllm) is not running at"
        r" (?:https?://|localhost\b|\[?[\d.:]+\]?:\d|[\w.-]+:\d)",
    ),
    _h(
        Kind.TIMEOUT,
        "trouble connecting|trouble reaching",
        r"trouble (?:connecting|reaching) (?:to )?(?:the )?(?:model )?(?:provider|server|api"
        r"|service|backend|network)\b",
    ),
    # Also "Amazon SageMaker could not get a response from the … endpoint" (SageMaker runtime's
    # ModelError when the container does not answer, aws/amazon-sagemaker-examples issue 3089).
    _h(
        Kind.TIMEOUT,
        "no data|no response|no reply|received no|empty reply|empty response|a response from",
        r"no (?:data|response|reply) (?:was )?(?:received|from)\b|received no (?:data|response)\b"
        r"|(?:could not|couldn.t|did not|failed to) (?:get|receive) a response from\b"
        # curl's "Empty reply from server": the connection closed with nothing; not a model that
        # answered with nothing ("empty response from the model").
        r"|empty (?:reply|response) from (?:the )?(?:server|host|upstream|backend|proxy|gateway"
        r"|api|remote)\b",
    ),
    _h(
        Kind.TIMEOUT,
        "unexpected|premature|ended|terminated before|closed before",
        r"(?:unexpected(?:ly)?|premature(?:ly)?) (?:end of (?:stream|file|response|data)|eof"
        r"|disconnect(?:ion|ed)?|termination)\b|(?:ended|closed|terminated) (?:unexpectedly"
        r"|prematurely|before (?:completion|the response))\b"
        # A stream cut before its end: Bedrock's ConverseStream as AgentCore reports it ("Stream
        # ended without completing a message", aws-samples/sample-multi-agent-orchestration-chat-
        # on-agentcore issue 8); an OpenClaw gateway's "request ended without sending any chunks"
        # (openclaw/openclaw issue 10210).
        r"|\b(?:stream|response|request) ended without (?:completing|sending|receiving)\b",
    ),
    _h(
        Kind.TIMEOUT,
        "for too long",
        r"(?:initiali[sz]ing|starting|loading|waiting|running|pending|booting) for too long\b",
    ),
    _h(
        Kind.TIMEOUT,
        "duration|execution time|wall clock|wall-clock|runtime|run time",
        rf"max(?:imum)? (?:duration|execution time|wall[- ]clock time|run ?time)\b{_GAP}"
        r"\b(?:reached|exceeded)\b",
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
    # An account pool whose every account is throttled ("Token error: All accounts limited",
    # Antigravity-Manager's 503 when each pooled Google account answered 429): a wait, not a cap.
    _h(
        Kind.RATE_LIMIT,
        "account",
        r"\b(?:all|every) (?:[\w-]+ )?accounts? (?:are |is )?(?:currently |temporarily )?"
        r"(?:rate[- ]?)?limited\b",
    ),
    # "You are sending too many messages. Try again later." (HuggingChat's throttle).
    _h(
        Kind.RATE_LIMIT,
        "too many requests|too many messages|too many calls",
        r"(?:sending|sent|send|making|made) too many (?:requests|messages|calls)\b",
    ),
    # auth: the caller is not who it says, or may not do this.
    _h(
        Kind.AUTH,
        "have access|have permission|have the |have required|have rights|have privilege"
        "|have enough|have sufficient",
        r"(?:do(?:es)? not|don'?t|doesn'?t) have (?:the )?(?:required |enough |sufficient )?(?:access|permissions?"
        r"|rights|privileges?)\b",
    ),
    _h(
        Kind.AUTH,
        "not authori|not authenti|not permitted|not allowed",
        r"not (?:authori[sz]ed|authenticated|permitted) (?:to|for)\b"
        r"|(?:request|access|operation|action|call) (?:was |is )?not permitted\b"
        r"|not allowed to (?:access|use|call)\b"
        # one-hub's 403 "API requests are not allowed".
        r"|(?:api )?requests? (?:are|is) not allowed\b",
    ),
    # A model or feature kept for some callers ("Access to this model is restricted to verified
    # organizations"): not permitted for this one.
    _h(
        Kind.AUTH,
        "restricted to|limited to",
        rf"(?:access|models?|features?|endpoints?|apis?)\b{_NAME_GAP}\b(?:is |are )?(?:only )?"
        rf"(?:restricted|limited) to (?:verified|approved|enterprise|allow-?listed|whitelisted"
        rf"|selected|invited|authori[sz]ed)\b",
    ),
    # An organization's policy refusing a provider, model or region ("Provider not allowed for
    # organization", a router's 400).
    _h(
        Kind.AUTH,
        "not allowed for",
        r"(?:providers?|models?|regions?|endpoints?|features?) (?:is |are )?not allowed for "
        r"(?:this |your |the )?(?:organi[sz]ation|org|account|team|project|workspace|user|key)\b",
    ),
    _h(
        Kind.AUTH,
        "invalid|missing|expired|revoked|incorrect|wrong|malformed|not set|not found|not provided"
        "|not valid|not recogni|required|disabled|deactivated|empty|n't valid|n't recogni"
        "|rejected",
        rf"(?:api[ _-]?key|access[ _-]?token|auth(?:entication|orization)? token|secret[ _-]?key"
        rf"|credentials?|bearer token)\b{_GAP}\b(?:is |are |was )?(?:invalid|missing|expired"
        rf"|revoked|incorrect|wrong|malformed|not (?:set|found|provided|valid|recogni[sz]ed)"
        # "your API key isn't valid", "The API key you entered was rejected by the provider".
        rf"|(?:is|was|are)n't (?:valid|recogni[sz]ed)|rejected"
        rf"|required|disabled|deactivated|empty)\b",
    ),
    _h(
        Kind.AUTH,
        "invalid |missing |expired |revoked |incorrect |wrong |malformed |bad |unknown |empty "
        "|no api|no access|no token|no credential|no secret|no auth"
        "|no admin|no bearer|no session|no user|no master",
        # Not a token inside data ("message contains an invalid token: <|fim_suffix|>", OpenAI
        # fine-tuning's check of a training file).
        r"(?<!contains an )(?:invalid|missing|expired|revoked|incorrect|wrong|malformed|bad|unknown"
        r"|empty|no) "
        # "Invalid admin token." (Portkey's gateway), "invalid bearer token".
        r"(?:(?:admin|bearer|session|user|master) )?"
        r"(?:api[ _-]?key|access[ _-]?token|token|credentials?|secret[ _-]?key"
        r"|auth(?:entication)? token)\b(?! in (?:the |your )?(?:prompt|input|text|messages?))",
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
    # "This model provider doesn't serve your region" (Cursor's notice).
    _h(
        Kind.AUTH,
        "serve your|serve this",
        r"\b(?:doesn'?t|does not|don'?t|do not|cannot|can'?t) serve (?:your|this) (?:region|country"
        r"|location|territory)\b",
    ),
    # "You do not have a valid license of this product" (Google's Code Assist): not entitled.
    _h(
        Kind.AUTH,
        "valid license|valid licence",
        r"\b(?:do(?:es)? not|don'?t|doesn'?t) have a valid licen[cs]e\b",
    ),
    # "The model you requested is unavailable in your region" (Snowflake Cortex until cross-region
    # inference is enabled): a location the provider does not serve this caller from.
    _h(
        Kind.AUTH,
        "unavailable in your|unavailable in this",
        r"\bunavailable in (?:your|this) (?:region|country|location|territory)\b",
    ),
    # A region, model or feature the account has not been given ("Region 'us-east-1' is not
    # enabled for your account", bedrock-access-gateway's troubleshooting guide; an API not
    # enabled for a project): not permitted, whatever status carries it.
    _h(
        Kind.AUTH,
        "not enabled for",
        # Hatz's 403 permission_error "LLM Gateway is not enabled for your organization"
        # (docs.hatz.ai/en/articles/18234941-ai-gateway-errors).
        rf"(?:regions?|models?|features?|apis?|services?|endpoints?|access|gateways?)\b{_NAME_GAP}"
        rf"\b(?:is|are) not enabled for (?:your|this|the) (?:account|project|organi[sz]ation|org"
        rf"|subscription|tenant|workspace)\b",
    ),
    # An account or service switched off for breaking the terms ("This service has been disabled
    # in this account for violation of Terms of Service", Google's 403 to Gemini CLI): not a
    # refusal of this request's content, which names a usage policy.
    _h(
        Kind.AUTH,
        "violation of terms|violation of the terms|violation of our terms|violation of its terms",
        r"\b(?:disabled|suspended|banned|deactivated|terminated)\b[^.\n]{0,60}?\bfor (?:a )?"
        r"violation of (?:the |our |its )?terms of service\b",
    ),
    # config: the request names something unknown or sets a value out of bounds.
    _h(
        Kind.CONFIG,
        "unknown|unrecogni|unsupported|unexpected|invalid|illegal|extra",
        r"(?:unknown|unrecogni[sz]ed|unsupported|unexpected|invalid|illegal|extra) "
        # A setting's name between ("Invalid temperature value 'hot'").
        r"(?:[a-z_]{3,30} )?"
        r"(?:parameter|param|field|argument|keyword argument|property|option|value|model|role"
        # Not an app's own step that failed ("get xinference model extra parameter failed").
        r"|format|request argument)s?\b(?! failed)"
        # "unknown provider 'openrouterx' in model string".
        # LiteLLM's "Unknown provider=us, model=us.anthropic.claude-…" (a cross-region model id
        # it could not map, litellm/llms/bedrock/common_utils.py).
        r"|\bunknown (?:provider|deployment|engine) ?['\"`=]",
    ),
    # A relay's channel whose settings it cannot use ("invalid tecent config", one-api's
    # Tencent channel without its AppID|SecretId|SecretKey; "invalid azure config").
    _h(Kind.CONFIG, "config", r"(?<![a-z])invalid [a-z]{2,20} config(?:uration)?\b", bounded=False),
    # "top_k is not a valid parameter for this provider".
    _h(
        Kind.CONFIG,
        "not a valid",
        r"\bnot a valid (?:parameter|param|argument|field|option|value|model|setting)\b",
    ),
    # "Only text tool_result blocks are supported when tool_result.content is an array" (LM
    # Studio's Anthropic-compatible endpoint), "Only PNG and JPEG images are supported": the
    # request asks for what the server does not do. Not a count of requests (a rate's words).
    _h(
        Kind.CONFIG,
        "are supported|is supported",
        r"\bonly (?![^.\n]{0,60}?\brequests?\b)[a-z][\w .,/-]{0,60}? (?:is|are) supported\b",
    ),
    # "bedrock provider only supports anthropic models for now" (Crush's provider check): the
    # configured model is not one this provider or client takes.
    _h(
        Kind.CONFIG,
        "only supports|supports only",
        r"\b(?:only supports?|supports only) (?:[\w.-]+ ){0,3}models?\b",
    ),
    _h(
        Kind.CONFIG,
        "must be",
        r"must be (?:between|less than|greater than|at (?:least|most)|one of|(?:a |an )?"
        r"(?:positive|non-?negative|integer|number|string|boolean|array|object|list))\b",
    ),
    _h(
        Kind.CONFIG,
        "does not exist|doesn't exist|doesnt exist|not found|not supported|unsupported|be found",
        rf"(?:model|endpoint|route|path|resource|deployment|url|engine|method|operation|provider"
        rf"|gateway|(?:api[ -])?version)s?\b{_NAME_GAP}\b(?:does not exist|doesn'?t exist|not found"
        rf"|(?:could|can)(?:not|n't| not) be found|(?:is )?not supported|is unsupported)\b",
    ),
    # What the chosen model or provider does not take ("Image inputs are not supported by the
    # selected model", "Extended thinking is not available on this model", "Embedding model
    # cannot be used with the chat completions endpoint").
    _h(
        Kind.CONFIG,
        "not supported by|not supported for|not supported on|not supported with|not available on"
        "|not available for|not available with|be used",
        r"\b(?:is|are) not (?:supported|available) (?:by|for|on|with) (?:the |this |that |your )?"
        r"(?:selected |current |chosen |requested )?(?:model|provider|endpoint|deployment)\b"
        r"|\b(?:cannot|can't|can not) be used (?:with|for|on) (?:the |this |that )?(?:[\w-]+ ){0,2}"
        r"(?:model|provider|endpoint|api)\b",
    ),
    # A name the gateway has nowhere to send ("no provider configured for model alias
    # 'fast-default'"); not "no available provider", which is capacity.
    _h(
        Kind.CONFIG,
        "configured for|registered for|defined for|mapped for|no deployment",
        r"\bno (?:provider|model|deployment|endpoint|route|channel)s? (?:is |are )?(?:configured"
        r"|registered|defined|mapped) for\b"
        # SAP AI Core's SDKs: "No deployment matched the given criteria", "No deployment found
        # with: deployment.model_name == gpt-4o".
        r"|\bno deployments? (?:matched the given|found with)\b",
    ),
    # "at most 4 stop sequences are allowed, got 9": a bound of the request.
    _h(
        Kind.CONFIG,
        "at most",
        r"\bat most \d+ (?:[\w-]+ ){0,2}(?:is|are) allowed\b",
    ),
    # A retired model or endpoint ("Claude Opus 4.5 is no longer available. Please switch to
    # Claude Opus 4.6.", "The model gemini-1.0-pro has been retired", "This model is no longer
    # supported"): the request must name another.
    _h(
        Kind.CONFIG,
        "no longer|retired|discontinued|decommissioned|sunset|end of life|end-of-life",
        rf"(?:models?|versions?|endpoints?|apis?|engines?|deployments?)\b{_NAME_GAP}\b(?:is |are |has been "
        rf"|have been |was |were )?(?:no longer (?:available|supported|offered|served|accessible)"
        rf"|retired|discontinued|decommissioned|sunset|end[ -]of[ -]life)\b"
        rf"|no longer (?:available|supported|offered|served)\b(?:[.,;!] ?| )(?:please )?(?:switch"
        rf"|migrate|move|upgrade) to\b",
    ),
    # A feature or API retired, with its replacement named ("Live search is deprecated. Please
    # switch to the Agent Tools API", xAI): the request must change.
    _h(
        Kind.CONFIG,
        "deprecated",
        r"\b(?:is|are|has been|have been) deprecated\b(?:[.,;!] ?| )(?:please )?(?:switch|migrate"
        r"|move|upgrade|use)\b",
    ),
    # A model the server could not load ("Failed to load model 'llama-3.3-70b-instruct' via 'lms
    # load'"): the model or its settings, not a wait.
    _h(
        Kind.CONFIG,
        "load model|load the model",
        # Not LocalAI's "could not load model: rpc error: … EOF", its backend process dying.
        r"\b(?:failed to|could not|couldn'?t|unable to|cannot|can'?t) load (?:the )?model\b"
        r"(?![^\n]{0,60}?rpc error)",
    ),
    # "Error: endpoint /v1/engines/davinci/completions has been removed. Use …".
    _h(
        Kind.CONFIG,
        "removed",
        rf"(?:models?|endpoints?|engines?|deployments?)\b{_NAME_GAP}\b(?:has been|have been|was"
        rf"|were) removed\b",
    ),
    # A model set up without what the request needs ("Vision add-on is not loaded, but images
    # were provided for processing", LM Studio's MLX engine; a projector not loaded).
    _h(
        Kind.CONFIG,
        "not loaded",
        r"(?:vision|image|multimodal|audio) (?:add-on|adapter|projector|module|encoder|support)s? "
        r"(?:is |are )?not loaded\b",
    ),
    # A name that is still a template's placeholder ("Model '${tensorrt_llm_model_name}' is not
    # ready", a Triton ensemble whose config was never filled in): a setting, never a wait.
    _h(
        Kind.CONFIG,
        "${|{{",
        r"(?:model|deployment|endpoint|url|host|engine)s?\W{1,3}(?:\$\{[\w.-]{1,60}\}"
        r"|\{\{ ?[\w.-]{1,60} ?\}\})",
    ),
    # "provider rejected the request schema or tool payload": the request's shape, not a wait.
    _h(
        Kind.CONFIG,
        "rejected",
        r"rejected (?:the |your |this )?(?:request )?(?:schema|payload|body|parameters"
        r"|tool (?:schema|payload|definition)s?)\b",
    ),
    # A setting the server needs and does not have ("Default engine variant for
    # cortex.llamacpp is not set yet!", Jan's cortex; "base URL is not configured").
    _h(
        Kind.CONFIG,
        "not set|not configured|not specified|empty|blank",
        rf"(?:engines?|variants?|backends?|runtimes?|base[ _-]?url|endpoints?|providers?|templates?"
        rf"|model (?:path|name|id))\b{_NAME_GAP}\b(?:is |are |was )?not (?:been )?(?:set|configured"
        rf"|specified)\b"
        # "The model name is empty."
        rf"|\bmodel (?:name|id) (?:is |was )?(?:empty|blank)\b",
    ),
    _h(
        Kind.CONFIG,
        "missing|required",
        rf"missing (?:required )?(?:parameters?|fields?|arguments?|properties|property|headers?)\b"
        rf"|(?:parameter|field|argument|property)\b{_GAP}\b(?:is )?(?:required|missing)\b"
        rf"|required (?:parameter|field|argument|property)\b"
        # A required part of the request named ("contents is required", "messages is required").
        # "Model name is required for non-converse API models" (Dify's Bedrock plugin).
        rf"|(?:messages|contents?|prompt|model(?: name| id)?|input|tools|query) (?:field |parameter )?"
        rf"(?:is|are) required\b",
    ),
    _h(
        Kind.CONFIG,
        "malformed|invalid|bad|unparsable|unparseable",
        r"(?:malformed|invalid|unparsable|unparseable) (?:json|request|body|payload|schema"
        r"|syntax)\b(?! (?:in|from) (?:the )?(?:response|reply|server|model|api|upstream)"
        # node-fetch's "invalid json response body at <url>": the answer, not the request.
        r"| (?:response|reply)\b)",
    ),
    # "The messages parameter is illegal" (Zhipu's 1214, docs.bigmodel.cn api-code), "the
    # temperature parameter is invalid": a named part of the request the API refuses.
    _h(
        Kind.CONFIG,
        "is illegal|is invalid|are illegal|are invalid|is not valid",
        r"\b(?:parameters?|params?|arguments?|fields?) (?:is|are) (?:illegal|invalid|not valid)\b",
    ),
    # "The parameter `include` specified in the request are not valid" (Volcengine Ark's
    # InvalidParameter), "argument 'top_k' is invalid".
    _h(
        Kind.CONFIG,
        "not valid|invalid",
        r"(?:parameter|argument|field|property) [`'\"][\w.\[\]-]{1,64}[`'\"]"
        r"(?: specified in the request)? (?:is|are) (?:not valid|invalid)\b",
    ),
    _h(
        Kind.CONFIG,
        "unsupported",
        r"unsupported (?:content[ -]type|media type|file type|(?:\w+ )?(?:format|encoding"
        r"|mime type))\b",
    ),
    # Advice to fix the request ("please check the request parameters"), pydantic's wording for
    # a validator's ValueError ("Value error, Suspicious file attributes detected", pydantic-core
    # value_error) as servers built on it answer, and a file in a format the API rejects.
    _h(
        Kind.CONFIG,
        "check the request|check your request|value error, |invalid file format",
        r"check (?:the|your) request (?:parameters|params|body|format)\b|value error, "
        r"|invalid file format\b",
    ),
    # The advice of a rejected batch or request ("A valid model deployment name couldn't be
    # extracted from the input file. Please ensure that each row … has a valid deployment name",
    # Azure OpenAI global batch's validation, learn.microsoft.com batch known issues).
    _h(
        Kind.CONFIG,
        "valid model|valid deployment",
        r"\bvalid (?:model )?(?:deployment|model) (?:name|id)\b",
    ),
    # The same advice about the model the request named ("please check the model you provided",
    # Baseten Model APIs' 400 envelope as the AI SDK's changelog quotes it; "check the model
    # name").
    _h(
        Kind.CONFIG,
        "check the model|check your model",
        r"check (?:the|your) model (?:you (?:provided|specified|requested)|name|id)\b",
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
    # A JSON Schema bound, as OpenAI's validator words it ("14 is greater than the maximum of
    # 1 - 'top_p'"): a value of the request out of range.
    _h(
        Kind.CONFIG,
        "greater than the maximum|less than the minimum",
        r"is (?:greater than the maximum|less than the minimum) of\b",
    ),
    # A rejected request in general words: "There was an issue with your request. Please check
    # your inputs and try again".
    _h(
        Kind.CONFIG,
        "issue with your request|problem with your request|check your input|check your request"
        "|check your parameters",
        r"(?:issue|problem) with your request\b|check your (?:inputs?|request(?! rate)|parameters)\b",
    ),
    # An answer cut at the caller's own output limit ("token length(150) exceeded. Increase
    # maximum token to avoid the issue"): raise the setting.
    _h(
        Kind.CONFIG,
        "increase",
        r"increase (?:the |your )?(?:max(?:imum)?[ _]?(?:output )?tokens?|max_tokens"
        r"|max_completion_tokens)\b",
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
        # A literal's choices ("Input should be 'none', 'low', 'medium' or 'high'", Cerebras).
        r"|input should be '[\w.-]{1,40}'(?:, '[\w.-]{1,40}')* or '"
        r"|extra inputs are not permitted\b|field required\b",
    ),
    # Request validators other than pydantic, as servers and gateways pass their messages on;
    # each wording is the library's own template:
    # - Ajv (ajv-validator/ajv lib/vocabularies/*, as Fastify's FST_ERR_VALIDATION prints it
    #   after "body/…"): "must NOT have additional properties", "must be equal to one of the
    #   allowed values", "must be <= 2", "must be string", "must NOT have more than 4 items",
    #   "must match pattern \"…\"".
    # - Joi (hapi/joi lib/types/*.js, the label in double quotes): "\"model\" is required",
    #   "\"foo\" is not allowed", "\"prompt\" is not allowed to be empty", "\"n\" must be a
    #   number", "\"stop\" must contain less than or equal to 4 items".
    # - serde (serde/src/de/mod.rs Error::invalid_type and siblings, as Rust servers print a
    #   body they could not read): "invalid type: integer `1`, expected a string", "invalid
    #   value: …, expected …", "invalid length 0, expected …", "unknown variant `developer`,
    #   expected one of …", "duplicate field `model`". A client that could not read the answer
    #   says "failed to deserialize api response" (a generic phrase, which outranks these).
    # - Go's encoding/json (decode.go UnmarshalTypeError) decoding into a request struct
    #   (Ollama's "json: cannot unmarshal string into Go struct field ChatRequest.messages");
    #   into a response struct it is the client's failure, and stays generic.
    # - zod (colinhacks/zod src/locales/en.ts, v3 and v4): "Invalid enum value. Expected 'a' |
    #   'b', received 'c'", "Expected string, received number", "Unrecognized key(s) in object",
    #   "String must contain at least 1 character(s)", "Invalid option: expected one of …",
    #   "Too big: expected number to be <=2". Not inside a quoted JSON string: the Vercel AI
    #   SDK's TypeValidationError quotes zod's issues about the provider's answer, not the
    #   request.
    _h(
        Kind.CONFIG,
        "must not have|must be equal to|must match|must be <|must be >|must be string"
        "|must be number|must be integer|must be boolean|must be array|must be object",
        r"must not have (?:additional properties|more than \d+|fewer than \d+|duplicate items)\b"
        r"|must be equal to (?:one of the allowed values|constant)\b|must match (?:pattern|format)"
        r" \"|must match (?:exactly one schema in oneof|a schema in anyof)\b"
        r"|must be [<>]=? ?-?\d+(?:\.\d+)?(?! ?(?:per|/|requests|tokens|times)\b)"
        r"|must be (?:string|number|integer|boolean|array|object)\b"
        r"(?! (?:that|which|and|or)\b)",
    ),
    _h(
        Kind.CONFIG,
        '" is required|" is not allowed|" must be|" must contain|" length must',
        r"\"[\w.\[\]-]{1,64}\" (?:is required|is not allowed|must (?:be|contain) (?:one of|a |an "
        r"|of type|less than|greater than|at least|at most|a valid|(?:positive|negative|an? )?"
        r"(?:string|number|integer|boolean|array|object))|length must be)\b",
        bounded=False,
    ),
    _h(
        Kind.CONFIG,
        "invalid type: |invalid value: |invalid length |unknown variant `|duplicate field `",
        r"invalid (?:type|value): [^\n]{1,80}?, expected\b|invalid length \d+, expected\b"
        r"|unknown variant `[^`\n]{0,64}`, (?:expected|there are no variants)\b"
        r"|duplicate field `",
    ),
    _h(
        Kind.CONFIG,
        "cannot unmarshal",
        r"cannot unmarshal \w+ into go (?:struct field|value of type) [\w.*\[\]]{0,40}request\b",
    ),
    _h(
        Kind.CONFIG,
        "invalid enum value|invalid discriminator|unrecognized key|must contain|invalid option"
        "|too big: expected|too small: expected|must be greater than or|must be less than or"
        "|, received ",
        r"(?<![\"'])(?<![\"']invalid input: )(?:invalid (?:enum|discriminator) value\. expected\b"
        r"|unrecognized keys?(?:\(s\))?(?: in object)?: "
        r"|(?:string|array) must contain (?:at least|at most|exactly) \d+ (?:character|element)"
        r"|invalid option: expected one of\b|too (?:big|small): expected \w+ to (?:have|be) [<>]"
        r"|number must be (?:greater|less) than or equal to\b"
        r"|(?:invalid input: )?expected (?:string|number|boolean|object|array|integer|bigint"
        r"|date|null|undefined|'[^'\n]{1,40}'(?: \| '[^'\n]{1,40}')*), received \w+)",
    ),
    # A required part of the request left empty ("messages cannot be empty", "prompt must not
    # be empty", "content must be non-empty"); not an empty answer, which is the server's.
    _h(
        Kind.CONFIG,
        "empty",
        r"(?<!response )(?<!reply )(?<!output )(?:messages?|prompts?|content|inputs?|text|query"
        r"|model(?: name)?|tools?"
        r"|contents|parts|system)\b (?:cannot|can't|can not|must not|should not|may not) be empty"
        r"\b|(?:messages?|prompts?|content|inputs?|contents|parts) must (?:be|contain) "
        r"(?:a )?non-?empty\b",
    ),
    # OpenAI's JSON mode without the word in the conversation ("'messages' must contain the
    # word 'json' in some form, to use 'response_format' of type 'json_object'").
    _h(Kind.CONFIG, "the word 'json'", r"must contain the word 'json'"),
    # "Invalid `signature` in `thinking` block", "Invalid 'messages[1].role'": a named field
    # of the request holds a value the API rejects.
    _h(Kind.CONFIG, "invalid `|invalid '|invalid \"", r"invalid [`'\"][\w.\[\]-]{1,64}[`'\"]"),
    # content_filter: a safety system refused the input or the output.
    # A named guard or filter in front of the model ("Request was filtered by Lakera Guard",
    # Kong's AI Lakera Guard plugin, a 403; "blocked by Azure Prompt Shields").
    _h(
        Kind.CONTENT_FILTER,
        "filtered by|blocked by|flagged by",
        r"(?:request|prompt|input|message|response|output|content) (?:was |has been |is )?"
        r"(?:filtered|blocked|flagged) by (?:the )?[\w .-]{0,30}?(?:guard|guardrails?|filter"
        r"|moderation|shields?)\b",
    ),
    # A gateway's guardrail in two words ("Content blocked: us_ssn pattern detected", LiteLLM's
    # content filter, docs.litellm.ai/docs/proxy/guardrails/litellm_content_filter; the code
    # "content-blocked" of AgentRouter's gateway).
    _h(
        Kind.CONTENT_FILTER,
        "content blocked|content-blocked|content_blocked",
        r"content[ _-]blocked\b",
    ),
    # The model's own refusal as an app reports it ("The model refused to answer", "Claude
    # declined the request", "the model produced a refusal": Anthropic's stop_reason "refusal",
    # OpenAI's message.refusal in Structured Outputs, platform.openai.com/docs/guides/
    # structured-outputs#refusals). A server that refused a connection is no subject here.
    _h(
        Kind.CONTENT_FILTER,
        "refused|declined|a refusal",
        rf"(?:model|assistant|llm|claude|gpt|gemini|ai)\b{_GAP}\b(?:refused|declined) (?:to "
        r"(?:answer|respond|reply|help|assist|comply|generate|continue)|the request|this request"
        r"|your request|the prompt)\b|(?:produced|returned|generated|gave) a refusal\b",
    ),
    # The advice a refusal ends with: "Please rephrase your prompt" (every fixture that says it
    # is a content filter). Not "try a different prompt", which Vertex also ends its tool-call
    # finish messages with.
    _h(
        Kind.CONTENT_FILTER,
        "rephras",
        r"\brephras(?:e|ing) (?:your|the) (?:prompt|request|question|message|input)\b",
    ),
    # "… your prompt did not comply with its regulations" (an app's words for a provider's
    # policy refusal).
    _h(
        Kind.CONTENT_FILTER,
        "comply with",
        r"(?:prompts?|requests?|content|messages?|inputs?|outputs?|responses?)\b"
        rf"{_GAP}\b(?:did not|does not|didn't|doesn't|failed to) comply with (?:its|the|our|their)"
        r" (?:regulations|policies|policy|guidelines|rules|terms)\b",
    ),
    # A request that set off the safety system ("Your request activated the API's safety filters
    # and could not be processed", help.playgroundai.com/en/articles/6848780).
    _h(
        Kind.CONTENT_FILTER,
        "triggered|activated",
        r"\b(?:triggered|activated) (?:the |our |its |their )?(?:[\w.'’-]{1,20} )?safety"
        r" (?:filters?|systems?)\b",
    ),
    # Told of what blocked it rather than of what was blocked ("the bridge call … was blocked by
    # OpenAI safety checks", a relay's words for the provider's refusal).
    _h(
        Kind.CONTENT_FILTER,
        "blocked by",
        r"\bblocked by (?:[\w-]+ ){0,2}(?:safety|moderation|content) (?:checks?|filters?|systems?"
        r"|guardrails?|polic(?:y|ies))\b",
    ),
    # "… the image not passing Google's safety review", "Input failed content safety review".
    _h(
        Kind.CONTENT_FILTER,
        "safety review|moderation review|safety check|moderation check",
        rf"(?:fail(?:s|ed|ing)?|not pass(?:ing|ed)?|did not pass){_GAP}"
        r"\b(?:safety|moderation) (?:review|check)\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "unsafe|harmful|inappropriate|disallowed|prohibited|sensitive|illicit|objectionable"
        "|offensive|nsfw|toxic",
        r"(?<!-)(?:unsafe|harmful|inappropriate|disallowed|prohibited|sensitive|illicit"
        r"|objectionable|offensive|nsfw|toxic)[ -](?:content|output|input|prompt|image|material"
        r"|language|words?|topics?|request|response)\b",
    ),
    # "… not allowed under our acceptable use policy", "prohibited by the usage policies".
    _h(
        Kind.CONTENT_FILTER,
        "polic",
        r"(?:not allowed|prohibited|disallowed|violat\w*) (?:under|by) (?:our|the|its|their) "
        r"(?:acceptable use|usage|content) polic(?:y|ies)\b",
    ),
    # A log's "moderation: completion withheld (policy: …)".
    _h(
        Kind.CONTENT_FILTER,
        "moderation|safety",
        r"\b(?:moderation|safety)\W{1,3}(?:[\w-]+ ){0,2}(?:withheld|blocked|flagged|filtered"
        r"|rejected|refused)\b",
    ),
    # "Request contains forbidden content, such as hate speech or violence." (APISIX
    # ai-aliyun-content-moderation's 400): forbidden content, not a forbidden caller (a 403).
    _h(
        Kind.CONTENT_FILTER,
        "forbidden content|forbidden material|forbidden word|forbidden topic|forbidden language",
        r"\bforbidden (?:content|material|words?|topics?|language)\b",
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
    # Third batch (from a development list of 420 paraphrases written without the tables).
    # overloaded: everyone busy.
    _h(
        Kind.OVERLOADED,
        "too many people|too many users",
        r"too many (?:people|users) (?:are )?(?:using|on|trying)\b",
    ),
    _h(
        Kind.OVERLOADED,
        "occupied|busy|in use|overload|loaded|under load|under pressure|under heavy",
        rf"(?:slots?|assistant|ai|bot|platform|upstream|cluster|inference server)\b{_GAP}"
        rf"\b(?:is |are )?(?:all |very |currently |heavily )*(?:occupied|busy|in use|overload(?:ed)?"
        rf"|loaded|under (?:heavy )?(?:load|pressure))\b"
        rf"|server is overload\b",
    ),
    # rate_limit: a per-second or per-minute window, a frequency, throttling.
    _h(
        Kind.RATE_LIMIT,
        "per second|per minute|per-sec|per-min|per sec|per min|/sec|/min|/ sec|/ min"
        "|last minute|past minute",
        rf"(?:exceed\w*|over|above|hit|too many|faster than)\b{_GAP}\b(?:per[- ](?:second|minute|sec"
        rf"|min)\b|/ ?(?:sec|min)\b|in the (?:last|past) minute\b)"
        rf"|(?:per[- ](?:second|minute|sec|min)|/ ?(?:sec|min))\b{_GAP}"
        rf"\b(?:exceeded|over|above|cap|limit|threshold|budget|allowance)\b",
    ),
    _h(
        Kind.RATE_LIMIT,
        "frequency|rate|speed|faster than",
        rf"(?:request|call|access|query|api)?\s?(?:frequency|rate)\b{_GAP}\b(?:too high|too fast"
        rf"|exceed\w*|above)\b|(?:reduce|lower|slow) (?:your |the )?(?:call |request |access )?"
        rf"(?:rate|frequency|speed)\b|faster than (?:allowed|permitted|your)\b",
    ),
    # An hourly window is still one to wait out ("Hourly limit exceeded, try again in 37
    # minutes", "the maximum number of requests allowed per hour"): shorter than the daily and
    # monthly caps that make a usage limit.
    _h(
        Kind.RATE_LIMIT,
        "hourly|per hour|an hour|/hour|/hr|allowed per",
        rf"(?:hourly|per[- ]hour|/ ?(?:hour|hr))\b{_GAP}\b(?:limit|quota|cap)s?\b{_GAP}"
        rf"\b(?:exceeded|reached|hit)\b|hourly (?:request |token |rate |usage )?(?:limit|quota|cap)s?"
        rf" (?:exceeded|reached|hit)\b|(?:exceeded|reached|hit) (?:the |your |its )?hourly\b"
        rf"|max(?:imum)? (?:number of )?(?:requests|calls|messages) (?:allowed )?per (?:hour|minute"
        rf"|second)\b",
    ),
    _h(Kind.RATE_LIMIT, "too many request", r"too many request\b"),
    # The daily twin of that hourly maximum, with words between ("you've reached the maximum
    # number of requests with search as tool you can make per day", Vertex AI's 429 for
    # grounding with Google Search, quoted in GoogleCloudPlatform/generative-ai's ge-demo-generator
    # AGENTS.md): a day's allowance, not a window to wait out.
    _h(
        Kind.USAGE_LIMIT,
        "per day|per month",
        r"max(?:imum)? (?:number of )?(?:requests|calls|messages)\b[^.;!?\n]{0,60}?\bper (?:day|month)\b",
    ),
    _h(Kind.RATE_LIMIT, "burst", r"burst (?:limit|rate) (?:exceeded|reached|hit)\b"),
    _h(Kind.RATE_LIMIT, "throttl", r"(?:being |been |is |are )throttled\b|throttled:"),
    # usage_limit: long windows, allowances used, wallets empty, payment.
    _h(
        Kind.USAGE_LIMIT,
        "monthly|daily|weekly|for the day|for the month|for the week|per day|per month|today"
        "|this month",
        rf"(?:quota|limit|cap|allowance|credits?|calls|requests|points|messages)\b{_GAP}"
        rf"\b(?:exhausted|exceeded|reached|used up|consumed|depleted)\b[^.;!?\n]{{0,40}}?"
        rf"(?:\bmonthly\b|\bdaily\b|\bweekly\b|\bfor the (?:day|month|week)\b|\bper (?:day|month)\b"
        rf"|\btoday\b|\bthis month\b)"
        rf"|(?:monthly|daily|weekly)\b[^.;!?\n]{{0,40}}?\b(?:quota|limit|calls|requests|credits"
        rf"|points)\b{_GAP}\b(?:exhausted|exceeded|reached|used up|consumed)\b"
        rf"|(?:quota|limit|allowance)\W{{1,3}}(?:exhausted|exceeded|reached) \((?:monthly|daily"
        rf"|weekly)\)",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "used all|used up|fully consumed|fully used",
        r"used (?:all|up) (?:of )?(?:your|the) (?:\w+ )?(?:points|credits|balance|quota|allowance)\b"
        r"|(?:credits|points|balance|allowance|quota)\b[^.;!?\n]{0,40}?\bfully (?:consumed|used)\b",
    ),
    _h(
        Kind.USAGE_LIMIT,
        "wallet|balance",
        r"(?:wallet|balance)\s(?:is\s)?(?:empty|zero|negative|depleted|exhausted)\b",
    ),
    # timeout: links lost, hosts unreachable, answers that never came.
    _h(
        Kind.TIMEOUT,
        "link|connect fail|connection fail|unreachable",
        rf"\blink\b{_GAP}\b(?:was |has been )?(?:lost|dropped|broken)\b|connect(?:ion)? fail"
        rf"|(?:host|server|network|endpoint|upstream) (?:is )?unreachable\b",
    ),
    _h(
        Kind.TIMEOUT,
        "in time|overtime|time limit|no answer|no reply",
        rf"(?:reply|response|answer)\b{_GAP}\bin time\b|\bovertime\b"
        rf"|exceed\w* (?:the )?time limit\b|no (?:answer|reply) from\b",
    ),
    # A deadline the call ran past ("The Vertex AI endpoint X exceeded the deadline for the
    # call", Spanner's DEADLINE_EXCEEDED): the service was too slow this time.
    _h(
        Kind.TIMEOUT,
        "exceeded the deadline|exceeded its deadline",
        r"\bexceeded (?:the|its) deadline\b",
    ),
    # auth: denied, unverified, not logged in, out of scope, banned.
    _h(
        Kind.AUTH,
        "access denied|access refused|access is denied|access is refused",
        r"access (?:is )?(?:denied|refused)\b",
    ),
    # The same told of what was asked ("Access to Vertex AI endpoint X was denied", Spanner's
    # PERMISSION_DENIED for its Vertex AI integration).
    # A key a relay or gateway refuses ("Rejected server-side API key in x-api-key header").
    _h(
        Kind.AUTH,
        "rejected",
        r"\brejected (?:[\w-]+ ){0,2}(?:api[ _-]?key|token|credentials?)\b",
    ),
    _h(
        Kind.AUTH,
        "was denied|has been denied|was refused|has been refused",
        r"\baccess to\b[^.\n]{1,80}? (?:was|has been) (?:denied|refused)\b",
    ),
    _h(
        Kind.AUTH,
        "verif|authenticat|validat",
        rf"(?:credentials?|identity|api[ _-]?key|key|token|signature)\b{_GAP}\b(?:could not|couldn't"
        rf"|cannot|failed to|unable to) (?:be )?(?:verif|authenticat|validat)\w*"
        rf"|(?:could not|couldn't|cannot|unable to) (?:verify|authenticate|validate) (?:your )?"
        rf"(?:identity|credentials?|api[ _-]?key|token)\b"
        rf"|(?:signature|credential|identity|token) (?:verification|validation) failed\b",
    ),
    _h(
        Kind.AUTH,
        "required|log in again|sign in again|authorization header|authorisation header|re-auth"
        "|reauth",
        r"(?:login|log in|sign in|re-?authentication|authentication|authorization) (?:is )?required\b"
        r"|(?:log|sign) in again\b|re-?authenticate\b"
        r"|missing (?:the )?authori[sz]ation header\b"
        # "Authorization header is malformed", "invalid authorization header format".
        r"|authori[sz]ation header\b[^.;:!?\n]{0,20}?\b(?:is )?(?:malformed|invalid|missing"
        r"|not (?:valid|set|provided))\b",
    ),
    # Not signed in ("Not logged in · Please run /login", Claude Code), a session that ended
    # ("Invalid or expired session"), and the jsonwebtoken library's own messages
    # (auth0/node-jsonwebtoken verify.js: "jwt expired", "jwt malformed", "jwt must be
    # provided", "jwt signature is required") as a gateway returns them.
    _h(
        Kind.AUTH,
        "not logged in|not signed in|session|jwt ",
        r"not (?:logged|signed) in\b|(?:invalid|expired)(?: or (?:invalid|expired))? session\b"
        r"|jwt (?:expired|malformed|must be provided|signature is required|not active"
        r"|audience invalid|issuer invalid)\b",
    ),
    _h(
        Kind.AUTH,
        "belong to|scope|permission|session|allowlist|whitelist|allow list|white list|allow-list"
        "|white-list",
        r"(?:key|token) does not belong to\b|(?:lacks?|missing|insufficient) (?:the )?(?:required )?"
        r"(?:scopes?|permissions?)\b|session (?:has )?expired\b"
        # Not a model outside an endpoint's list ("judge.model validation failed: model 'x':
        # model is not in the allowlist", Together's evaluations): a model choice, config.
        r"|(?<!model is )(?<!model )not (?:in|on) (?:the )?(?:allow|white)[- ]?list\b",
    ),
    _h(
        Kind.AUTH,
        "credentials|rejected|banned",
        r"no (?:valid )?credentials\b|(?:token|api[ _-]?key|key|credentials?) (?:was |were )?rejected\b"
        r"|(?:account|user) (?:is |has been |was )?banned\b",
    ),
    _h(
        Kind.AUTH,
        "auth failed|no access|entitlement|named user",
        r"\bauth failed\b|\bno access (?:to|for)\b|, no access\b|request an entitlement\b"
        r"|must be a named user\b|lacks? (?:the |an )?entitlement\b",
    ),
    _h(
        Kind.AUTH,
        "not correct",
        rf"(?:api[ _-]?key|key|token|credentials?)\b{_GAP}\bnot correct\b",
    ),
    # config: unknown endpoints and names, unsupported parameters, wrong paths, bad bodies.
    _h(
        Kind.CONFIG,
        "no such",
        r"no such (?:endpoint|route|path|model|deployment|resource|parameter)\b",
    ),
    _h(
        Kind.CONFIG,
        "recogni|wrong|incorrect",
        rf"(?:model|endpoint|deployment)(?: name| id)?\b{_GAP}\b(?:is )?(?:not recogni[sz]ed"
        rf"|wrong|incorrect)\b|wrong (?:api )?(?:path|url|endpoint|route|model|base url)\b",
    ),
    _h(
        Kind.CONFIG,
        "not support",
        rf"(?:parameters?|params?|arguments?|fields?|options?)\b{_GAP}\bnot support(?:ed)?\b",
    ),
    _h(
        Kind.CONFIG,
        "malformed|bad param|bad argument|bad field|bad value",
        rf"(?:body|json|request|payload|schema)\b{_GAP}\bmalformed\b"
        rf"|bad (?:param(?:eter)?|argument|field|value)s?\b",
    ),
    _h(
        Kind.CONFIG,
        "both|invalid tool|invalid function",
        r"cannot (?:set|use|specify|combine|pass) both\b|invalid (?:tool|function)(?: choice"
        r"| call| name| definition)?\b",
    ),
    # context_length: what was sent is beyond the context.
    # "Input does not fit in context length. The input has 31430 tokens, but the context length
    # only supports 30000 tokens." (LM Studio's stream error event).
    _h(
        Kind.CONTEXT_LENGTH,
        "fit in|fit into|fit within|only supports",
        r"(?:does not|doesn't|do not|don't|cannot|can't|won't|will not) fit (?:in|into|within) "
        r"(?:the |its |your |this )?(?:model'?s? )?context\b"
        r"|context (?:length|window|size) only supports \d+",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "ctx|context",
        r"(?:ctx|context)\W{0,3}(?:overflow\w*|too long)\b|not enough room in the context\b"
        r"|context (?:window )?is full\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "exceed|over|beyond|surpass|larger than|more than|longer than|overflow|outside",
        rf"(?:input|prompt|sequence|conversation|history|messages?|tokens?|text|length|size|chat)\b"
        rf"(?:(?!\bper\b)[^.;:!?\n]){{0,40}}?\b(?:exceed\w*|over|beyond|surpass\w*|larger than"
        rf"|more than|longer than|overflow\w*|goes over|outside)\b {_FEW}(?:context|window"
        rf"|model'?s? (?:limit|maximum|max)|model limit|maximum tokens)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "failed to fit|does not fit|doesn't fit|cannot fit|could not fit",
        r"(?:failed to|does not|doesn't|cannot|could not) fit (?:the )?(?:messages|prompt|input"
        r"|conversation|request)\b",
    ),
    _h(
        Kind.CONTEXT_LENGTH,
        "too long for|grown too long|too much text",
        r"too long for (?:the |this )?model\b|grown too long\b|too much text\b",
    ),
    # content_filter: moderation and safety systems that refused, wording by wording.
    _h(
        Kind.CONTENT_FILTER,
        "moderation|safety|content|profanity",
        r"(?:moderation|safety (?:check|filter|classifier|review|settings|system)|content"
        r" (?:moderation|safety|filter|review)|profanity filter)\b[^.;!?\n]{0,40}?\b(?:flagged"
        r"|rejected|refused|blocked|failed|triggered)\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "flagged by|jailbreak|profanity",
        r"flagged by (?:the |a |our )?(?:\w+ )?(?:safety|moderation|content)\b"
        r"|jailbreak (?:attempt )?detected\b|triggered the profanity filter\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "violat|against",
        r"(?:violat\w+|goes against|against) (?:our |the |its )?(?:content |usage |safety |community )?"
        r"(?:polic(?:y|ies)|guidelines)\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "guardrail",
        rf"guardrails?\b{_GAP}\b(?:failed|blocked|intervened|triggered|violat\w*|denied|rejected)\b"
        rf"|violation of\b{_GAP}guardrail",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "policy violation|policy reasons",
        r"policy violation detected\b|for policy reasons\b",
    ),
    _h(
        Kind.CONTENT_FILTER,
        "halted by|suppressed by|stopped by|blocked by|filtered by|withheld by",
        r"(?:halted|suppressed|stopped|blocked|filtered|withheld) by (?:the )?(?:\w+ )?(?:safety"
        r"|moderation|content) (?:settings|filters?|systems?|classifiers?|moderation)\b",
    ),
)
