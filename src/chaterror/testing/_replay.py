"""Turn a recorded response into what an application really holds when the call fails.

An ``http`` or ``stream`` case is replayed to the real SDK client (openai, anthropic,
google-genai, botocore) through a wire that answers with the recorded status, headers and body;
the SDK parses it and raises exactly as it would in production. Where the SDK raises nothing (a
blocked Gemini response is a successful call), the response object is what the app holds.
Providers without an SDK here get an ``httpx.HTTPStatusError`` from ``raise_for_status()``;
a Replicate prediction that the model failed (a 201 carrying ``"status": "failed"``) goes to
replicate-python's ``run``, which raises ``ModelError``; a failure LM Studio's server sends on
its prediction channel goes to lmstudio-python's own channel handler (:func:`channel_error`). An
``sdk`` case (botocore) goes through botocore's real parser too, via its ``before-send`` hook. A
``text`` case is the string itself.

Every SDK is imported inside the function that needs it: the SDKs are the user's dependencies,
never chaterror's. A missing one raises :class:`MissingSDKError` naming what to install.

Requests keep the recorded URL, so provider detection from the host works as it does for users;
a case recorded without a URL gets the provider's usual endpoint. The wire is pluggable:
:class:`InMemory` (mock transports; botocore's ``before-send`` hook) here, a loopback server in
the end-to-end tests.
"""

from __future__ import annotations

import importlib
import json
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

from chaterror.providers import normalize_provider

