"""The project plan (needs, inputs, outputs, outcomes) and the exit strategy.

Revision ID: 0003_plan
Revises: 0002_budget
Create Date: 2026-11-22 21:40:50.193272
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_plan"
down_revision = "0002_budget"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exit_route",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("amount_pence", sa.Integer(), nullable=True),
        sa.Column("by_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exit_route", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exit_route_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "plan_input",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("budget_category", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_input", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_input_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "plan_need",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("how_many", sa.Integer(), nullable=True),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("severity", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_need", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_need_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "plan_outcome",
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("need_key", sa.String(length=40), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("method", sa.Text(), nullable=False),
        sa.Column("when", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_outcome", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_outcome_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "plan_output",
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_output", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_output_application_id"), ["application_id"], unique=False
        )

    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exit_notice_months", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("exit_notice_months")

    with op.batch_alter_table("plan_output", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_output_application_id"))

    op.drop_table("plan_output")
    with op.batch_alter_table("plan_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_outcome_application_id"))

    op.drop_table("plan_outcome")
    with op.batch_alter_table("plan_need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_need_application_id"))

    op.drop_table("plan_need")
    with op.batch_alter_table("plan_input", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_input_application_id"))

    op.drop_table("plan_input")
    with op.batch_alter_table("exit_route", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exit_route_application_id"))

    op.drop_table("exit_route")
