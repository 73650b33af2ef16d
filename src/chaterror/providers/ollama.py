"""Ollama: the local server (port 11434), Ollama Cloud, and the ``ollama`` SDK.

Body: ``{"error": "<text>"}``. Sources: ollama ``api/types.go``, ``server/routes.go``, ollama-python
``_types.py`` (``ResponseError``), the fixture notes.
"""

from collections.abc import Mapping
from typing import Any

from chaterror._evidence import phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role


def _shape(error: Mapping[str, Any], envelope: Mapping[str, Any]) -> bool:
    text = error.get("error")
    return isinstance(text, str) and "pulling" in text


PROFILE = Profile(
    "ollama",
    "Ollama",
    Role.SERVER,
    hosts=("ollama.com",),
    ports=(11434,),
    modules=("ollama",),
    words=("ollama|11434", r"ollama|(?<=[:=])11434\b"),
    phrases=(
        phrase(Kind.CONFIG, "try pulling it first", r"try pulling it first"),
        phrase(Kind.CONFIG, "requires more system memory", r"requires more system memory"),
    ),
    shape=_shape,
)