OPENAI_COMPATIBLE = frozenset(
    {
        "openai",
        "azure",
        "openrouter",
        "groq",
        "deepseek",
        "xai",
        "mistral",
        "perplexity",
        "together",
        "fireworks",
        "vllm",
        "llamacpp",
        "cerebras",
        "moonshot",
        "openai-compat",
        "lmstudio",
        "vercel",
        "qianfan",
        "volcengine",
    }
)
DEFAULT_URLS = {
    "anthropic": "https://api.anthropic.com/v1/messages",
    "google": "https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent",
    "llamacpp": "http://localhost:8080/v1/chat/completions",
    "vllm": "http://localhost:8000/v1/chat/completions",
    "ollama": "http://localhost:11434/api/chat",
    "openai": "https://api.openai.com/v1/chat/completions",
}
#: The usual endpoint of each provider whose failures replay through the openai SDK or a plain
#: HTTP client, so a case recorded without its URL shows the provider in the host as it does in
#: production (the SDK for an OpenAI-compatible host is openai's).
PROVIDER_URLS = {
    "azure": "https://example.openai.azure.com/openai/deployments/gpt-4o/chat/completions",
    "cerebras": "https://api.cerebras.ai/v1/chat/completions",
    # developers.cloudflare.com/workers-ai/configuration/open-ai-compatibility/.
    "cloudflare": "https://api.cloudflare.com/client/v4/accounts/example/ai/v1/chat/completions",
    "cohere": "https://api.cohere.com/v2/chat",
    "dashscope": "https://dashscope-intl.aliyuncs.com/compatible-mode/v1/chat/completions",
    # docs.databricks.com/en/machine-learning/model-serving (POST /serving-endpoints/{name}/
    # invocations on a workspace host).
    "databricks": "https://example.cloud.databricks.com/serving-endpoints/databricks-llm/invocations",
    "deepinfra": "https://api.deepinfra.com/v1/openai/chat/completions",
    "deepseek": "https://api.deepseek.com/v1/chat/completions",
    # docs.dify.ai/en/api-reference (Dify Cloud's service API base, https://api.dify.ai/v1).
    "dify": "https://api.dify.ai/v1/chat-messages",
    "fireworks": "https://api.fireworks.ai/inference/v1/chat/completions",
    "github-models": "https://models.github.ai/inference/chat/completions",
    "groq": "https://api.groq.com/openai/v1/chat/completions",
    "huggingface": "https://router.huggingface.co/v1/chat/completions",
    # Hunyuan's OpenAI-compatible endpoint (cloud.tencent.com/document/product/1729/111007).
    "hunyuan": "https://api.hunyuan.cloud.tencent.com/v1/chat/completions",
    # MiniMax's Anthropic-compatible endpoint (platform.minimax.io/docs/api-reference/text-
    # anthropic-api): the envelope its errors come in here.
    "minimax": "https://api.minimax.io/anthropic/v1/messages",
    "lmstudio": "http://localhost:1234/v1/chat/completions",
    "mistral": "https://api.mistral.ai/v1/chat/completions",
    "moonshot": "https://api.moonshot.ai/v1/chat/completions",
    "nvidia": "https://integrate.api.nvidia.com/v1/chat/completions",
    "openrouter": "https://openrouter.ai/api/v1/chat/completions",
    "perplexity": "https://api.perplexity.ai/chat/completions",
    # cloud.baidu.com/doc/qianfan-api (the v2 API, OpenAI-compatible).
    "qianfan": "https://qianfan.baidubce.com/v2/chat/completions",
    "replicate": "https://api.replicate.com/v1/predictions",
    "sambanova": "https://api.sambanova.ai/v1/chat/completions",
    "siliconflow": "https://api.siliconflow.com/v1/chat/completions",
    "together": "https://api.together.xyz/v1/chat/completions",
    "vercel": "https://ai-gateway.vercel.sh/v1/chat/completions",
    # cloud.ibm.com/apidocs/watsonx-ai (POST /ml/v1/text/chat on a regional host).
    "watsonx": "https://us-south.ml.cloud.ibm.com/ml/v1/text/chat?version=2024-05-01",
    # PyPI volcengine-python-sdk volcenginesdkarkruntime (base URL .../api/v3).
    "volcengine": "https://ark.cn-beijing.volces.com/api/v3/chat/completions",
    "xai": "https://api.x.ai/v1/chat/completions",
    "zhipu": "https://api.z.ai/api/paas/v4/chat/completions",
}
#: The pip package that provides each module the builders import.
_PACKAGES = {
    "openai": "openai",
    "anthropic": "anthropic",
    "google.genai": "google-genai",
    "google.oauth2.credentials": "google-auth",
    "botocore": "botocore",
    "httpx": "httpx",
    "requests": "requests",
    "aiohttp": "aiohttp",
    "replicate": "replicate",
    "lmstudio": "lmstudio",
    "lmstudio.json_api": "lmstudio",
}
_FAKE_KEY = "sk-test-0000000000000000"
_FRAMING = frozenset({"content-length", "transfer-encoding", "connection", "content-encoding"})


class MissingSDKError(ImportError):
    """The SDK a factory builds the exception of is not installed."""


class NoError(Exception):
    """The SDK accepted the recorded response without raising and returned nothing to hold."""


def sdk(module: str) -> Any:
    """Import ``module`` now (the user's dependency), or say which package to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = _PACKAGES.get(module, module.split(".")[0])
        raise MissingSDKError(
            f"chaterror.testing needs {module!r} to build this failure: pip install '{package}' "
            f"(or pip install 'chaterror[test]' for every SDK the suite uses)"
        ) from exc


class Wire(Protocol):
    """How a recorded reply reaches the SDK: an HTTP client per library, or botocore options."""

    def http_client(
        self, httpx_module: Any, status: int, headers: dict[str, str], body: str
    ) -> Any: ...

    def botocore(self, status: int, headers: dict[str, str], body: str) -> dict[str, Any]: ...


class InMemory:
    """Answer from memory: mock transports and botocore's ``before-send`` hook."""

    def http_client(
        self, httpx_module: Any, status: int, headers: dict[str, str], body: str
    ) -> Any:
        def reply(request: Any) -> Any:
            return httpx_module.Response(
                status,
                headers=headers,
                content=body.encode("utf-8", "surrogatepass"),
                request=request,
            )

        return httpx_module.Client(transport=httpx_module.MockTransport(reply))

    def botocore(self, status: int, headers: dict[str, str], body: str) -> dict[str, Any]:
        aws_response = sdk("botocore.awsrequest").AWSResponse

        def send(request: Any, **_: Any) -> Any:
            return aws_response(
                request.url, status, headers, _RawBody(body.encode("utf-8", "surrogatepass"))
            )

        return {"hook": send}


