"""Perplexity: the Sonar API (OpenAI-compatible).

Source: docs.perplexity.ai; its error body as recorded from api.perplexity.ai in
crmne/ruby_llm@fb5a49bf spec/fixtures/vcr_cassettes/chat_real_error_scenarios_perplexity
(``{"error": {"message", "type": "too_many_prompt_tokens", "code": 400}}``).
"""

from chaterror._evidence import Code
from chaterror.kind import Kind
from chaterror.providers._profile import Profile, Role

PROFILE = Profile(
    "perplexity",
    "Perplexity",
    Role.HOST,
    aliases=("perplexity ai", "perplexityai", "pplx", "sonar"),
    hosts=("api.perplexity.ai",),
    modules=("perplexity",),
    words=("perplexity", r"perplexity"),
    # The prompt is longer than the Sonar model's context ("The total length of all messages is
    # too long."), a 400 whose type names it.
    # requested_too_many_tokens: "Requested N to generate tokens, following a prompt of length
    # M, which exceeds the max limit of 128000 tokens" (as OpenRouter relays Perplexity's 400):
    # the prompt and the requested output do not fit the window (CONTRACT §2: context_length).
    codes={
        "too_many_prompt_tokens": Code(Kind.CONTEXT_LENGTH),
        "requested_too_many_tokens": Code(Kind.CONTEXT_LENGTH),
    },
)
