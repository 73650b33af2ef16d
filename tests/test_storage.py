"""Persisted errors on a real SQLite file and a real PostgreSQL server: the column type, the
migration helpers (and the docs' Alembic revision), LISTEN/NOTIFY delivery."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chaterror import (
    ChatError,
    Kind,
    classify_response,
    decode_last_error,
    error_event,
    redact,
    retry_event,
    stream_retry_payload,
)
from chaterror.decode import is_error_object
from chaterror.storage import (
    ChatErrorType,
    _to_json,
    _to_text,
    decode_event,
    downgrade_last_error,
    publish_event,
    upgrade_last_error,
)
from chaterror.testing.strategies import chat_errors

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A fresh database on each backend: a SQLite file, and the PostgreSQL test server."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'chat.db'}"
    else:
        url = request.getfixturevalue("pg_url")
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        conn.execute(sa.text("DROP TABLE IF EXISTS chats"))
        conn.execute(sa.text("DROP TABLE IF EXISTS typed"))
    yield eng
    eng.dispose()


def _typed_table(native_json: bool = True) -> sa.Table:
    meta = sa.MetaData()
    return sa.Table(
        "typed",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("last_error", ChatErrorType(native_json)),
    )


SAMPLES = [
    None,
    ChatError(
        kind=Kind.RATE_LIMIT,
        provider="openai",
        status_code=429,
        retry_after=20.0,
        code="rate_limit_exceeded",
        request_id="req_1",
        detail="Rate limit reached",
    ),
    ChatError(kind=Kind.STARTUP_TIMEOUT),
    ChatError(kind=Kind.GENERIC, message="The provider's words — «unicode» 🙂"),
    # A JavaScript server cut a string mid-emoji: a lone surrogate in the body's JSON.
    classify_response(400, b'{"error":{"message":"bad \\ud83d","code":"x\\udc00"}}'),
]


def test_column_type_round_trip(engine: sa.Engine) -> None:
    """ChatErrorType writes the wire JSON and reads the same value back; None is NULL."""
    table = _typed_table()
    table.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(table.insert(), [{"id": i, "last_error": e} for i, e in enumerate(SAMPLES)])
    with engine.connect() as conn:
        back = [row.last_error for row in conn.execute(sa.select(table).order_by(table.c.id))]
        raw = conn.execute(sa.text("SELECT last_error FROM typed WHERE id = 1")).scalar()
    assert back == SAMPLES
    stored = raw if isinstance(raw, dict) else json.loads(raw)
    assert stored == SAMPLES[1].to_dict()  # type: ignore[union-attr]
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            kind = conn.execute(
                sa.text(
                    "SELECT data_type FROM information_schema.columns WHERE table_name='typed' AND column_name='last_error'"
                )
            ).scalar()
        assert kind == "jsonb"


def test_column_type_rejects_other_values(engine: sa.Engine) -> None:
    """Writing something that is not a ChatError is a clear error, not silent garbage."""
    table = _typed_table()
    table.metadata.create_all(engine)
    with (
        pytest.raises(sa.exc.StatementError, match="stores ChatError or None"),
        engine.begin() as conn,
    ):
        conn.execute(table.insert(), {"id": 1, "last_error": "plain text"})


MIXED: list[tuple[str | None, dict[str, Any] | None, str | None]] = [
    # (stored before, what it decodes to after upgrade, stored after downgrade)
    (None, None, None),
    (
        "The provider returned an error.",
        {"message": "The provider returned an error.", "kind": "generic", "retryable": False},
        "The provider returned an error.",
    ),
    ("", None, ""),
    ("   ", None, "   "),
    ("null", None, "null"),
    ("\ufeff", None, "\ufeff"),  # found by the deep profile: a lone byte order mark
    (
        '{"error": "upstream 503: service unavailable"}',
        {
            "message": '{"error": "upstream 503: service unavailable"}',
            "kind": "generic",
            "retryable": False,
        },
        '{"error": "upstream 503: service unavailable"}',
    ),
    (
        '{"foo":"bar"}',
        {"message": '{"foo":"bar"}', "kind": "generic", "retryable": False},
        '{"foo":"bar"}',
    ),
    (
        "  \x1b[31mupstream\x7f failed  ",
        {"message": "[31mupstream failed", "kind": "generic", "retryable": False},
        "  \x1b[31mupstream\x7f failed  ",
    ),
    (
        "key leaked: sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
        {"message": "key leaked: [REDACTED]", "kind": "generic", "retryable": False},
        "key leaked: [REDACTED]",
    ),
    (
        json.dumps(
            {
                "message": "Anthropic is temporarily overloaded.",
                "kind": "overloaded",
                "provider": "anthropic",
                "retryable": True,
                "status_code": 529,
                "detail": "Overloaded",
            }
        ),
        {
            "message": "Anthropic is temporarily overloaded.",
            "kind": "overloaded",
            "provider": "anthropic",
            "retryable": True,
            "status_code": 529,
            "detail": "Overloaded",
        },
        "Anthropic is temporarily overloaded.",
    ),
    (
        ChatError(
            kind=Kind.USAGE_LIMIT, provider="openai", status_code=429, code="insufficient_quota"
        ).to_json(),
        ChatError(
            kind=Kind.USAGE_LIMIT, provider="openai", status_code=429, code="insufficient_quota"
        ).to_dict(),
        ChatError(kind=Kind.USAGE_LIMIT, provider="openai").message,
    ),
    (
        '{"message": "half a row',
        {"message": '{"message": "half a row', "kind": "generic", "retryable": False},
        '{"message": "half a row',
    ),
    (
        '{"kind": "stream_silence_timeout", "message": "no first chunk"}',
        {"message": "no first chunk", "kind": "startup_timeout", "retryable": True},
        "no first chunk",
    ),
    (
        '"a JSON string"',
        {"message": "a JSON string", "kind": "generic", "retryable": False},
        "a JSON string",
    ),
]


def _create_chats(conn: sa.Connection, rows: list[str | None]) -> None:
    conn.execute(sa.text("CREATE TABLE chats (id INTEGER PRIMARY KEY, last_error TEXT)"))
    if rows:
        conn.execute(
            sa.text("INSERT INTO chats (id, last_error) VALUES (:id, :v)"),
            [{"id": i + 1, "v": v} for i, v in enumerate(rows)],
        )


def _column(conn: sa.Connection) -> list[Any]:
    return list(conn.execute(sa.text("SELECT last_error FROM chats ORDER BY id")).scalars())


def test_mixed_table_up_and_down(engine: sa.Engine) -> None:
    """Every era of stored value migrates up (idempotently) and back down with nothing lost."""
    with engine.begin() as conn:
        _create_chats(conn, [before for before, _, _ in MIXED])
        first = upgrade_last_error(conn, "chats", batch_size=3)
        again = upgrade_last_error(conn, "chats", batch_size=3)
    assert (first.rows, again.rewritten, first.largest_batch) == (len(MIXED), 0, 3)
    with engine.connect() as conn:
        upgraded = _column(conn)
        typed = sa.table(
            "chats", sa.column("id"), sa.column("last_error", ChatErrorType(native_json=False))
        )
        read = list(conn.execute(sa.select(typed.c.last_error).order_by(typed.c.id)).scalars())
    for (_, expected, _), stored, err in zip(MIXED, upgraded, read, strict=True):
        if expected is None:
            assert err is None and decode_last_error(stored) is None
        else:
            assert json.loads(stored) == expected or isinstance(json.loads(stored), str)
            assert err == ChatError.model_validate(expected)
    with engine.begin() as conn:
        downgrade_last_error(conn, "chats", batch_size=3)
        assert downgrade_last_error(conn, "chats").rewritten == 0
        assert _column(conn) == [after for _, _, after in MIXED]


def test_alembic_revision_from_the_docs(engine: sa.Engine) -> None:
    """docs/examples/alembic_last_error_to_json.py upgrades (to jsonb on PostgreSQL) and down."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    spec = importlib.util.spec_from_file_location(
        "revision", ROOT / "docs/examples/alembic_last_error_to_json.py"
    )
    assert spec is not None and spec.loader is not None
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    legacy = [
        "Rate limited, try again later.",
        None,
        ChatError(kind=Kind.AUTH, provider="google").to_json(),
    ]
    with engine.begin() as conn:
        _create_chats(conn, legacy)
        with Operations.context(MigrationContext.configure(conn)):
            revision.upgrade()
    typed = sa.table("chats", sa.column("id"), sa.column("last_error", ChatErrorType()))
    with engine.connect() as conn:
        read = list(conn.execute(sa.select(typed.c.last_error).order_by(typed.c.id)).scalars())
    assert read == [
        ChatError(kind=Kind.GENERIC, message=legacy[0], retryable=False),
        None,
        ChatError(kind=Kind.AUTH, provider="google"),
    ]
    with engine.begin() as conn:
        with Operations.context(MigrationContext.configure(conn)):
            revision.downgrade()
        assert _column(conn) == [
            legacy[0],
            None,
            ChatError(kind=Kind.AUTH, provider="google").message,
        ]