def without_redacted_url(data: dict[str, Any]) -> dict[str, Any]:
    """A recorded input without a URL whose base a cassette redacted ("<OLLAMA_API_BASE>/chat/
    completions", a VCR filter): no client can call it, so it replays where a URL-less
    recording does, at the provider's default endpoint."""
    url = data.get("url")
    if url is None or urlsplit(url).scheme in ("http", "https"):
        return data
    return {key: value for key, value in data.items() if key != "url"}


def recorded_headers(headers: dict[str, Any]) -> dict[str, str]:
    """A recording's headers without its framing: those described the original connection (the
    recorded body is already decoded and whole), not the replayed one. A header recorded with
    every value it had (.NET's session records keep lists) is one field, its values joined by
    commas (RFC 9110 §5.3)."""
    return {
        k: ", ".join(map(str, v)) if isinstance(v, list) else v
        for k, v in headers.items()
        if k.lower() not in _FRAMING
    }


#: The HTTP status AWS sends with each Bedrock Runtime error, for an ``sdk`` case whose source
#: printed only the code and message (docs.aws.amazon.com/bedrock/latest/APIReference/
#: API_runtime_InvokeModel.html#API_runtime_InvokeModel_Errors and CommonErrors.html).
_AWS_STATUS: Final = {
    "AccessDeniedException": 403,
    "ExpiredTokenException": 403,
    "UnrecognizedClientException": 403,
    "InternalServerException": 500,
    "ModelErrorException": 424,
    "ModelNotReadyException": 429,
    "ModelStreamErrorException": 424,
    "ModelTimeoutException": 408,
    "ResourceNotFoundException": 404,
    "ServiceQuotaExceededException": 400,
    "ServiceUnavailableException": 503,
    "ThrottlingException": 429,
    "ValidationException": 400,
    # sagemaker-runtime's errors (botocore data/sagemaker-runtime/2017-05-13/service-2.json).
    "InternalDependencyException": 530,
    "InternalFailure": 500,
    "ModelError": 424,
    "ServiceUnavailable": 503,
    "ValidationError": 400,
}


def held(case: dict[str, Any], wire: Wire | None = None) -> Any:
    """Return what the application holds for ``case``: an exception, a response or text."""
    wire = wire or InMemory()
    data = case["input"]
    kind = data["type"]
    if kind == "text":
        return data["text"]
    if kind == "sdk":
        return _botocore(
            wire,
            data.get("operation", "Converse"),
            data.get("status") or _AWS_STATUS.get(data["error_code"], 400),
            {
                **data.get("headers", {}),
                "x-amzn-ErrorType": f"{data['error_code']}:http://internal.amazon.com/coral/",
            },
            json.dumps({"message": data["message"]}),
        )
    provider = case.get("provider")
    # A case may name its provider by an alias ("gemini"): its default URL is the id's.
    known = normalize_provider(provider) or ""
    default = DEFAULT_URLS.get(known) or PROVIDER_URLS.get(known, DEFAULT_URLS["openai"])
    data = without_redacted_url(data)
    url = data.get("url") or default
    status, headers, body = data["status"], recorded_headers(data.get("headers", {})), data["body"]
    stream = kind == "stream"
    if stream:
        body = _as_sse(body)
        # A Responses API stream recorded without its URL ("event: response.failed") goes to
        # the Responses endpoint, where the SDK reads those events.
        if not data.get("url") and '"type": "response.' in body and url.endswith(_CHAT):
            url = url[: -len(_CHAT)] + "/responses"
    host = urlsplit(url).hostname or ""
    # A gateway that speaks OpenAI's protocol in front of Anthropic (envoy ai-gateway) streams
    # bare "data:" lines; Anthropic's own stream names every event.
    openai_framed = stream and not data.get("url") and "event:" not in body
    if (
        provider == "anthropic" or host == "api.anthropic.com" or url.endswith("/v1/messages")
    ) and not openai_framed:
        return _anthropic(wire, url, status, headers, body, stream=stream)
    if provider == "google" or host.endswith("googleapis.com"):
        return _google(wire, url, status, headers, body, stream=stream)
    if provider == "bedrock" and ("/model/" in url or not data.get("url")):
        return _botocore(wire, "ConverseStream" if stream else "Converse", status, headers, body)
    if host == "aip.baidubce.com":  # Qianfan's classic API is not OpenAI's: no SDK here
        return _raw_httpx(wire, url, status, headers, body)
    if provider in OPENAI_COMPATIBLE or provider is None:
        return _openai(wire, provider, url, status, headers, body, stream=stream)
    if provider == "replicate" and status < 400:
        return _replicate(wire, url, status, headers, body)
    return _raw_httpx(wire, url, status, headers, body)


