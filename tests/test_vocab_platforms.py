"""Hosting platforms in front of an LLM call, and the wordings blind rounds 23 to 26 brought.

Each text is as the platform's docs or source print it (Heroku's router codes, Fly.io's proxy
codes, Gradio's client, Azure Functions' host, Supabase's edge runtime, Cloudflare's Workers
error pages, Vercel's error list); the round-23 rows are the wordings its misses showed, each
classified as its source documents it.
"""

from __future__ import annotations

import pytest

from chaterror import Kind, classify, classify_response

_K = Kind

# (text, kind, retryable)
_TEXTS = [
    # devcenter.heroku.com/articles/error-codes, router log lines.
    ('at=error code=H10 desc="App crashed" method=POST path="/chat"', _K.GENERIC, True),
    ('at=error code=H11 desc="Backlog too deep" method=POST', _K.OVERLOADED, True),
    ('at=error code=H14 desc="No web dynos running" method=POST', _K.CONFIG, False),
    ('at=error code=H22 desc="Connection limit reached"', _K.OVERLOADED, True),
    # superfly/docs monitoring/error-codes.html.md.
    ("PU02: Failed to complete HTTP request to instance", _K.TIMEOUT, True),
    ("[PU03] Unreachable worker host", _K.TIMEOUT, True),
    ("PC07: Connection retries exhausted", _K.TIMEOUT, True),
    ("PL02: Bypassed request concurrency limit", _K.OVERLOADED, True),
    # gradio-app/gradio client/js/src/constants.ts QUEUE_FULL_MSG.
    ("This application is currently busy. Please try again. ", _K.OVERLOADED, True),
    # Azure/azure-webjobs-sdk FunctionExecutor.cs.
    (
        "Timeout value of 00:05:00 exceeded by function 'Functions.Chat' (Id: 'a1'). "
        "Initiating cancellation.",
        _K.TIMEOUT,
        True,
    ),
    # supabase/edge-runtime's supervisor.
    ("wall clock duration reached: isolate: 7b1c", _K.TIMEOUT, True),
    # developers.cloudflare.com/workers/observability/errors.
    ("error code: 1015", _K.RATE_LIMIT, True),
    ("error code: 1027", _K.USAGE_LIMIT, False),
    ("Worker exceeded resource limits", _K.GENERIC, False),
    # vercel.com/docs/errors.
    ("503: SERVICE_UNAVAILABLE\nCode: FUNCTION_THROTTLED\nID: iad1::x", _K.RATE_LIMIT, True),
    ("503: SERVICE_UNAVAILABLE\nCode: DEPLOYMENT_PAUSED\nID: iad1::x", _K.USAGE_LIMIT, False),
    ("508: INFINITE_LOOP_DETECTED", _K.CONFIG, False),
    ("502: BAD_GATEWAY\nCode: DNS_HOSTNAME_NOT_FOUND", _K.CONFIG, False),
    ("504: GATEWAY_TIMEOUT\nCode: INTERNAL_FUNCTION_INVOCATION_TIMEOUT", _K.TIMEOUT, True),
    # Round 23: a router's organization policy, KoboldAI with no model, advice to truncate.
    ("400 Provider not allowed for organization", _K.AUTH, False),
    (
        "{'detail': {'msg': 'API generation is not supported in read-only mode; please load a "
        "model and then try again.', 'type': 'not_implemented'}}",
        _K.CONFIG,
        False,
    ),
    (
        "Too many tokens. It is an internal error, please report it. Also try to truncate your "
        "input.",
        _K.CONTEXT_LENGTH,
        False,
    ),
    # ollama/ollama's create without a base model; anthropic-sdk-python's pre-send refusal;
    # boto3's control-plane client.
    ("ResponseError: no FROM line for the model was specified", _K.CONFIG, False),
    (
        "ValueError: Streaming is strongly recommended for operations that may take longer "
        "than 10 minutes.",
        _K.CONFIG,
        False,
    ),
    ("AttributeError: 'Bedrock' object has no attribute 'invoke_model'", _K.CONFIG, False),
    # A validator's missing property; a deployment not up yet.
    ("{\"error\":\"5006: Error: required properties at '/' are 'contexts'\"}", _K.CONFIG, False),
    ('{"error": "Model is not ready, it is still building or deploying"}', _K.TIMEOUT, True),
    # Imagen's output filter, inside an app's 500; a tool naming Google's safety review.
    (
        "500 /image/generate: failed to generate image: generated image was filtered: Unable "
        "to show generated images.",
        _K.CONTENT_FILTER,
        False,
    ),
    (
        "No images were generated. This might be due to the image not passing Google's safety "
        "review.",
        _K.CONTENT_FILTER,
        False,
    ),
    # Workers AI's OpenAI-compatible endpoint files its timeout under invalid_prompt.
    (
        '{"error": {"code": "invalid_prompt", "message": "AiError: AiError: Request timeout '
        '(a613c7db)"}}',
        _K.TIMEOUT,
        True,
    ),
    # Round 24: Node's spawn of a missing command; Ollama's 400 for a body it could not decode;
    # Azure's content filter policy setting; GigaChat's finish reason; Copilot's filters.
    ("rmcp: Client error for command A system error occurred (spawn npx ENOENT)", _K.CONFIG, False),
    (
        "Error code: 400 - {'error': {'message': 'unexpected EOF', 'type': "
        "'invalid_request_error', 'param': None, 'code': None}}",
        _K.CONFIG,
        False,
    ),
    (
        "Your request contains invalid content filter policy. Please provide a valid policy.",
        _K.CONFIG,
        False,
    ),
    ("Giga generation stopped with reason: blacklist", _K.CONTENT_FILTER, False),
    ("Choice(index=0, finishReason=blacklist)", _K.CONTENT_FILTER, False),
    (
        "Sorry, the response matched public code so it was blocked. Please rephrase your prompt.",
        _K.CONTENT_FILTER,
        False,
    ),
    ("很抱歉，响应已被负责任 AI 服务过滤。请改述你的提示，然后重试。", _K.CONTENT_FILTER, False),
    (
        "400 Please ensure that multiturn requests ends with a user role or a function "
        "response. (the bot adds: may contain unsafe content)",
        _K.CONFIG,
        False,
    ),
    ('{"name": "TypeError", "stack": "TypeError: network error"}', _K.TIMEOUT, True),
    # The Vercel AI SDK could not validate the answer: zod's issue codes are no request error.
    (
        'Type validation failed: Value: {"choices":null}. Error message: [ { "code": '
        '"invalid_type", "path": [ "choices" ], "message": "Invalid input" } ]',
        _K.GENERIC,
        False,
    ),
    # Round 25: the legacy openai SDK's connection error; a client that could not read the
    # answer; Google's ADC without a quota project; Claude Code's usage-policy refusal; Groq's
    # full queue; Cursor's connection detail; credentials naming no Cloud project.
    ("Retry attempts exhausted. Last exception: Error communicating with OpenAI", _K.TIMEOUT, True),
    ("Error: failed to deserialize api response: error:missing field `status`", _K.GENERIC, False),
    ("serde_json::Error: EOF while parsing a value at line 1 column 0", _K.GENERIC, False),
    (
        "PermissionDenied: 403 Your application is authenticating by using local Application "
        "Default Credentials. The aiplatform.googleapis.com API requires a quota project, which "
        "is not set by default.",
        _K.AUTH,
        False,
    ),
    (
        "API Error: Opus 4.8 can't help with this. Start a new session to continue. Send "
        "feedback with /feedback or learn more: https://www.anthropic.com/legal/aup",
        _K.CONTENT_FILTER,
        False,
    ),
    (
        "Provider Error: We're having trouble connecting to the model provider. This might be "
        "temporary - please try again in a moment.",
        _K.TIMEOUT,
        True,
    ),
    (
        '500 Internal Server Error {"error":{"code":500,"message":"Could not discover a valid '
        'Google Cloud Project ID.","status":"INTERNAL"}}',
        _K.CONFIG,
        False,
    ),
    # Round 26: servers' and gateways' own refusals, from their source (TabbyAPI, FastChat,
    # Xinference, the vLLM production-stack router, LiteLLM's proxy, Portkey, one-hub).
    ("No models are currently loaded.", _K.CONFIG, False),
    ("Chat completions are disabled because a prompt template is not set.", _K.CONFIG, False),
    (
        "**RATE LIMIT OF THIS MODEL IS REACHED. PLEASE COME BACK LATER OR USE BATTLE MODE**",
        _K.RATE_LIMIT,
        True,
    ),
    ("Router tokenization capacity is busy; retry later", _K.OVERLOADED, True),
    ("PII detected in request", _K.CONTENT_FILTER, False),
    (
        "Only proxy admin can be used to generate, delete, update info for new keys/users/teams.",
        _K.AUTH,
        False,
    ),
    ("Invalid admin token.", _K.AUTH, False),
    ("API requests are not allowed", _K.AUTH, False),
    ("Missing required header: anthropic-version", _K.CONFIG, False),
    # A 429 status line beside OpenAI's server_error sentence: the status decides.
    (
        "429 Too Many Requests The server had an error while processing your request.",
        _K.RATE_LIMIT,
        True,
    ),
]


