"""Budget: cost lines, match funding, project dates, the fund's grant range, VAT and overheads.

Revision ID: 0002_budget
Revises: 0001_first_schema
Create Date: 2026-11-22 21:25:07.167874
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_budget"
down_revision = "0001_first_schema"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("quantity_hundredths", sa.Integer(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("unit_cost_pence", sa.Integer(), nullable=False),
        sa.Column("vat", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "match_funding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("amount_pence", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("in_kind_what", sa.Text(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("match_funding", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_match_funding_application_id"), ["application_id"], unique=False
        )

    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("project_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("project_end", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("funder_minimum_pence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("funder_maximum_pence", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("vat_recoverable", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("overhead_basis_points", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("overhead_basis_points")
        batch_op.drop_column("vat_recoverable")
        batch_op.drop_column("funder_maximum_pence")
        batch_op.drop_column("funder_minimum_pence")
        batch_op.drop_column("project_end")
        batch_op.drop_column("project_start")

    with op.batch_alter_table("match_funding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_match_funding_application_id"))

    op.drop_table("match_funding")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_application_id"))

    op.drop_table("budget_line")