def sdk_httpx(module: str) -> Any:
    """The httpx module an SDK's client is built on (``httpx``, or a fork the SDK vendors)."""
    base = sdk(f"{module}._base_client")
    return getattr(base, "httpx2", None) or getattr(base, "httpx", None) or sdk("httpx")


_CHAT: Final = "/chat/completions"
#: A line that starts an SSE field (or a comment), as opposed to the rest of a data value.
_SSE_FIELD: Final = re.compile(r"(?:event|data|id|retry)(?::|$)|:")


def _as_sse(body: str) -> str:
    """Frame a recording of bare JSON chunks (one per line, as test servers store them) as the
    Server-Sent Events the provider sent; an SSE recording is returned unchanged.

    A JSON array of chunks is Gemini's ``streamGenerateContent`` framing without ``alt=sse``
    (ai.google.dev/api/generate-content, streamGenerateContent): the same chunks, which the
    SDKs ask for as events."""
    if body.lstrip().startswith("["):
        try:
            chunks = json.loads(body)
        except ValueError:
            chunks = None
        if isinstance(chunks, list) and chunks and all(isinstance(c, dict) for c in chunks):
            return "".join(f"data: {json.dumps(c)}\n\n" for c in chunks)
    lines = [line for line in body.splitlines() if line.strip()]
    if lines and lines[0].startswith(("event:", "data:")):
        body = _one_event_per_data(body)
    if not lines or not all(line.lstrip().startswith("{") for line in lines):
        # An event is dispatched at the blank line after it, which a pasted recording drops.
        return body if not lines or body.endswith("\n\n") else body.rstrip("\n") + "\n\n"
    return "".join(f"data: {line}\n\n" for line in lines)


def _one_event_per_data(body: str) -> str:
    """A documented event with its JSON printed over several lines after one ``data:`` (as
    docs print it for reading), each line given the ``data:`` the wire carries, so the SSE
    parser joins them back into the JSON (the SSE spec joins data lines with newlines)."""
    out: list[str] = []
    in_data = False
    for line in body.split("\n"):
        if not line.strip():
            in_data = False
        elif line.startswith("data:"):
            in_data = True
        elif in_data and not _SSE_FIELD.match(line):
            line = "data: " + line
        out.append(line)
    return "\n".join(out)


def _capture(call: Callable[[], Any]) -> Any:
    try:
        result = call()
    except Exception as exc:  # what the app's except clause receives
        return exc
    if result is None:
        raise NoError("the SDK returned nothing")
    return result


def _drain(chunks: Iterator[Any]) -> Any:
    """Consume a stream as an app would; return its last chunk (where a block shows)."""
    last = None
    for chunk in chunks:
        last = chunk
    return last


