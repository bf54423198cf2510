"""Earlier versions of answers: one kept every few minutes of typing and before any bulk change.

Revision ID: 0007_answer_revisions
Revises: 0006_funder_forms
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_answer_revisions"
down_revision = "0006_funder_forms"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("question_key", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_answer_revision_answer",
        "answer_revision",
        ["application_id", "question_key", "saved_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_answer_revision_answer", table_name="answer_revision")
    op.drop_table("answer_revision")
