"""Word families (chaterror._families): wordings no table lists, built from a subject and a
predicate, get their kind; words that name no one kind do not pull an error to one.

The paraphrases are written for this table (none is a fixture): they stand for the many ways an
app, relay or small server words one failure.
"""

from __future__ import annotations

import re

import pytest

from chaterror import Kind, classify, classify_response, explain
from chaterror._evidence import Phrase, Tier
from chaterror._families import FAMILIES

_K = Kind

_PARAPHRASES = [
    # timeout and auth, told of the call or the resource
    (_K.TIMEOUT, "The request exceeded its deadline"),
    (_K.AUTH, "Access to the model gpt-4o was denied."),
    (_K.AUTH, "This model is unavailable in your region"),
    (_K.AUTH, "The model gpt-4.1 is not enabled for this project"),
    (_K.CONTENT_FILTER, "Your message includes forbidden words"),
    (_K.CONFIG, "Request failed, please check your model name"),
    (_K.CONTEXT_LENGTH, "The attachment is too big to upload"),
    (_K.CONFIG, "This client only supports OpenAI models"),
    (_K.CONFIG, "The temperature parameter is invalid"),
    (_K.CONFIG, "Please provide a valid model name"),
    (_K.CONFIG, "Image adapter is not loaded"),
    (_K.RATE_LIMIT, "Every account is currently limited"),
    (_K.OVERLOADED, "The upstream provider is temporarily unavailable"),
    (_K.OVERLOADED, "We are seeing a high volume of demand"),
    (_K.OVERLOADED, "error: cluster_overloaded"),
    (_K.RATE_LIMIT, "You hit the per-second request limit"),
    (_K.USAGE_LIMIT, "Service paused: unpaid invoices on this workspace"),
    (_K.AUTH, "This endpoint is restricted to approved partners"),
    (_K.CONFIG, "seed is not a valid option here"),
    (_K.CONFIG, "Audio input is not supported for this model"),
    (_K.CONFIG, "No route is configured for this alias"),
    (_K.CONFIG, "At most 16 tools are allowed"),
    (_K.CONFIG, "That engine was removed last year"),
    (_K.CONTEXT_LENGTH, "Maximum prompt tokens exceeded"),
    (_K.CONTEXT_LENGTH, "Your files do not fit into the available context"),
    (_K.CONTEXT_LENGTH, "The input exceeds the model's context"),
    (_K.CONTENT_FILTER, "This prompt is prohibited by the usage policies"),
    (_K.CONTENT_FILTER, "Safety: image generation blocked"),
    (_K.CONFIG, "The v1 completions API is deprecated, please migrate to responses"),
    (_K.CONFIG, "Could not load the model: not enough VRAM"),
    (_K.AUTH, "Sorry, we don't serve your country yet"),
    (_K.AUTH, "Your organization does not have a valid licence"),
    (_K.AUTH, "The project was suspended for violation of the Terms of Service"),
    (_K.CONTENT_FILTER, "The call was blocked by Acme safety filters"),
    (_K.CONTENT_FILTER, "Your prompt triggered our safety system; try another one"),
    (_K.TIMEOUT, "The backend is not running at 127.0.0.1:8080; start it first"),
    (_K.CONFIG, "Only PNG and JPEG images are supported"),
    # context_length
    (_K.CONTEXT_LENGTH, "Prompt too long"),
    (_K.CONTEXT_LENGTH, "The conversation is too long for this model"),
    (_K.CONTEXT_LENGTH, "Input is too large"),
    (_K.CONTEXT_LENGTH, "Your messages contain too many tokens"),
    (_K.CONTEXT_LENGTH, "Input exceeds the model's maximum length"),
    (_K.CONTEXT_LENGTH, "The document exceeds the allowed context window"),
    (_K.CONTEXT_LENGTH, "context window overflowed"),
    (_K.CONTEXT_LENGTH, "The input is longer than the model's context window"),
    (_K.CONTEXT_LENGTH, "Your prompt has 9000 tokens, which exceeds the limit of 8192"),
    # rate_limit
    (_K.RATE_LIMIT, "You are sending requests too quickly"),
    (_K.RATE_LIMIT, "Calls are made too frequently, slow down"),
    (_K.RATE_LIMIT, "Request rate exceeded for this key"),
    (_K.RATE_LIMIT, "Too many parallel streams for this token"),
    (_K.RATE_LIMIT, "You have reached the platform concurrency limit"),
    (_K.RATE_LIMIT, "Requests per second limit exceeded"),
    (_K.RATE_LIMIT, "Please wait before sending another message"),
    (_K.RATE_LIMIT, "QPS limit exceeded for this app"),
    (_K.RATE_LIMIT, "Hourly request limit reached for your key"),
    (_K.RATE_LIMIT, "You hit the maximum number of calls allowed per hour"),
    # overloaded
    (_K.OVERLOADED, "Too much traffic right now, try again shortly"),
    (_K.OVERLOADED, "We are seeing unusually high demand"),
    (_K.OVERLOADED, "The cluster is out of capacity"),
    (_K.OVERLOADED, "No free workers to take the job"),
    (_K.OVERLOADED, "All backends are saturated"),
    (_K.OVERLOADED, "The inference engine is busy, come back later"),
    (_K.OVERLOADED, "GPU resources exhausted, try later"),
    # usage_limit
    (_K.USAGE_LIMIT, "Your free trial has expired"),
    (_K.USAGE_LIMIT, "Not enough points to complete this request"),
    (_K.USAGE_LIMIT, "Account balance depleted"),
    (_K.USAGE_LIMIT, "Please top up to continue"),
    (_K.USAGE_LIMIT, "You hit your weekly message cap"),
    (_K.USAGE_LIMIT, "Weekly token allowance used up"),
    (_K.USAGE_LIMIT, "Spending cap reached for this workspace"),
    (_K.USAGE_LIMIT, "Payment overdue"),
    (_K.USAGE_LIMIT, "Credit limit reached for this key"),
    (_K.USAGE_LIMIT, "The workspace has exceeded its token budget"),
    (_K.USAGE_LIMIT, "Maximum spend reached for this month"),
    (_K.USAGE_LIMIT, "Extra credits are required for this model"),
    (_K.USAGE_LIMIT, "You've used the quota for your current plan"),
    (_K.USAGE_LIMIT, "Fund the provider account to go on"),
    (_K.USAGE_LIMIT, "You have run out of free messages for today"),
    (_K.USAGE_LIMIT, "Your quota for this month has been used up"),
    (_K.USAGE_LIMIT, "Your organization has reached its usage cap"),
    (_K.USAGE_LIMIT, "You have used up your free quota"),
    # timeout
    (_K.TIMEOUT, "The model took too long to respond"),
    (_K.TIMEOUT, "The network connection was lost."),
    (_K.TIMEOUT, "Upstream closed the connection"),
    (_K.TIMEOUT, "Could not connect to the inference server"),
    (_K.TIMEOUT, "No response received from the backend"),
    (_K.TIMEOUT, "Unexpected end of stream"),
    (_K.TIMEOUT, "The reply ended prematurely"),
    (_K.TIMEOUT, "The server did not respond in time"),
    (_K.TIMEOUT, "Error while receiving the response stream"),
    # auth
    (_K.AUTH, "You do not have permission to call this model"),
    (_K.AUTH, "This project is not authorized to use Gemini"),
    (_K.AUTH, "The API key is revoked"),
    (_K.AUTH, "Missing access token"),
    (_K.AUTH, "The provided key has been disabled"),
    (_K.AUTH, "Region not supported"),
    (_K.AUTH, "You are not signed in"),
    (_K.AUTH, "Authorization header is invalid"),
    (_K.AUTH, "Unauthorized: jwt malformed"),
    (_K.AUTH, "Expired session, sign in to go on"),
    # config
    (_K.CONFIG, "Unknown parameter: 'foo'"),
    (_K.CONFIG, "temperature must be between 0 and 2"),
    (_K.CONFIG, "Endpoint does not exist"),
    (_K.CONFIG, "Missing required field: messages"),
    (_K.CONFIG, "Malformed JSON in request body"),
    (_K.CONFIG, "top_k: Input should be a valid integer"),
    (_K.CONFIG, "Invalid `role` in message 3"),
    (_K.CONFIG, "Unsupported content type"),
    (_K.CONFIG, "Value for top_p out of range"),
    (_K.CONFIG, "Invalid base URL"),
    # content_filter
    (_K.CONTENT_FILTER, "Output was flagged as unsafe"),
    (_K.CONTENT_FILTER, "Prompt contains harmful content"),
    (_K.CONTENT_FILTER, "The image was blocked by our safety filters"),
    (_K.CONTENT_FILTER, "The response was withheld because it was sexual"),
    (_K.CONTENT_FILTER, "Moderation model flagged the request"),
    (_K.CONTENT_FILTER, "Generation stopped because of safety concerns"),
    (_K.CONTENT_FILTER, "Unsafe request refused"),
    (_K.CONTENT_FILTER, "The model refused to answer this question"),
    (_K.CONTENT_FILTER, "The assistant returned a refusal instead of JSON"),
    # The third batch's families, each with a line of the development list it was written from
    # (420 paraphrases written for this project from CONTRACT §2, none a real error).
    (_K.OVERLOADED, "cluster at full capacity, try later"),
    (_K.OVERLOADED, "Too many people are using this model right now, please wait"),
    (_K.OVERLOADED, "All slots are occupied on the inference server"),
    (_K.RATE_LIMIT, "too many request, please request slowly"),
    (_K.RATE_LIMIT, "Burst limit exceeded for API key"),
    (_K.RATE_LIMIT, "Throttled: too many requests in a short period"),
    (_K.USAGE_LIMIT, "Daily quota exhausted"),
    (_K.USAGE_LIMIT, "Your organization has no remaining prepaid credit"),
    (_K.USAGE_LIMIT, "Payment method declined; add a valid card to continue using the service"),
    (_K.TIMEOUT, "Network is unreachable"),
    (_K.TIMEOUT, "Response waiting overtime, no answer from server"),
    (_K.AUTH, "Access denied"),
    (_K.AUTH, "Credentials could not be verified"),
    (_K.AUTH, "The provided token has expired, please sign in again"),
    (_K.AUTH, "API key does not belong to this organization"),
    (_K.AUTH, "No valid credentials found in environment"),
    (_K.AUTH, "the key is not correct, please check it again"),
    (_K.CONFIG, "No such endpoint"),
    (_K.CONFIG, "The model name is not recognized"),
    (_K.CONFIG, "Parameter not support: logprobs"),
    (_K.CONFIG, "Request body malformed: expected object"),
    (_K.CONFIG, "Unsupported audio format for this endpoint"),
    (_K.CONFIG, "Cannot set both temperature and top-p for this model"),
    (_K.CONTEXT_LENGTH, "ctx overflow"),
    (_K.CONTENT_FILTER, "Your request was flagged by our content policy"),
    (_K.CONTENT_FILTER, "This request was rejected because it violates our usage policies"),
    (_K.CONTENT_FILTER, "Blocked: policy violation detected in output"),
    # Request validators' own templates (Ajv, Joi, serde, Go's encoding/json, zod), as a server
    # or gateway passes them on; written for this table from each library's message source.
    (_K.CONFIG, "body must NOT have additional properties"),
    (_K.CONFIG, "body/top_p must be <= 1"),
    (_K.CONFIG, "body/stream must be boolean"),
    (_K.CONFIG, "body/role must be equal to one of the allowed values"),
    (_K.CONFIG, '"max_tokens" is required'),
    (_K.CONFIG, '"logit_bias" is not allowed'),
    (_K.CONFIG, '"n" must be a number'),
    (_K.CONFIG, "messages[1].content: invalid type: map, expected a string at line 1 column 80"),
    (_K.CONFIG, "unknown variant `critic`, expected one of `system`, `user`, `assistant`"),
    (
        _K.CONFIG,
        "json: cannot unmarshal array into Go struct field EmbedRequest.input of type string",
    ),
    (_K.CONFIG, "Invalid enum value. Expected 'auto' | 'none', received 'always'"),
    (_K.CONFIG, "Expected number, received string"),
    (_K.CONFIG, "String must contain at least 1 character(s)"),
    (_K.CONFIG, "Unrecognized key(s) in object: 'seed'"),
    (_K.CONFIG, "The messages cannot be empty"),
    (_K.CONFIG, "Model v2.1 is no longer supported by this API"),
    (_K.CONFIG, "Foo 3.5 is no longer available, please migrate to Foo 4"),
    (_K.CONFIG, "The runtime for engine.llamacpp is not configured"),
    (_K.CONFIG, 'provider "acme.chat" is currently not supported'),
    (_K.USAGE_LIMIT, "Your monthly usage has hit the cap"),
    (_K.USAGE_LIMIT, "You have used up your monthly token allowance"),
    (_K.CONTEXT_LENGTH, "The conversation won't fit into the model's context"),
    (_K.CONTENT_FILTER, "Content blocked: email pattern detected"),
    (_K.CONFIG, "Endpoint '${ENDPOINT_NAME}' could not be resolved"),
    (_K.CONFIG, "contents is required"),
    (_K.CONFIG, "The API rejected the tool schema"),
    (_K.CONFIG, "This gateway does not exist"),
    (_K.CONTENT_FILTER, "The prompt was blocked by the input guardrail"),
    (_K.CONFIG, "'messages' must contain the word 'json' to use JSON mode"),
    # Families added after blind round 20 was scored (paraphrases written for this table).
    (_K.TIMEOUT, "The worker has been initializing for too long"),
    (_K.TIMEOUT, "Maximum execution time exceeded for this function"),
    (_K.AUTH, "The operation was not permitted"),
    (_K.CONFIG, "Provider foo is currently not supported"),
    (_K.CONTENT_FILTER, "Guardrail blocked the response"),
    (_K.USAGE_LIMIT, "You have exceeded your GPU quota for today"),
    # Families added after blind round 21 was scored (paraphrases written for this table).
    (_K.CONFIG, "2 is less than the minimum of 3 - 'n'"),
    (_K.CONFIG, "There was a problem with your request"),
    (_K.CONFIG, "Reply truncated: increase max tokens in the settings"),
    # Families added after blind round 22 was scored (paraphrases written for this table).
    (_K.USAGE_LIMIT, "The free trial has ended for this model"),
    (_K.AUTH, "Request auth failed for this project"),
    (_K.CONTEXT_LENGTH, "Could not fit the conversation into the model"),
    # Families added after blind round 23 was scored (paraphrases written for this table).
    (_K.AUTH, "This model is not allowed for your organization"),
    (_K.CONTENT_FILTER, "The answer did not pass the safety review"),
    (_K.CONTEXT_LENGTH, "Something went wrong; please shorten your prompt and send it again"),
    # Families added after blind round 24 was scored (paraphrases written for this table).
    (_K.CONTENT_FILTER, "Your message does not comply with our policies"),
    (_K.RATE_LIMIT, "You're making too many calls, slow down"),
    (_K.CONFIG, "The argument 'top_k' is not valid"),
    (_K.CONTENT_FILTER, "We can't show this answer. Please rephrase your question."),
    # Families added after blind round 25 was scored (paraphrases written for this table).
    (_K.TIMEOUT, "We are having trouble reaching the service right now"),
    # Families widened after blind round 26 was scored (paraphrases written for this table).
    (_K.AUTH, "Requests are not allowed for this workspace"),
    (_K.AUTH, "Invalid session token"),
    (_K.CONFIG, "Missing required header: x-api-version"),
    # Families added after blind round 27 was scored (paraphrases written for this table).
    (_K.CONTEXT_LENGTH, "Request size 12000000 bytes exceeds the limit"),
    (_K.CONTEXT_LENGTH, "payload size of 9 MB exceeds maximum"),
    (_K.RATE_LIMIT, "Too Many Requests: 10 per 1 second"),
    (_K.USAGE_LIMIT, "Too Many Requests: 200 per 1 day"),
    # Families added after blind round 28 was scored (paraphrases written for this table).
    (_K.TIMEOUT, "The inference server could not be reached"),
    (_K.TIMEOUT, "Backend is not responding, try later"),
    (_K.TIMEOUT, "The upstream stopped responding halfway"),
    (_K.CONFIG, "Bad input, please check the request parameters"),
    (_K.CONFIG, "Value error, temperature should be positive"),
    (_K.CONFIG, "Upload rejected: invalid file format"),
    # Families added after blind round 39 was scored (paraphrases written for this table).
    (_K.USAGE_LIMIT, "You hit the maximum number of calls to this tool allowed per day"),
    # Widened after blind round 48 was scored.
    (_K.AUTH, "Gateway rejected the provided API key"),
    (_K.CONFIG, "error: invalid azure configuration"),
    (_K.CONFIG, "No deployment found with: deployment.model_name == my-model"),
    (_K.CONFIG, "Input should be 'auto', 'none' or 'required'"),
    # Widened after blind round 47 was scored.
    (_K.USAGE_LIMIT, "Sorry, your remaining balance is not enough for this model"),
    (_K.USAGE_LIMIT, "token quota for key abc is not enough"),
    (_K.CONTEXT_LENGTH, "The text exceeds the maximum number of tokens for this model"),
    (_K.CONFIG, "Deployment failed: model id is required"),
    (_K.CONFIG, "Unknown provider=foo for model foo/bar"),
    (_K.TIMEOUT, "The server at http://10.0.0.5:8000/v1 could not be reached"),
    # Added after blind round 63 was scored.
    (_K.USAGE_LIMIT, "You have used your request quota for the current billing period"),
    (_K.USAGE_LIMIT, "Image credits limit for the current month reached"),
]