def _openai(
    wire: Wire,
    provider: str | None,
    url: str,
    status: int,
    headers: dict[str, str],
    body: str,
    *,
    stream: bool,
) -> Any:
    openai = sdk("openai")
    http_client = wire.http_client(sdk_httpx("openai"), status, headers, body)
    parts = urlsplit(url)
    path = parts.path
    marker = next((m for m in ("/chat/completions", "/responses", "/embeddings") if m in path), "")
    base = f"{parts.scheme}://{parts.netloc}{path[: path.index(marker)] if marker else '/v1'}"
    if provider == "azure" or parts.netloc.endswith(".azure.com"):
        client = openai.AzureOpenAI(
            azure_endpoint=f"{parts.scheme}://{parts.netloc}",
            api_version="2024-10-21",
            max_retries=0,
            http_client=http_client,
            api_key=_FAKE_KEY,
        )
    else:
        client = openai.OpenAI(
            base_url=base, max_retries=0, http_client=http_client, api_key=_FAKE_KEY
        )
    if marker == "/embeddings":
        return _capture(lambda: client.embeddings.create(model="m", input="hi"))
    if marker == "/responses":
        if stream:
            return _capture(
                lambda: _drain(client.responses.create(model="m", input="hi", stream=True))
            )
        return _capture(lambda: client.responses.create(model="m", input="hi"))
    messages = [{"role": "user", "content": "hi"}]
    if stream:
        # As for Anthropic: what a streaming app holds when nothing is raised is the SDK's
        # accumulated completion (ChatCompletionStream.get_final_completion), where a refusal
        # spread over many deltas shows whole; a stream the helper cannot accumulate is read
        # raw, as create(stream=True) apps do.
        def final_completion() -> Any:
            with client.chat.completions.stream(model="m", messages=messages) as events:
                return events.get_final_completion()

        result = _capture(final_completion)
        if isinstance(result, BaseException) and not isinstance(result, openai.APIError):
            return _capture(
                lambda: _drain(
                    client.chat.completions.create(model="m", messages=messages, stream=True)
                )
            )
        return result
    return _capture(lambda: client.chat.completions.create(model="m", messages=messages))


def _anthropic(
    wire: Wire,
    url: str,
    status: int,
    headers: dict[str, str],
    body: str,
    *,
    stream: bool,
) -> Any:
    anthropic = sdk("anthropic")
    parts = urlsplit(url)
    prefix = parts.path.removesuffix("/v1/messages") if parts.path.endswith("/v1/messages") else ""
    client = anthropic.Anthropic(
        base_url=f"{parts.scheme}://{parts.netloc}{prefix}",
        max_retries=0,
        http_client=wire.http_client(sdk_httpx("anthropic"), status, headers, body),
        api_key="sk-ant-test-000000000000",
    )
    request = {
        "model": "claude-x",
        "max_tokens": 16,
        "messages": [{"role": "user", "content": "hi"}],
    }
    if stream:
        # What a streaming app holds when nothing is raised: the SDK's accumulated message
        # (MessageStream.get_final_message), where a refusal's stop_reason shows; the last raw
        # event (message_stop) carries nothing. A stream the helper cannot accumulate (cut
        # short, out of order: it asserts) is read raw instead, as create(stream=True) apps do.
        def final_message() -> Any:
            with client.messages.stream(**request) as events:
                return events.get_final_message()

        result = _capture(final_message)
        if isinstance(result, BaseException) and not isinstance(result, anthropic.APIError):
            return _capture(lambda: _drain(client.messages.create(stream=True, **request)))
        return result
    return _capture(lambda: client.messages.create(**request))


