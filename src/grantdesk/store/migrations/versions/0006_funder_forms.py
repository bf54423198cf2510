"""Funders' forms as they really are: kinds of question, no-limit questions, the funder's own
numbers, how it counts characters, its budget model and headings, what it asks for beyond the
questions (with its declaration and signatories), and requirements kept as a checklist.

Revision ID: 0006_funder_forms
Revises: 0005_funders
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_funder_forms"
down_revision = "0005_funders"
branch_labels = None
depends_on = None

MANAGEMENT_HEADINGS = "Overheads and management\nManagement\nManagement costs\nOverheads"
OTHER_HEADINGS = "Other\nOther costs\nOther expenses"


def upgrade() -> None:
    with op.batch_alter_table("funder", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("character_rule", sa.String(20), server_default="web_form", nullable=False)
        )
        batch_op.add_column(
            sa.Column("budget_model", sa.String(20), server_default="whole_project", nullable=False)
        )
        batch_op.add_column(sa.Column("headings", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("management_headings", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("other_headings", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("max_item_characters", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("asks_plan", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("asks_exit_strategy", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("asks_declaration", sa.Boolean(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("asks_paper_copy", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("declaration", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("signatories", sa.Integer(), server_default="1", nullable=False)
        )
    op.execute(
        sa.text(
            "UPDATE funder SET management_headings = :management, other_headings = :other"
        ).bindparams(management=MANAGEMENT_HEADINGS, other=OTHER_HEADINGS)
    )

    with op.batch_alter_table("funder_question", schema=None) as batch_op:
        batch_op.alter_column("maximum", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(
            sa.Column("kind", sa.String(20), server_default="long_answer", nullable=False)
        )
        batch_op.add_column(sa.Column("choices", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("source", sa.String(30), server_default="typed", nullable=False)
        )
        batch_op.add_column(sa.Column("label", sa.Text(), server_default="", nullable=False))

    op.create_table(
        "funder_requirement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("from_pence", sa.Integer(), nullable=True),
        sa.Column("to_pence", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["funder_id"], ["funder.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("funder_requirement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funder_requirement_funder_id"), ["funder_id"], unique=False
        )

    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("whole_project_cost_pence", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("requirements_done", sa.Text(), server_default="", nullable=False)
        )

    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("paid_by_others", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_column("paid_by_others")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("requirements_done")
        batch_op.drop_column("whole_project_cost_pence")
    with op.batch_alter_table("funder_requirement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funder_requirement_funder_id"))
    op.drop_table("funder_requirement")
    op.execute("UPDATE funder_question SET maximum = 250 WHERE maximum IS NULL")
    with op.batch_alter_table("funder_question", schema=None) as batch_op:
        batch_op.drop_column("label")
        batch_op.drop_column("source")
        batch_op.drop_column("choices")
        batch_op.drop_column("kind")
        batch_op.alter_column("maximum", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("funder", schema=None) as batch_op:
        for column in (
            "signatories",
            "declaration",
            "asks_paper_copy",
            "asks_declaration",
            "asks_exit_strategy",
            "asks_plan",
            "max_item_characters",
            "other_headings",
            "management_headings",
            "headings",
            "budget_model",
            "character_rule",
        ):
            batch_op.drop_column(column)