# Wordings with family words that belong to another kind (or to none).
_NOT = [
    # Capacity, not a server that is down: no address follows "is not running at".
    ("Our service is not running at full capacity right now", _K.OVERLOADED),
    # A per-minute rate, not a request too large.
    ("Request exceeds rate limit", _K.RATE_LIMIT),
    # Slow, not long: the request is no bigger than any other.
    ("Request took too long to complete", _K.TIMEOUT),
    # A per-minute window that is only "not enough" for now: none of these says it.
    ("Rate limit quota exceeded, please retry in 20s", _K.RATE_LIMIT),
    # Rate-limit boilerplate that names a plan.
    ("To increase your rate limit of your current plan, contact sales", _K.RATE_LIMIT),
    # A browser's CORS refusal is no safety block: the endpoint or the app's origin is set up
    # wrong, the same on every try (config).
    ("Access to fetch has been blocked by CORS policy", _K.CONFIG),
    ("The name lookup is case-sensitive input", _K.GENERIC),
    # Werkzeug's stock 500 page says "overloaded" on any 500.
    (
        "Internal Server Error: The server encountered an internal error and was unable to "
        "complete your request. Either the server is overloaded or there is an error in the "
        "application.",
        _K.GENERIC,
    ),
    # Cursor's title on every provider error is no network failure.
    ("Unable to reach the model provider", _K.GENERIC),
    # "quota exceeded" alone names no window.
    ("Quota exceeded", _K.RATE_LIMIT),
    # A per-minute token count over its limit is a rate, not a request too large.
    ("You used 9000 tokens per minute, which exceeds the limit", _K.RATE_LIMIT),
    # A reply the client could not parse is no bad request.
    ("Malformed JSON in response", _K.GENERIC),
    # A program's own index error names no parameter.
    ("IndexError: list index out of range", _K.GENERIC),
    # Internal failures near family words (from the development list): no kind but generic.
    ("Internal error in the moderation pipeline; request not evaluated", _K.GENERIC),
    ("Safety settings module crashed with an unknown error", _K.GENERIC),
    ("Unexpected error while fetching credit balance", _K.GENERIC),
    ("Connection pool metrics exporter crashed", _K.GENERIC),
    ("Capacity metrics reporter failed unexpectedly", _K.GENERIC),
    ("Unexpected error while truncating conversation history", _K.GENERIC),
    ("Key rotation job failed unexpectedly", _K.GENERIC),
    ("The request was aborted by the caller", _K.GENERIC),
    # Advice to shorten something other than the input is no overflow.
    ("Please shorten the waiting time in the settings", _K.GENERIC),
    # Vertex ends its tool-call finish messages with "try a different prompt".
    (
        "Unexpected tool call. Please adjust the model settings, or try a different prompt.",
        _K.GENERIC,
    ),
    # A client that could not read the answer is no bad request: serde and reqwest on the
    # response, Go decoding into a response struct, the Vercel AI SDK validating the reply.
    ("failed to deserialize api response: invalid type: null, expected a string", _K.GENERIC),
    ("error decoding response body: unknown variant `refusal`, expected `stop`", _K.GENERIC),
    (
        "json: cannot unmarshal number into Go struct field ErrorResponse.code of type string",
        _K.GENERIC,
    ),
    (
        'Type validation failed: Value: {"id":1}. Error message: [{"code":"invalid_type",'
        '"message":"Expected string, received number"}]',
        _K.GENERIC,
    ),
    (
        '[{"path": ["choices"], "message": "Invalid input: expected array, received null"}]',
        _K.GENERIC,
    ),
    ("Response content cannot be empty", _K.GENERIC),
    # An app's own step that failed near "extra parameter" is no rejected parameter.
    ("get model extra parameter failed, error: unknown", _K.GENERIC),
    # A rate limit's usage over its window stays a rate; a region no longer served is no model.
    ("Your usage has reached the rate limit for this minute", _K.RATE_LIMIT),
    ("This feature is no longer available in your region", _K.GENERIC),
    # A refused connection is no refusal of the prompt.
    ("The model server refused the connection", _K.GENERIC),
    ("The buffer must be null terminated", _K.GENERIC),
    # A rate over a window stays a rate, whatever validator words sit beside it.
    ("429 Too many requests: value must be <= 5 per minute", _K.RATE_LIMIT),
    # A reply the client could not parse is no bad request (node-fetch's wording).
    ("invalid json response body at https://example.com/v1 reason: Unexpected end", _K.GENERIC),
    # CloudFront's error page guesses at a cause; a token inside data is no credential.
    ("There might be too much traffic or a configuration error.", _K.GENERIC),
    ("Example 12 message contains an invalid token: <|endoftext|>", _K.GENERIC),
    # A limit's size over a window is no request too large, nor a context window a rate.
    ("Upload size 3000000 bytes is allowed per 1 request", _K.GENERIC),
    ("The model supports 128000 tokens per 1 request", _K.GENERIC),
    # Too many requests to a tool server, said by the app about its own queue, stays a throttle.
    ("The server received too many requests", _K.RATE_LIMIT),
    # An account blocked may be a billing hold (usage_limit) or an abuse ban: its other words decide.
    (
        "Your account has been blocked due to an unpaid invoice. Please update your billing details.",
        _K.USAGE_LIMIT,
    ),
]


