"""Ollama: the local server (port 11434), Ollama Cloud, and the ``ollama`` SDK.

Body: ``{"error": "<text>"}``. Sources: ollama ``api/types.go``, ``server/routes.go``, ollama-python
``_types.py`` (``ResponseError``), the fixture notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    text = error.get("error")
    return isinstance(text, str) and "pulling" in text


PROFILE = Profile(
    "ollama",
    "Ollama",
    Role.SERVER,
    aliases=("ollama cloud", "ollama.com"),
    # docs/api/authentication.mdx:43 (Ollama Cloud); envconfig/config.go:21-23 (port 11434).
    # Ollama sends no "model loading" error: a request waits while the model loads (up to
    # OLLAMA_LOAD_TIMEOUT, 5 min), and only a full queue (OLLAMA_MAX_QUEUE, 512) is a 503.
    hosts=("ollama.com",),
    ports=(11434,),
    modules=("ollama",),
    words=("ollama|11434", r"ollama|(?<=[:=])11434\b"),
    phrases=(
        phrase(Kind.CONFIG, "try pulling it first", r"try pulling it first"),
        # /api/create with a Modelfile that names no base model (ollama/ollama parser and
        # server/create.go: "no FROM line for the model was specified").
        phrase(Kind.CONFIG, "no from line", r"no from line for the model was specified"),
        # server/images.go:1025 (fb3076099687): a 404 from the registry is os.ErrNotExist,
        # "pull model manifest: file does not exist": no such model name to pull.
        phrase(Kind.CONFIG, "pull model manifest", r"pull model manifest: file does not exist"),
        # llm/server.go: every runner slot is taken ("llm busy - no slots available").
        phrase(Kind.OVERLOADED, "no slots available", r"no slots available"),
        # llm/server.go: the runner crashed ("llama runner process has terminated: …"), a 500
        # however a wrapper names it (LiteLLM says APIConnectionError); the same crash found by
        # the status check and in today's names (ollama@fb3076099687 llm/llama_server.go:1198,
        # 1306: "llama-server process no longer running: …", "llama-server process has
        # terminated: …").
        phrase(
            Kind.GENERIC,
            "process has terminated|process no longer running",
            r"(?:runner|llama-server) process (?:has terminated|no longer running)",
            retryable=True,
        ),
        # Ollama Cloud's answer when a call waited past its turn for one of the account's
        # concurrent request slots ({"error":"timed out waiting for a concurrent request
        # slot"}, devops-thiago/ThrillhouseBot issue 838): the account's concurrency cap.
        phrase(
            Kind.RATE_LIMIT, "concurrent request slot", r"waiting for a concurrent request slot"
        ),
        phrase(Kind.CONFIG, "requires more system memory", r"requires more system memory"),
        # github.com/ollama/ollama@fb3076099687 server/sched.go:88 (the 503 of a full queue:
        # "server busy, please try again.  maximum pending requests exceeded").
        phrase(
            Kind.OVERLOADED,
            "maximum pending requests",
            r"maximum pending requests exceeded",
            retryable=True,
        ),
        # llm/llama_server.go:1263: no runner slot freed up in time.
        phrase(Kind.OVERLOADED, "no slots available", r"no slots available after"),
        # server/routes.go:208, sched.go:583: a model this Ollama is too old or new for.
        phrase(
            Kind.CONFIG,
            "version of ollama",
            r"(?:no longer |may be in)compatible with your version of ollama",
        ),
        phrase(Kind.CONFIG, "model is required", r"model is required"),
        phrase(Kind.CONFIG, "top_logprobs", r"top_logprobs must be between"),
        # llm/llama_server.go:1594.
        phrase(
            Kind.CONFIG, "valid json schema", r"expected \"json\" or a valid json schema object"
        ),
        # server/routes.go:59,310,324: a cloud model this server cannot reach or run.
        phrase(Kind.CONFIG, "remote model", r"remote model is unavailable"),
        phrase(Kind.CONFIG, "remote model", r"this server cannot run this remote model"),
        # github.com/ollama/ollama@fb3076099687 llm/llama_server.go:1372: the model does not fit
        # the memory it was given, like "requires more system memory" above.
        phrase(
            Kind.CONFIG,
            "out-of-memory during startup",
            r"reported out-of-memory during startup",
        ),
        # server/images.go:1030, server/routes.go:489, openai/openai.go:741,
        # openai/responses.go:751: inputs this model or endpoint cannot take.
        phrase(Kind.CONFIG, "mlx runtime", r"requires mlx support, but the mlx runtime"),
        phrase(Kind.CONFIG, "only supports one image", r"this model only supports one image"),
        phrase(
            Kind.CONFIG,
            "are not currently supported",
            r"(?:image urls|file inputs) are not currently supported",
        ),
        # pypi ollama 0.6.3 ollama/_client.py:131.
        hint(Kind.TIMEOUT, "failed to connect to ollama", r"failed to connect to ollama"),
    ),
    shape=_shape,
)
