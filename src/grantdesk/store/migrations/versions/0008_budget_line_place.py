"""Budget lines found by their place: one cell of a 500-line budget is saved without reading
every line of it.

Revision ID: 0008_budget_line_place
Revises: 0007_answer_revisions
"""

from alembic import op

revision = "0008_budget_line_place"
down_revision = "0007_answer_revisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_budget_line_application_id", table_name="budget_line")
    op.create_index(
        "ix_budget_line_place", "budget_line", ["application_id", "position"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_budget_line_place", table_name="budget_line")
    op.create_index(
        "ix_budget_line_application_id", "budget_line", ["application_id"], unique=False
    )
