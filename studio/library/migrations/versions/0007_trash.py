"""Trash: an article moved to the Trash keeps every row it has, with the moment it was moved
(UTC); listings leave such articles out until they are restored or deleted for good.

Revision ID: 0007_trash
Revises: 0006_reuse_findings
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_trash"
down_revision = "0006_reuse_findings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable, no default, and a plain ALTER TABLE rather than a batch copy: every existing
    # article is out of the Trash and no row is rewritten (instant on 100,000 articles).
    op.add_column("articles", sa.Column("trashed_at", sa.DateTime, nullable=True))
    op.create_index("ix_articles_trashed_at", "articles", ["trashed_at"])


def downgrade() -> None:
    op.drop_index("ix_articles_trashed_at", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("trashed_at")
