"""Store chats.last_error as structured JSON (jsonb on PostgreSQL).

Revision ID: 3f2c1b7a9d10
Revises: 9a8b7c6d5e4f
Create Date: 2026-11-24

The data step rewrites legacy plain-text rows in batches while the column is still text; on
PostgreSQL the column then becomes jsonb. The downgrade reverses both: jsonb back to text, then
each error back to its message text (the legacy format).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from chaterror.storage import downgrade_last_error, upgrade_last_error

revision = "3f2c1b7a9d10"
down_revision = "9a8b7c6d5e4f"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    upgrade_last_error(bind, "chats", "last_error", key="id", batch_size=5000)
    if bind.dialect.name == "postgresql":
        op.alter_column(
            "chats", "last_error", type_=postgresql.JSONB(), postgresql_using="last_error::jsonb"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.alter_column("chats", "last_error", type_=sa.Text(), postgresql_using="last_error::text")
    downgrade_last_error(bind, "chats", "last_error", key="id", batch_size=5000)