def test_large_table_in_batches(engine: sa.Engine) -> None:
    """100k legacy rows migrate in batches: never more than batch_size rows held at once."""
    count, batch = 100_000, 5_000
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE chats (id INTEGER PRIMARY KEY, last_error TEXT)"))
        conn.execute(
            sa.text("INSERT INTO chats (id, last_error) VALUES (:id, :v)"),
            [
                {"id": i, "v": None if i % 5 == 0 else f"error number {i}"}
                for i in range(1, count + 1)
            ],
        )
    with engine.begin() as conn:
        stats = upgrade_last_error(conn, "chats", batch_size=batch)
    assert (stats.rows, stats.rewritten, stats.batches, stats.largest_batch) == (
        count,
        count * 4 // 5,
        count // batch,
        batch,
    )
    with engine.connect() as conn:
        nulls = conn.execute(
            sa.text("SELECT COUNT(*) FROM chats WHERE last_error IS NULL")
        ).scalar()
        sample = conn.execute(sa.text("SELECT last_error FROM chats WHERE id = 99999")).scalar()
    assert nulls == count // 5
    assert json.loads(sample)["message"] == "error number 99999"


def test_batch_size_is_checked(engine: sa.Engine) -> None:
    """A batch size that is not a positive int is refused."""
    with engine.begin() as conn, pytest.raises(ValueError, match="batch_size"):
        upgrade_last_error(conn, "chats", batch_size=0)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_any_chaterror_survives_each_backend(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Property: for any ChatError, write then read through each backend gives it back."""
    url = (
        f"sqlite:///{tmp_path / 'p.db'}"
        if backend == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    eng = sa.create_engine(url)
    table = _typed_table()
    with eng.begin() as conn:
        conn.execute(sa.text("DROP TABLE IF EXISTS typed"))
    table.metadata.create_all(eng)
    counter = iter(range(10**9))

    @settings(
        max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(chat_errors())
    def check(err: ChatError) -> None:
        key = next(counter)
        with eng.begin() as conn:
            conn.execute(table.insert(), {"id": key, "last_error": err})
            back = conn.execute(sa.select(table.c.last_error).where(table.c.id == key)).scalar()
        assert back == err

    try:
        check()
    finally:
        eng.dispose()


def test_listen_notify_delivers_events_in_order(pg_url: str) -> None:
    """Error and retry envelopes published through pg_notify arrive at another connection, in
    order, decoded: the Go original's cross-replica delivery."""
    import psycopg

    engine = sa.create_engine(pg_url)
    listener = psycopg.connect(
        engine.url.set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
    )
    try:
        listener.execute("LISTEN chat_42")
        err = ChatError(kind=Kind.OVERLOADED, provider="anthropic", status_code=529)
        now = lambda: datetime(2026, 1, 1, tzinfo=timezone.utc)  # noqa: E731
        events = [
            retry_event(stream_retry_payload(1, 1.5, err, now=now)),
            retry_event(stream_retry_payload(2, 3.0, err, now=now)),
            error_event(err),
        ]
        for event in events:
            with engine.begin() as conn:  # each commit delivers its notification
                publish_event(conn, "chat_42", event)
        received = [decode_event(n.payload) for n in listener.notifies(timeout=10, stop_after=3)]
    finally:
        listener.close()
        engine.dispose()
    assert [e["type"] for e in received] == ["retry", "retry", "error"]
    assert [e["retry"].attempt for e in received[:2]] == [1, 2]
    assert received[1]["retry"].delay_ms == 3000
    assert received[2]["error"] == err


def test_publish_refuses_oversized_events(pg_url: str) -> None:
    """A payload PostgreSQL would reject is refused before sending, clearly."""
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as conn, pytest.raises(ValueError, match="NOTIFY"):
            publish_event(conn, "chat_1", {"type": "note", "text": "x" * 10_000})
    finally:
        engine.dispose()


def test_decode_event_shapes() -> None:
    """Unknown event types pass through; non-objects are refused."""
    assert decode_event('{"type": "message", "text": "hi"}') == {"type": "message", "text": "hi"}
    with pytest.raises(ValueError, match="JSON object"):
        decode_event("[1]")


# Legacy text of every kind: any text, text made of the characters that trip normalisation
# and JSON detection, and the rows that went wrong before.
_AWKWARD = ' \t\n\r\x1b\x7f\x00"{}[]:,\\nulfoabé🙂'
legacy_texts = st.one_of(
    st.text(),
    st.text(alphabet=_AWKWARD),
    st.sampled_from(
        [
            "",
            "   ",
            "null",
            " null ",
            '{"error": "upstream 503: service unavailable"}',
            '{"foo":"bar"}',
            "\ufeff{}",
            "\ufeff",
            "\ufeffnull",
            '"null"',
            '"quoted"',
            '"  "',
            "x" * 70_000,
            "Bearer sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z",
        ]
    ),
)


def _expected_down(value: str) -> str:
    """What a legacy row reads after upgrade then downgrade: the text, redacted; a JSON
    string row reads as its text; a stored ChatError as its message."""
    stripped = value.strip().removeprefix("\ufeff")
    try:
        parsed = json.loads(stripped) if stripped[:1] in ('"', "{") else None
    except ValueError:
        parsed = None
    if isinstance(parsed, str) and value.lstrip().startswith('"'):
        return redact(parsed)
    if isinstance(parsed, dict) and is_error_object(parsed):
        err = decode_last_error(value)
        assert err is not None
        return err.message
    return redact(value)


@given(legacy_texts)
def test_up_then_down_gives_back_every_legacy_text(value: str) -> None:
    """Property: upgrade then downgrade gives the legacy text back byte for byte (redacted),
    upgrading twice changes nothing, and the upgraded row decodes as the legacy row did."""
    up = _to_json(value)
    assert up is not None
    assert _to_json(up) == up
    assert _to_text(up) == _expected_down(value)
    assert decode_last_error(up) == decode_last_error(redact(value))
    json.loads(up)  # every upgraded row is JSON: the column can become jsonb


def _round_trip(conn: sa.Connection, rows: list[str]) -> tuple[list[Any], list[Any]]:
    conn.execute(sa.text("DROP TABLE IF EXISTS chats"))
    _create_chats(conn, list(rows))
    upgrade_last_error(conn, "chats", batch_size=7)
    upgraded = _column(conn)
    downgrade_last_error(conn, "chats", batch_size=7)
    return upgraded, _column(conn)


def test_up_then_down_on_each_backend(engine: sa.Engine) -> None:
    """Property on a real database: any legacy texts (PostgreSQL text holds no NUL) come back
    byte for byte after upgrade then downgrade, and every upgraded row is JSON."""
    postgres = engine.dialect.name == "postgresql"

    @settings(
        max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(st.lists(legacy_texts, min_size=1, max_size=12))
    def check(rows: list[str]) -> None:
        if postgres:
            rows = [r.replace("\x00", "") for r in rows]
        with engine.begin() as conn:
            upgraded, back = _round_trip(conn, rows)
        assert back == [_expected_down(r) for r in rows]
        for row in upgraded:
            json.loads(row)

    check()


def test_a_thousand_mixed_rows_up_and_down(engine: sa.Engine) -> None:
    """1,000 rows mixing every era and every awkward legacy text migrate up and back down:
    each legacy text returns byte for byte, each stored ChatError as its message."""
    eras = [before for before, _, _ in MIXED if before is not None]
    rows = [eras[i % len(eras)] + ("" if i % 3 else f" #{i}") for i in range(1000)]
    with engine.begin() as conn:
        upgraded, back = _round_trip(conn, rows)
    assert back == [_expected_down(r) for r in rows]
    assert all(isinstance(json.loads(r), (dict, str)) or r.strip() == "null" for r in upgraded)
