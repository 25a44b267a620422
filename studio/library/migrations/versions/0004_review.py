"""Review: status history, reviews with stars and a rubric, comments anchored to passages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _article() -> sa.Column:
    return sa.Column(
        "article_id",
        sa.Integer,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    )


def _person(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, sa.ForeignKey("people.id", ondelete="SET NULL"))


def upgrade() -> None:
    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        _article(),
        sa.Column("old", sa.String(20)),
        sa.Column("new", sa.String(20), nullable=False),
        _person("by_id"),
        sa.Column("reason", sa.Text),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_index("ix_status_changes_article_id", "status_changes", ["article_id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        _article(),
        _person("reviewer_id"),
        sa.Column("stars", sa.Integer, nullable=False),
        sa.Column("rubric", sa.Text, nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("checklist", sa.Text),
        sa.Column("created", sa.DateTime, nullable=False),
        sa.CheckConstraint("stars BETWEEN 1 AND 5", name="ck_reviews_stars"),
    )
    # The library table's rating column aggregates this per article.
    op.create_index("ix_reviews_article_id", "reviews", ["article_id"])
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        _article(),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("comments.id", ondelete="CASCADE")),
        _person("author_id"),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("quote", sa.Text),
        sa.Column("prefix", sa.Text),
        sa.Column("suffix", sa.Text),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
        _person("resolved_by_id"),
        sa.Column("resolved_at", sa.DateTime),
        sa.Column("created", sa.DateTime, nullable=False),
    )
    op.create_index("ix_comments_article_id", "comments", ["article_id"])
    op.create_index("ix_comments_parent_id", "comments", ["parent_id"])


def downgrade() -> None:
    op.drop_table("comments")
    op.drop_table("reviews")
    op.drop_table("status_changes")
