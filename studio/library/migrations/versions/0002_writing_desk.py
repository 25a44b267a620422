"""Writing desk: authorship records, paragraph direction overrides, lagging search entries, and
word counts and authorship kept with revisions.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _article_key() -> sa.Column:
    return sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    )


def upgrade() -> None:
    with op.batch_alter_table("revisions") as batch:
        batch.add_column(sa.Column("words", sa.Integer))
        batch.add_column(sa.Column("authorship", sa.Text))
    op.create_index("ix_revisions_article_created", "revisions", ["article_id", "created"])
    op.create_table(
        "authorship",
        _article_key(),
        sa.Column("body_hash", sa.String(64), nullable=False),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("updated", sa.DateTime, nullable=False),
    )
    op.create_table(
        "paragraph_directions",
        _article_key(),
        sa.Column("overrides", sa.Text, nullable=False),
    )
    op.create_table("search_stale", _article_key())


def downgrade() -> None:
    op.drop_table("search_stale")
    op.drop_table("paragraph_directions")
    op.drop_table("authorship")
    op.drop_index("ix_revisions_article_created", "revisions")
    with op.batch_alter_table("revisions") as batch:
        batch.drop_column("authorship")
        batch.drop_column("words")
