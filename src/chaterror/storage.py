"""Store chat errors in a database with SQLAlchemy 2.x: a column type, migration helpers for
legacy plain-text rows, and PostgreSQL ``LISTEN/NOTIFY`` delivery of stream events.

Needs the optional extra: ``pip install 'chaterror[sqlalchemy]'``. Importing this module imports
SQLAlchemy; ``import chaterror`` does not.

- :class:`ChatErrorType`: a column holding a :class:`ChatError` as ``jsonb`` on PostgreSQL and
  JSON text elsewhere. Reads every era: new JSON, old JSON without the newer keys, legacy plain
  text, JSON strings, malformed rows (:func:`chaterror.decode_last_error`).
- :func:`upgrade_last_error` / :func:`downgrade_last_error`: rewrite a text column's rows to the
  JSON form and back, in batches, from an Alembic migration or anywhere else.
- :func:`publish_event` / :func:`decode_event`: send error and retry envelopes to other
  processes through ``pg_notify`` and read them back.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from chaterror._redact import redact
from chaterror.decode import decode_last_error, is_error_object
from chaterror.error import ChatError
from chaterror.kind import Kind
from chaterror.payload import StreamRetry

__all__ = [
    "ChatErrorType",
    "MigrationStats",
    "decode_event",
    "downgrade_last_error",
    "publish_event",
    "upgrade_last_error",
]

#: PostgreSQL's limit on a NOTIFY payload is 8000 bytes; stay clear of it.
_NOTIFY_LIMIT: Final = 7900


class ChatErrorType(TypeDecorator[ChatError]):
    """A column type for a :class:`ChatError`: ``jsonb`` on PostgreSQL, JSON text elsewhere.

    Writes the wire JSON; ``None`` is SQL ``NULL``. Reads whatever the column holds through
    :func:`~chaterror.decode_last_error`, so legacy plain-text rows come back as ``generic``
    errors with their text as the message, and nothing raises.

    Args:
        native_json: Use ``jsonb`` on PostgreSQL (default). ``False`` keeps a ``text`` column,
            for tables not yet migrated.
    """

    impl = sa.Text
    cache_ok = True

    def __init__(self, native_json: bool = True) -> None:
        super().__init__()
        self.native_json = native_json

    def _native(self, dialect: Dialect) -> bool:
        return self.native_json and dialect.name == "postgresql"

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if self._native(dialect):
            from sqlalchemy.dialects.postgresql import JSONB

            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(sa.Text())

    def process_bind_param(self, value: ChatError | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, ChatError):
            raise TypeError(f"ChatErrorType stores ChatError or None, not {type(value).__name__}")
        return value.to_dict() if self._native(dialect) else value.to_json()

    def process_result_value(self, value: Any, dialect: Dialect) -> ChatError | None:
        return decode_last_error(value)


@dataclass(frozen=True)
class MigrationStats:
    """What a migration pass did.

    Attributes:
        rows: Rows read (NULLs included).
        rewritten: Rows whose value changed.
        batches: Batches read.
        largest_batch: The most rows held in memory at once.
    """

    rows: int
    rewritten: int
    batches: int
    largest_batch: int


def _legacy_json(text: str) -> str:
    """The JSON form of a legacy text row that gives the text back byte for byte: the wire JSON
    when its message is exactly the text, else a JSON string (which the decoder reads as that
    text) for text a message cannot hold as is (surrounding whitespace, control characters,
    JSON ``null`` spelled as text, more than :data:`~chaterror.error.MESSAGE_MAX`)."""
    text = redact(text)  # the one change a migration makes: secrets go (docs/storage.md)
    wire = ChatError(message=text, kind=Kind.GENERIC, retryable=False).to_json()
    if json.loads(wire)["message"] == text:
        return wire
    return json.dumps(text, ensure_ascii=False)


def _stored_error(value: str) -> bool:
    """Whether ``value`` is a stored ChatError (a JSON object naming a message or kind)."""
    stripped = value.strip().removeprefix("\ufeff")
    if not stripped.startswith("{"):
        return False
    try:
        parsed = json.loads(stripped)
    except (ValueError, RecursionError):
        return False
    return isinstance(parsed, dict) and is_error_object(parsed)


def _json_string(value: str) -> str | None:
    """The text of a row that is a JSON string (the upgraded form of awkward text), else None."""
    if not value.lstrip().startswith('"'):
        return None
    try:
        text = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return text if isinstance(text, str) else None


def _to_json(value: str) -> str | None:
    if _stored_error(value):
        err = decode_last_error(value)
        return None if err is None else err.to_json()
    text = _json_string(value)
    if text is not None:  # already JSON; only a secret in it changes
        cleaned = redact(text)
        return value if cleaned == text else json.dumps(cleaned, ensure_ascii=False)
    if decode_last_error(value) is None:  # blank, a byte order mark, JSON null: no error
        return value if _is_json(value) else json.dumps(value, ensure_ascii=False)
    return _legacy_json(value)


def _is_json(value: str) -> bool:
    try:
        json.loads(value)
    except (ValueError, RecursionError):
        return False
    return True


def _to_text(value: str) -> str | None:
    if _stored_error(value):
        err = decode_last_error(value)
        return None if err is None else err.message
    text = _json_string(value)
    return value if text is None else text  # legacy text already, or JSON null


def _rewrite(
    connection: Connection,
    table: str,
    column: str,
    key: str,
    batch_size: int,
    schema: str | None,
    convert: Callable[[str], str | None],
) -> MigrationStats:
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    target = sa.table(table, sa.column(key), sa.column(column, sa.Text()), schema=schema)
    key_col, value_col = target.c[key], target.c[column]
    update = (
        sa.update(target)
        .where(key_col == sa.bindparam("_key"))
        .values({column: sa.bindparam("_value", type_=sa.Text())})
    )
    last: Any = None
    rows = rewritten = batches = largest = 0
    while True:
        query = sa.select(key_col, value_col).order_by(key_col).limit(batch_size)
        if last is not None:
            query = query.where(key_col > last)
        batch = connection.execute(query).all()
        if not batch:
            break
        batches += 1
        rows += len(batch)
        largest = max(largest, len(batch))
        changes = []
        for row_key, value in batch:
            if value is None:
                continue
            new = convert(value)
            if new != value:
                changes.append({"_key": row_key, "_value": new})
        if changes:
            connection.execute(update, changes)
            rewritten += len(changes)
        last = batch[-1][0]
    return MigrationStats(rows, rewritten, batches, largest)


def upgrade_last_error(
    connection: Connection,
    table: str,
    column: str = "last_error",
    *,
    key: str = "id",
    batch_size: int = 1000,
    schema: str | None = None,
) -> MigrationStats:
    """Rewrite a text column's stored errors to the wire JSON, ``batch_size`` rows at a time
    (keyset pagination on ``key``, so memory stays flat however large the table).

    Legacy plain text becomes ``{"message": <the text>, "kind": "generic", "retryable":
    false}``, or the JSON string of the text when a message cannot hold it byte for byte
    (surrounding whitespace, control characters, an empty or whitespace-only row); a JSON object
    that is not a ChatError is legacy text; secrets are redacted, the one change. Stored
    ChatError JSON of any era is normalised; NULL and JSON ``null`` stay. Running it twice
    changes nothing the second time, and :func:`downgrade_last_error` gives every legacy text
    back (redacted). Use from an Alembic revision with ``op.get_bind()``; the caller owns the
    transaction.
    """
    return _rewrite(connection, table, column, key, batch_size, schema, _to_json)


def downgrade_last_error(
    connection: Connection,
    table: str,
    column: str = "last_error",
    *,
    key: str = "id",
    batch_size: int = 1000,
    schema: str | None = None,
) -> MigrationStats:
    """The reverse of :func:`upgrade_last_error`: each stored ChatError becomes its message
    text (what the legacy format stored), a JSON string becomes its text; NULL, JSON ``null``
    and plain text stay as they are."""
    return _rewrite(connection, table, column, key, batch_size, schema, _to_text)


def publish_event(connection: Connection, channel: str, event: dict[str, Any]) -> None:
    """Send a stream event envelope (:func:`chaterror.error_event`,
    :func:`chaterror.retry_event`) to PostgreSQL listeners on ``channel``.

    Delivered when the caller's transaction commits, in commit order. Raises ``ValueError``
    for a payload over PostgreSQL's NOTIFY limit.
    """
    payload = json.dumps(event, separators=(",", ":"), ensure_ascii=False)
    if len(payload.encode()) > _NOTIFY_LIMIT:
        raise ValueError(
            f"event is {len(payload.encode())} bytes; NOTIFY carries at most {_NOTIFY_LIMIT}"
        )
    connection.execute(sa.select(sa.func.pg_notify(channel, payload)))


def decode_event(payload: str | bytes) -> dict[str, Any]:
    """Read an envelope received through ``LISTEN``: ``{"type": "error", "error": ChatError}``
    or ``{"type": "retry", "retry": StreamRetry}``. Unknown types are returned as decoded JSON.

    Raises:
        ValueError: the payload is not a JSON object.
    """
    event = json.loads(payload)
    if not isinstance(event, dict):
        raise ValueError("an event is a JSON object")
    if event.get("type") == "error":
        return {"type": "error", "error": decode_last_error(event.get("error"))}
    if event.get("type") == "retry" and isinstance(event.get("retry"), dict):
        return {"type": "retry", "retry": StreamRetry.model_validate(event["retry"])}
    return event
