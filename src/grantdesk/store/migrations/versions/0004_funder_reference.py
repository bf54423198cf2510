"""The funder's reference for an application, printed on the cover.

Revision ID: 0004_funder_reference
Revises: 0003_plan
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_funder_reference"
down_revision = "0003_plan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("funder_reference", sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("funder_reference")