def _google(
    wire: Wire,
    url: str,
    status: int,
    headers: dict[str, str],
    body: str,
    *,
    stream: bool,
) -> Any:
    genai = sdk("google.genai")
    parts = urlsplit(url)
    client = genai.Client(
        api_key="AIzaFAKEFAKEFAKE",
        http_options=genai.types.HttpOptions(
            base_url=f"{parts.scheme}://{parts.netloc}/",
            httpx_client=wire.http_client(sdk("httpx"), status, headers, body),
        ),
    )
    if stream:
        return _capture(
            lambda: _drain(client.models.generate_content_stream(model="gemini-pro", contents="hi"))
        )
    if '"predictions"' in body and not stream:
        # Imagen's :predict answer, which only Vertex AI's generate_images reads (a token that
        # never needs refreshing stands in for the user's credentials).
        vertex = genai.Client(
            vertexai=True,
            project="example",
            location="us-central1",
            credentials=sdk("google.oauth2.credentials").Credentials(token="fake-token"),
            http_options=genai.types.HttpOptions(
                base_url=f"{parts.scheme}://{parts.netloc}/",
                httpx_client=wire.http_client(sdk("httpx"), status, headers, body),
            ),
        )

        def images() -> Any:
            # The SDK warns that generate_images will give way to generate_content; Imagen's
            # answer is still read here.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return vertex.models.generate_images(model="imagen-3.0-generate-002", prompt="hi")

        return _capture(images)
    return _capture(lambda: client.models.generate_content(model="gemini-pro", contents="hi"))


def _botocore(wire: Wire, operation: str, status: int, headers: dict[str, str], body: str) -> Any:
    session = sdk("botocore.session").get_session()
    how = wire.botocore(status, headers, body)
    client = session.create_client(
        "bedrock-runtime",
        region_name="us-east-1",
        endpoint_url=how.get("endpoint_url"),
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="not-a-secret",
        config=sdk("botocore.config").Config(retries={"max_attempts": 1, "mode": "standard"}),
    )
    if "hook" in how:
        client.meta.events.register("before-send.bedrock-runtime.*", how["hook"])
    message = [{"role": "user", "content": [{"text": "hi"}]}]
    if operation == "ConverseStream":
        return _capture(
            lambda: _drain(client.converse_stream(modelId="m", messages=message)["stream"])
        )
    if operation == "InvokeModel":
        return _capture(lambda: client.invoke_model(modelId="m", body=b"{}"))
    return _capture(lambda: client.converse(modelId="m", messages=message))


class _RawBody:
    """The urllib3-like raw response botocore reads a body from."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._data

    def read(self, *_: Any) -> bytes:
        data, self._data = self._data, b""
        return data


def _replicate(wire: Wire, url: str, status: int, headers: dict[str, str], body: str) -> Any:
    """A prediction the model failed: replicate-python's ``run`` creates it (``Prefer: wait``),
    reads back the failed prediction and raises ``ModelError`` (replicate/run.py)."""
    replicate = sdk("replicate")
    parts = urlsplit(url)
    model = parts.path.removeprefix("/v1/models/").removesuffix("/predictions")
    http = wire.http_client(sdk("httpx"), status, headers, body)
    client = replicate.Client(
        api_token="r8_test000000000000000000000000000000000",
        base_url=f"{parts.scheme}://{parts.netloc}",
        transport=http._transport,  # the wire's transport; replicate builds its own client
    )
    return _capture(lambda: client.run(model, input={"prompt": "hi"}))


def channel_error(library: str, message: dict[str, Any]) -> BaseException:
    """What ``library``'s SDK raises when its server sends ``message`` on a prediction channel:
    for ``lmstudio``, ``PredictionEndpoint.iter_message_events`` (lmstudio/json_api.py) turns
    ``{"type": "error", "error": {...}}`` into ``LMStudioPredictionError``, as it does in
    ``llm.respond()``."""
    if library != "lmstudio":
        raise KeyError(f"no channel handler for {library!r}")
    lmstudio = sdk("lmstudio")
    endpoint = sdk("lmstudio.json_api").ChatResponseEndpoint("local-model", lmstudio.Chat())
    try:
        list(endpoint.iter_message_events(message))
    except Exception as exc:  # what the app's except clause receives
        return exc
    raise NoError("the SDK accepted the channel message without raising")


def _raw_httpx(wire: Wire, url: str, status: int, headers: dict[str, str], body: str) -> Any:
    with wire.http_client(sdk("httpx"), status, headers, body) as client:
        return _capture(lambda: client.post(url, json={}).raise_for_status())
