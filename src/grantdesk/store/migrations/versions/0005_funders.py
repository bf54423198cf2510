"""Funders and their forms, the decision and reports due, and full-text search of answers.

Revision ID: 0005_funders
Revises: 0004_funder_reference
Create Date: 2026-11-22 22:03:48.268998
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_funders"
down_revision = "0004_funder_reference"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("fund", sa.Text(), nullable=False),
        sa.Column("funds_what", sa.Text(), nullable=False),
        sa.Column("priorities", sa.Text(), nullable=False),
        sa.Column("minimum_pence", sa.Integer(), nullable=True),
        sa.Column("maximum_pence", sa.Integer(), nullable=True),
        sa.Column("opens", sa.Date(), nullable=True),
        sa.Column("closes", sa.Date(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("word_rule", sa.String(length=20), nullable=False),
        sa.Column("max_lines", sa.Integer(), nullable=True),
        sa.Column("whole_pounds", sa.Boolean(), nullable=False),
        sa.Column("management_cap_pence", sa.Integer(), nullable=True),
        sa.Column("management_cap_basis_points", sa.Integer(), nullable=True),
        sa.Column("other_cap_pence", sa.Integer(), nullable=True),
        sa.Column("other_cap_basis_points", sa.Integer(), nullable=True),
        sa.Column("max_grant_share_basis_points", sa.Integer(), nullable=True),
        sa.Column("one_grant_at_a_time", sa.Boolean(), nullable=False),
        sa.Column("report_before_reapplying", sa.Boolean(), nullable=False),
        sa.Column("max_project_months", sa.Integer(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "funder_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("covers", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["funder_id"], ["funder.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("funder_question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funder_question_funder_id"), ["funder_id"], unique=False
        )

    op.create_table(
        "report_due",
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("report_due", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_report_due_application_id"), ["application_id"], unique=False
        )

    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.add_column(sa.Column("funder_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("priorities_addressed", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("submitted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("feedback", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("lessons", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("offer_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("amount_awarded_pence", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("terms", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("agreement_signed_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_application_funder_id"), ["funder_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_application_funder_id_funder", "funder", ["funder_id"], ["id"], ondelete="SET NULL"
        )

    # Search of everything written before. SQLite's FTS5, kept in step with the answers by
    # triggers; accents are folded so "Ty" finds "Tŷ" and "ŵyn" finds "wyn".
    op.execute(
        "CREATE VIRTUAL TABLE answer_fts USING fts5(text, content='answer', "
        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER answer_fts_insert AFTER INSERT ON answer BEGIN "
        "INSERT INTO answer_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER answer_fts_delete AFTER DELETE ON answer BEGIN "
        "INSERT INTO answer_fts(answer_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER answer_fts_update AFTER UPDATE OF text ON answer BEGIN "
        "INSERT INTO answer_fts(answer_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
        "INSERT INTO answer_fts(rowid, text) VALUES (new.rowid, new.text); END"
    )
    op.execute("INSERT INTO answer_fts(answer_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("answer_fts_insert", "answer_fts_delete", "answer_fts_update"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE answer_fts")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_constraint("fk_application_funder_id_funder", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_application_funder_id"))
        batch_op.drop_column("agreement_signed_on")
        batch_op.drop_column("terms")
        batch_op.drop_column("amount_awarded_pence")
        batch_op.drop_column("offer_date")
        batch_op.drop_column("lessons")
        batch_op.drop_column("feedback")
        batch_op.drop_column("submitted_on")
        batch_op.drop_column("priorities_addressed")
        batch_op.drop_column("funder_id")

    with op.batch_alter_table("report_due", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_due_application_id"))

    op.drop_table("report_due")
    with op.batch_alter_table("funder_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funder_question_funder_id"))

    op.drop_table("funder_question")
    op.drop_table("funder")