@pytest.mark.parametrize(("text", "kind", "retryable"), _TEXTS, ids=[t[:60] for t, _, _ in _TEXTS])
def test_platform_and_round_23_wordings(text: str, kind: Kind, retryable: bool) -> None:
    """Each wording gets the kind its source documents."""
    found = classify(text)
    assert (found.kind, found.retryable) == (kind, retryable)


def test_openai_invalid_prompt_is_still_a_content_filter() -> None:
    """Outside Workers AI, invalid_prompt keeps OpenAI's meaning, whatever the message says."""
    body = {"error": {"code": "invalid_prompt", "message": "Invalid prompt: request timeout"}}
    assert classify_response(400, body, provider="openai").kind is Kind.CONTENT_FILTER


def test_server_error_sentence_alone_is_a_retryable_generic() -> None:
    """Without a status beside it, OpenAI's server_error sentence stays an unexpected failure."""
    found = classify("The server had an error while processing your request. Sorry about that!")
    assert (found.kind, found.retryable) == (Kind.GENERIC, True)


def test_cloudflare_1102_under_a_503_is_a_retryable_generic() -> None:
    """A Worker over its resource limits is a named server failure, not a bare 503."""
    found = classify_response(
        503, "<title>Worker exceeded resource limits | openrouter.ai | Cloudflare</title>"
    )
    assert (found.kind, found.retryable) == (Kind.GENERIC, True)


