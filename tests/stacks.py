"""The client stacks users hold, each as one call that raises what the user catches.

Every stack talks to the provider's real URL with retries off; ``loopback.Rerouter`` carries the
bytes to the loopback server. A stack is data: an id, the provider chaterror must report, the
wire format the provider answers in (``wrapper_cases``), whether the library streams, the
exception classes users catch, and a ``call(stream)`` that makes one chat request.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MESSAGES = [{"role": "user", "content": "hi"}]

# Nothing leaves the machine: LiteLLM would fetch its model cost map at import, the agent SDK
# would send traces. (What a library fetches during a call, such as LiteLLM's tokenizer for
# token counts, goes through the rerouted transports to the loopback server like the call.)
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("OPENAI_AGENTS_DISABLE_TRACING", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


@dataclass(frozen=True)
class Stack:
    """One library (and route) as a user drives it."""

    id: str
    #: The distribution that provides it (its absence skips or, in CI, fails the stack).
    requires: str
    provider: str
    fmt: str
    call: Callable[[bool], Any]
    #: The base classes a user writes in ``except``, as "module:Class" names.
    catches: str
    streams: bool = True
    #: The environment it is installed in: "main" (the ``wrappers`` extra) or "openai2" (its own
    #: virtualenv in ``.ci/run``: instructor and llama-index-llms-openai pin openai < 3 or an
    #: old jiter that openai 3 refuses).
    env: str = "main"

    def installed(self) -> bool:
        try:
            return importlib.util.find_spec(self.requires) is not None
        except ImportError:  # a parent package ("google" for google.api_core) is missing
            return False


def _drain(chunks: Any) -> None:
    for _ in chunks:
        pass


async def _adrain(chunks: Any) -> None:
    async for _ in chunks:
        pass


# --- provider SDKs --------------------------------------------------------------------------


def _mistral(stream: bool) -> None:
    from mistralai.client import Mistral

    client = Mistral(api_key="test-key", server_url="https://api.mistral.ai")
    if stream:
        _drain(client.chat.stream(model="mistral-small-latest", messages=MESSAGES))  # type: ignore[arg-type]
    else:
        client.chat.complete(model="mistral-small-latest", messages=MESSAGES)  # type: ignore[arg-type]


def _cohere(stream: bool) -> None:
    import cohere

    client = cohere.ClientV2(api_key="test-key", base_url="https://api.cohere.com", max_retries=0)
    if stream:
        _drain(client.chat_stream(model="command-a-03-2025", messages=MESSAGES))  # type: ignore[arg-type]
    else:
        client.chat(model="command-a-03-2025", messages=MESSAGES)  # type: ignore[arg-type]


def _ollama(stream: bool) -> None:
    import ollama

    client = ollama.Client(host="http://localhost:11434")
    if stream:
        _drain(client.chat(model="llama3", messages=MESSAGES, stream=True))
    else:
        client.chat(model="llama3", messages=MESSAGES)


def _huggingface(stream: bool) -> None:
    from huggingface_hub import InferenceClient

    client = InferenceClient(
        base_url="https://router.huggingface.co/v1", api_key="hf_test0000000000000000000000"
    )
    result = client.chat_completion(
        model="meta-llama/Llama-3.1-8B-Instruct", messages=MESSAGES, stream=stream
    )
    if stream:
        _drain(result)


def _groq(stream: bool) -> None:
    import groq

    client = groq.Groq(api_key="gsk_test", max_retries=0)
    result = client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=MESSAGES,
        stream=stream,  # type: ignore[arg-type]
    )
    if stream:
        _drain(result)


def _together(stream: bool) -> None:
    import together

    client = together.Together(api_key="test-key", max_retries=0)
    result = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=MESSAGES,
        stream=stream,  # type: ignore[arg-type]
    )
    if stream:
        _drain(result)


def _google_api_core(stream: bool) -> None:
    """A REST Google Cloud client: requests, then ``google.api_core.exceptions.from_http_response``
    (what ``google-cloud-aiplatform``'s REST transport does)."""
    import requests
    from google.api_core import exceptions

    response = requests.post(
        "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash:generateContent",
        json={"contents": [{"role": "user", "parts": [{"text": "hi"}]}]},
        timeout=30,
    )
    if response.status_code >= 400:
        raise exceptions.from_http_response(response)


SDK_STACKS = (
    Stack(
        "mistralai",
        "mistralai",
        "mistral",
        "mistral",
        _mistral,
        "mistralai.client.errors:MistralError|httpx2:HTTPError",
    ),
    # cohere's v2 stream documents no error event, and a REST Google Cloud call does not stream.
    Stack(
        "cohere",
        "cohere",
        "cohere",
        "cohere",
        _cohere,
        "cohere.core.api_error:ApiError|httpx:HTTPError",
        streams=False,
    ),
    Stack(
        "ollama",
        "ollama",
        "ollama",
        "ollama",
        _ollama,
        "ollama:ResponseError|ollama:RequestError|builtins:ConnectionError|httpx:HTTPError",
    ),
    Stack(
        "huggingface_hub",
        "huggingface_hub",
        "huggingface",
        "openai",
        _huggingface,
        "huggingface_hub.errors:HfHubHTTPError|huggingface_hub.errors:InferenceTimeoutError|httpx2:HTTPError",
    ),
    Stack("groq", "groq", "groq", "groq", _groq, "groq:APIError"),
    Stack("together", "together", "together", "openai", _together, "together:APIError"),
    Stack(
        "google-api-core",
        "google.api_core",
        "google",
        "gemini",
        _google_api_core,
        "google.api_core.exceptions:GoogleAPICallError|requests:RequestException",
        streams=False,
    ),
)

STACKS = SDK_STACKS


# --- LiteLLM, one stack per route ----------------------------------------------------------


def _litellm(route: str, model: str, **extra: Any) -> Callable[[bool], Any]:
    def call(stream: bool) -> None:
        import litellm

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        result = litellm.completion(
            model=f"{route}/{model}",
            messages=MESSAGES,
            stream=stream,
            num_retries=0,
            max_retries=0,
            **extra,
        )
        if stream:
            _drain(result)

    return call


_LITELLM_CATCH = "litellm.exceptions:APIError|litellm.exceptions:OpenAIError|openai:APIError"
LITELLM_STACKS = (
    Stack(
        "litellm-openai",
        "litellm",
        "openai",
        "openai",
        _litellm("openai", "gpt-4o", api_key="sk-test"),
        _LITELLM_CATCH,
    ),
    Stack(
        "litellm-anthropic",
        "litellm",
        "anthropic",
        "anthropic",
        _litellm("anthropic", "claude-sonnet-4-5", api_key="sk-ant-test", max_tokens=16),
        _LITELLM_CATCH,
    ),
    Stack(
        "litellm-gemini",
        "litellm",
        "google",
        "gemini",
        _litellm("gemini", "gemini-2.0-flash", api_key="AIzaTEST"),
        _LITELLM_CATCH,
    ),
    Stack(
        "litellm-mistral",
        "litellm",
        "mistral",
        "mistral",
        _litellm("mistral", "mistral-small-latest", api_key="test-key"),
        _LITELLM_CATCH,
    ),
    Stack(
        "litellm-groq",
        "litellm",
        "groq",
        "groq",
        _litellm("groq", "llama-3.3-70b-versatile", api_key="gsk_test"),
        _LITELLM_CATCH,
    ),
    Stack(
        "litellm-ollama",
        "litellm",
        "ollama",
        "ollama",
        _litellm("ollama_chat", "llama3", api_base="http://localhost:11434"),
        _LITELLM_CATCH,
    ),
)


# --- agent frameworks and chains ----------------------------------------------------------


def _pydantic_ai(kind: str) -> Callable[[bool], Any]:
    def call(stream: bool) -> None:
        from pydantic_ai import Agent

        if kind == "openai":
            import openai
            from pydantic_ai.models.openai import OpenAIChatModel
            from pydantic_ai.providers.openai import OpenAIProvider

            client = openai.AsyncOpenAI(api_key="sk-test", max_retries=0)
            model: Any = OpenAIChatModel("gpt-4o", provider=OpenAIProvider(openai_client=client))
        else:
            import anthropic
            from pydantic_ai.models.anthropic import AnthropicModel
            from pydantic_ai.providers.anthropic import AnthropicProvider

            aclient = anthropic.AsyncAnthropic(api_key="sk-ant-test", max_retries=0)
            model = AnthropicModel(
                "claude-sonnet-4-5", provider=AnthropicProvider(anthropic_client=aclient)
            )
        agent = Agent(model)

        async def run() -> None:
            if stream:
                async with agent.run_stream("hi") as result:
                    async for _ in result.stream_text():
                        pass
            else:
                await agent.run("hi")

        asyncio.run(run())

    return call


def _langchain(kind: str) -> Callable[[bool], Any]:
    def call(stream: bool) -> None:
        if kind == "openai":
            from langchain_openai import ChatOpenAI

            llm: Any = ChatOpenAI(model="gpt-4o", api_key="sk-test", max_retries=0)  # type: ignore[arg-type]
        else:
            from langchain_anthropic import ChatAnthropic

            llm = ChatAnthropic(model="claude-sonnet-4-5", api_key="sk-ant-test", max_retries=0)  # type: ignore[arg-type]
        if stream:
            _drain(llm.stream("hi"))
        else:
            llm.invoke("hi")

    return call


def _openai_agents(stream: bool) -> None:
    import openai
    from agents import Agent, OpenAIChatCompletionsModel, Runner

    client = openai.AsyncOpenAI(api_key="sk-test", max_retries=0)
    agent = Agent(
        name="assistant", model=OpenAIChatCompletionsModel(model="gpt-4o", openai_client=client)
    )

    async def run() -> None:
        if stream:
            result = Runner.run_streamed(agent, "hi")
            async for _ in result.stream_events():
                pass
        else:
            await Runner.run(agent, "hi")

    asyncio.run(run())


_PYDANTIC_AI_CATCH = "pydantic_ai.exceptions:AgentRunError"
FRAMEWORK_STACKS = (
    Stack(
        "pydantic-ai-openai",
        "pydantic_ai",
        "openai",
        "openai",
        _pydantic_ai("openai"),
        _PYDANTIC_AI_CATCH,
    ),
    Stack(
        "pydantic-ai-anthropic",
        "pydantic_ai",
        "anthropic",
        "anthropic",
        _pydantic_ai("anthropic"),
        _PYDANTIC_AI_CATCH,
    ),
    Stack(
        "langchain-openai",
        "langchain_openai",
        "openai",
        "openai",
        _langchain("openai"),
        "openai:APIError",
    ),
    Stack(
        "langchain-anthropic",
        "langchain_anthropic",
        "anthropic",
        "anthropic",
        _langchain("anthropic"),
        "anthropic:APIError",
    ),
    Stack(
        "openai-agents",
        "agents",
        "openai",
        "openai",
        _openai_agents,
        "openai:APIError|agents.exceptions:AgentsException",
    ),
)


def _instructor(stream: bool) -> None:
    import instructor
    import openai
    from pydantic import BaseModel

    class Answer(BaseModel):
        text: str

    client = instructor.from_openai(openai.OpenAI(api_key="sk-test", max_retries=0))
    if stream:
        _drain(
            client.chat.completions.create_partial(
                model="gpt-4o",
                response_model=Answer,
                messages=MESSAGES,
                max_retries=1,  # type: ignore[arg-type]
            )
        )
    else:
        client.chat.completions.create(
            model="gpt-4o",
            response_model=Answer,
            messages=MESSAGES,
            max_retries=1,  # type: ignore[arg-type]
        )


def _llama_index(stream: bool) -> None:
    from llama_index.core.llms import ChatMessage
    from llama_index.llms.openai import OpenAI

    llm = OpenAI(model="gpt-4o", api_key="sk-test", max_retries=0)
    messages = [ChatMessage(role="user", content="hi")]
    if stream:
        _drain(llm.stream_chat(messages))
    else:
        llm.chat(messages)


OPENAI2_STACKS = (
    Stack(
        "instructor",
        "instructor",
        "openai",
        "openai",
        _instructor,
        "instructor.core.exceptions:InstructorRetryException|openai:APIError",
        env="openai2",
    ),
    Stack(
        "llama-index-llms-openai",
        "llama_index.llms.openai",
        "openai",
        "openai",
        _llama_index,
        "openai:APIError",
        env="openai2",
    ),
)

STACKS = SDK_STACKS + LITELLM_STACKS + FRAMEWORK_STACKS + OPENAI2_STACKS