def _compiled(family: Phrase) -> re.Pattern[str]:
    """The family's pattern as the scan compiles it."""
    return re.compile((r"\b(?:" if family.bounded else "(?:") + family.pattern + ")")


@pytest.mark.parametrize(("kind", "text"), _PARAPHRASES, ids=[t for _, t in _PARAPHRASES])
def test_paraphrase_gets_its_kind(kind: Kind, text: str) -> None:
    for obj in (text, Exception(text)):
        assert classify(obj).kind is kind, explain(obj)


@pytest.mark.parametrize(("text", "kind"), _NOT, ids=[t[:40] for t, _ in _NOT])
def test_family_words_do_not_pull_another_kind(text: str, kind: Kind) -> None:
    assert classify(text).kind is kind, explain(text)


def test_every_family_has_a_paraphrase() -> None:
    """No family entry without a row above: a table entry nobody can show is dead weight."""
    for family in FAMILIES:
        regex = _compiled(family)
        assert any(k is family.kind and regex.search(t.lower()) for k, t in _PARAPHRASES), (
            family.pattern
        )


def test_families_are_hints_below_phrases_and_codes() -> None:
    # A specific code outranks a family: Anthropic's overloaded_error with "prompt too long"
    # words in its message is still the provider's capacity.
    body = {"type": "error", "error": {"type": "overloaded_error", "message": "prompt too long"}}
    assert classify_response(529, body).kind is _K.OVERLOADED
    # A family outranks a bare 400.
    assert classify_response(400, {"error": {"message": "Prompt too long"}}).kind is (
        _K.CONTEXT_LENGTH
    )
    # Against a status hint, the precedence decides by kind: a 401 outranks a timeout's words,
    # and a spent balance outranks a 429's rate limit.
    took = {"error": {"message": "The model took too long to respond"}}
    assert classify_response(401, took).kind is _K.AUTH
    spent = {"error": {"message": "Account balance depleted"}}
    assert classify_response(429, spent).kind is _K.USAGE_LIMIT


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.pattern[:30])
def test_family_is_a_hint_with_its_triggers(family: Phrase) -> None:
    assert family.tier is Tier.HINT
    regex = _compiled(family)
    for _, text in _PARAPHRASES:
        match = regex.search(text.lower())
        if match is not None:
            # The scan only runs a pattern when a trigger occurs: every match holds one.
            assert any(t in match.group() for t in family.triggers), (text, family.triggers)
