"""The "Reused passages" report kept in the library: what each article's look-up through the
reuse index found, and the text it was looked up with, so the report opens with what was found
last time and only what changed is looked at again.

Revision ID: 0006_reuse_findings
Revises: 0005_checks
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_reuse_findings"
down_revision = "0005_checks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No foreign keys to `articles` on purpose: when an article is deleted (here or by another
    # process) its rows must outlive it until the report has read whom it shared text with, so
    # that those pieces are looked at again; the report removes them then.
    op.create_table(
        "reuse_looked",
        sa.Column("article_id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("text_sha1", sa.String(40), nullable=False),
        sa.Column("rules", sa.String(40), nullable=False),
        sa.Column("due", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("looked", sa.DateTime, nullable=False),
    )
    op.create_table(
        "reuse_findings",
        sa.Column("article_id", sa.Integer, primary_key=True),
        sa.Column("other_id", sa.Integer, primary_key=True),
        sa.Column("share", sa.Float, nullable=False),
        sa.Column("passages", sa.Integer, nullable=False),
        sa.Column("near_duplicate", sa.Boolean, nullable=False),
    )
    op.create_index("ix_reuse_findings_other", "reuse_findings", ["other_id"])


def downgrade() -> None:
    op.drop_index("ix_reuse_findings_other", "reuse_findings")
    op.drop_table("reuse_findings")
    op.drop_table("reuse_looked")
