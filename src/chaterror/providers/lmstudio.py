"""LM Studio's local server (OpenAI-compatible).

Overflow reads "n_keep: N >= n_ctx: M". Source: lmstudio.ai/docs, the fixture notes.
"""

from chaterror._evidence import Code, Tier, hint, phrase
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "lmstudio",
    "LM Studio",
    Role.SERVER,
    aliases=("lm studio", "lm-studio", "llmster", "lms"),
    # github.com/lmstudio-ai/docs@c6854fba2575 0_app/1_basics (the server's port 1234); pypi
    # lmstudio 1.5.0 lmstudio/_api_server_ports.py:2 (the SDK's API server port 41343). The
    # server is closed source and runs llama.cpp or MLX, so llama.cpp's wordings may surface;
    # overflow often truncates instead of failing (contextOverflowPolicy truncateMiddle).
    ports=(1234, 41343),
    modules=("lmstudio",),
    # Its own overflow wording names it as surely as its name does.
    words=(
        "studio|n_keep|context the overflows|loaded with context length|mid-generation",
        r"lm ?studio|n_keep|context the overflows|model is loaded with context length"
        r"|support mid-generation context overflow",
    ),
    codes={
        # Native REST error types and codes (lmstudio-ai/docs 1_developer/2_rest/
        # streaming-events.md:525-549).
        "mcp_connection_error": Code(Kind.GENERIC, Tier.HINT, True),
        "plugin_connection_error": Code(Kind.GENERIC, Tier.HINT, True),
        "missing_required_parameter": Code(Kind.CONFIG),
        # The SDK's displayData codes (lmstudio-js@6ec11db19bf4 packages/lms-shared-types/src/
        # GenericErrorDisplayData.ts) and the stop reason of a prediction that hit the window.
        **dict.fromkeys(
            (
                "generic.nomodelmatchingquery",
                "generic.specificmodelunloaded",
                "generic.pathnotfound",
                "generic.identifiernotfound",
                "generic.domainmismatch",
                "generic.enginedoesnotsupportfeature",
                "generic.missingruntimeextension",
                "generic.presetnotfound",
            ),
            Code(Kind.CONFIG),
        ),
        "contextlengthreached": Code(Kind.CONTEXT_LENGTH),
    },
    phrases=(
        # Also "Cannot truncate prompt with n_keep (15028) >= n_ctx (7424)" (LM Studio 0.4.6,
        # github.com/anomalyco/opencode/issues/11141).
        phrase(Kind.CONTEXT_LENGTH, "n_keep", r"n_keep:? ?\(?\d+\)? ?>= ?n_ctx"),
        # The 404 of a server with nothing loaded (model_not_found; lms#107, LM Studio 0.3.5).
        phrase(Kind.CONFIG, "no models loaded", r"no models loaded\. please load a model"),
        # Its model-loading guardrails refusing a model larger than the machine ("Model loading
        # was stopped due to insufficient system resources. … adjust the model loading
        # guardrails in settings", lmstudio-bug-tracker#1202, LM Studio 0.3.x): a model or
        # setting to change, like Ollama's "requires more system memory".
        phrase(
            Kind.CONFIG,
            "loading was stopped|loading guardrails",
            r"model loading was stopped due to insufficient system resources"
            r"|adjust the model loading guardrails",
        ),
        # The server's own sentences as clients receive them (the server is closed source; read
        # in lmstudio-ai/lmstudio-bug-tracker): a path it does not serve, answered with status 200
        # (#618, LM Studio 0.3.14); a chat template that cannot render the request (#535, #842,
        # 0.3.13-0.3.21), and the advice that follows it where a client keeps only that ("This is
        # usually an issue with the model's prompt template. …", continuedev/continue#11816).
        phrase(Kind.CONFIG, "unexpected endpoint", r"unexpected endpoint or method"),
        phrase(
            Kind.CONFIG,
            "error rendering prompt with jinja|issue with the model",
            r"error rendering prompt with jinja template"
            r"|usually an issue with the model.s prompt template",
        ),
        # A model the app could not load ("Error loading model. (Exit code: 6). Please check
        # settings and try loading the model again.", lmstudio-bug-tracker#1223): the model or
        # its load settings, as the guardrails above.
        # The same advice with the first words cut ("(Exit code: 134). Please check settings and
        # try loading the model again.", lmstudio-bug-tracker#394), and the load endpoint's own log
        # line ("[Endpoint=loadModel] Error in channel handler: Error: Error loading model.").
        phrase(
            Kind.CONFIG,
            "error loading model|try loading the model again",
            r"error loading model\.?\s*\(exit code: ?-?\d+\)"
            r"|exit code: ?-?\d+\)\.? please check settings and try loading the model again"
            r"|endpoint=loadmodel\] error in channel handler: error: error loading model",
        ),
        # lmstudio-js packages/lms-client/src/friendlyErrorDeserializer.ts.
        phrase(Kind.CONFIG, "no loaded model", r"no loaded model satisfies all requirements"),
        phrase(Kind.CONFIG, "already been unloaded", r"this model has already been unloaded"),
        phrase(Kind.CONFIG, "cannot find a model", r"cannot find a model with (?:path|identifier)"),
        hint(Kind.TIMEOUT, "failed to connect to lm studio", r"failed to connect to lm studio"),
        # Its engine died ("The model has crashed without additional information. (Exit code:
        # 6)", lmstudio-bug-tracker#463, also after its "[Server Error]" log prefix): a dead
        # engine printed with no status, which a retry does not bring back (issue #10's
        # convention for crashes).
        phrase(
            Kind.GENERIC,
            "model has crashed",
            r"the model has crashed without additional information",
            retryable=False,
        ),
    ),
)
