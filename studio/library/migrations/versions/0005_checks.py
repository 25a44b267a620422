"""Review checklist: stored check results, checklist templates, manual ticks, dismissed
findings, and checklist snapshots kept with reviews.

Revision ID: 0005_checks
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_checks"
down_revision = "0004"
branch_labels = None
depends_on = None


def _article_fk() -> sa.Column:
    return sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    # The latest check of each article: one row, replaced on every check. Existing articles get
    # none here; they are checked when opened or listed, so the migration stays instant.
    op.create_table(
        "check_results",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("text_sha1", sa.String(40), nullable=False),
        sa.Column("model", sa.String(40), nullable=False),
        sa.Column("flag", sa.String(20), nullable=False),
        sa.Column("ai_score", sa.Float, nullable=True),
        sa.Column("checked", sa.DateTime, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_check_results_flag", "check_results", ["flag"])
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        # NULL: the library's default template; otherwise the client it applies to.
        sa.Column("client", sa.String(200), nullable=True, unique=True),
        sa.Column("definition", sa.Text, nullable=False),  # the template as JSON
        sa.Column("updated", sa.DateTime, nullable=False),
    )
    op.create_table(
        "checklist_ticks",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("item_id", sa.String(60), nullable=False),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_checklist_ticks_article", "checklist_ticks", ["article_id", "item_id"])
    op.create_table(
        "finding_dismissals",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        sa.Column("rule", sa.String(60), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("article_id", "rule", "fingerprint", name="uq_dismissal"),
    )
    op.create_table(
        "checklist_snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        _article_fk(),
        # The review this snapshot belongs to, when reviews exist (no foreign key: the review
        # tables are another feature's, and a snapshot must outlive a deleted review).
        sa.Column("review_id", sa.Integer, nullable=True),
        sa.Column("taken", sa.DateTime, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
    )
    op.create_index("ix_checklist_snapshots_article", "checklist_snapshots", ["article_id"])


def downgrade() -> None:
    op.drop_table("checklist_snapshots")
    op.drop_table("finding_dismissals")
    op.drop_index("ix_checklist_ticks_article", "checklist_ticks")
    op.drop_table("checklist_ticks")
    op.drop_table("checklist_templates")
    op.drop_index("ix_check_results_flag", "check_results")
    op.drop_table("check_results")