def test_zod_codes_count_outside_type_validation() -> None:
    """OpenAI's own invalid_type (a parameter of the wrong type) still names a bad request."""
    body = {"error": {"message": "Invalid type for 'metadata'", "code": "invalid_type"}}
    assert classify_response(400, body, provider="openai").kind is Kind.CONFIG


def test_type_validation_keeps_a_provider_error_inside() -> None:
    """A provider's own error code inside the value the AI SDK could not validate still counts."""
    text = (
        'Type validation failed: Value: {"error": {"code": "insufficient_quota", "message": '
        '"You exceeded your current quota"}}. Error message: [ { "code": "invalid_union" } ]'
    )
    assert classify(text).kind is Kind.USAGE_LIMIT


def test_oauth_error_response_reports_its_code() -> None:
    """An OAuth 2.0 error response (RFC 6750 §3.1), as an MCP server sends it: the error field
    is the code."""
    body = {"error": "invalid_token", "error_description": "The bearer token is expired."}
    found = classify_response(401, body)
    assert (found.kind, found.code) == (Kind.AUTH, "invalid_token")


def test_difys_invokeerror_yields_to_the_code_beneath() -> None:
    """Dify's plugin error_type InvokeError is its base class: the provider's code inside is
    the one reported."""
    inner = '{"error":{"message":"slow down","type":"x","code":"RateLimitReached"}}'
    body = {"error_type": "InvokeError", "message": f"API request failed: {inner}"}
    assert classify_response(429, body).code == "RateLimitReached"


def test_groq_full_queue_is_overloaded() -> None:
    """Groq's 503 ErrorQueueFull is its queue for everyone, not a bare 503."""
    body = {"error": {"code": 14, "message": "ErrorQueueFull", "details": []}}
    assert classify_response(503, body, provider="groq").kind is Kind.OVERLOADED


def test_a_servers_own_deserialize_refusal_stays_config() -> None:
    """axum's 422 "Failed to deserialize the JSON body into the target type: missing field" is
    the server refusing the request, unlike a client failing to read the response."""
    text = (
        "Code: 422, Body: Failed to deserialize the JSON body into the target type: missing "
        "field `messages` at line 6 column 1"
    )
    assert classify(text).kind is Kind.CONFIG


def test_cursors_own_category_is_a_code_of_last_resort() -> None:
    """Cursor's {"error": "ERROR_OPENAI", "details": …} names its category: reported when
    nothing else names a code, after the provider's own."""
    alone = '{"error":"ERROR_OPENAI","details":{"title":"Unable to reach the model provider"}}'
    assert classify(alone).code == "ERROR_OPENAI"
    inner = alone.replace('"}}', ': {\\"code\\": \\"invalid_api_key\\"}"}}')
    assert classify(inner).code != "ERROR_OPENAI"
