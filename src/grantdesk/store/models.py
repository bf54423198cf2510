"""The tables, as SQLAlchemy 2 typed models. The schema itself is made by Alembic migrations."""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class OrganisationRow(Base):
    """The group's profile: one row in each group's database."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str | None] = mapped_column(String(40))
    charity_number: Mapped[str] = mapped_column(Text, default="")
    company_number: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(Text, default="")
    contact_role: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(Text, default="")
    contact_phone: Mapped[str] = mapped_column(Text, default="")
    activities: Mapped[str] = mapped_column(Text, default="")
    year_founded: Mapped[int | None] = mapped_column(Integer)
    volunteers: Mapped[int | None] = mapped_column(Integer)
    paid_staff: Mapped[int | None] = mapped_column(Integer)
    last_year_income_pence: Mapped[int | None] = mapped_column(Integer)
    has_bank_account: Mapped[bool | None]
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ApplicationRow(Base):
    __tablename__ = "application"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    funder: Mapped[str] = mapped_column(Text, default="")
    fund: Mapped[str] = mapped_column(Text, default="")
    amount_requested_pence: Mapped[int | None] = mapped_column(Integer)
    closing_date: Mapped[date | None] = mapped_column(Date)
    project_start: Mapped[date | None] = mapped_column(Date)
    project_end: Mapped[date | None] = mapped_column(Date)
    funder_minimum_pence: Mapped[int | None] = mapped_column(Integer)
    funder_maximum_pence: Mapped[int | None] = mapped_column(Integer)
    vat_recoverable: Mapped[bool] = mapped_column(default=False, server_default="0")
    overhead_basis_points: Mapped[int | None] = mapped_column(Integer)
    whole_project_cost_pence: Mapped[int | None] = mapped_column(Integer)
    exit_notice_months: Mapped[int | None] = mapped_column(Integer)
    funder_reference: Mapped[str] = mapped_column(Text, default="", server_default="")
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("funder.id", ondelete="SET NULL"), index=True
    )
    priorities_addressed: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The funder's priorities the group has ticked as addressed, one a line."""
    requirements_done: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The keys of the funder's requirements the group has ticked as done, one a line."""
    submitted_on: Mapped[date | None] = mapped_column(Date)
    feedback: Mapped[str] = mapped_column(Text, default="", server_default="")
    lessons: Mapped[str] = mapped_column(Text, default="", server_default="")
    offer_date: Mapped[date | None] = mapped_column(Date)
    amount_awarded_pence: Mapped[int | None] = mapped_column(Integer)
    terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    """Set when the application is moved to the bin; cleared when it is restored."""

    answers: Mapped[list["AnswerRow"]] = relationship(
        back_populates="application", cascade="all, delete-orphan", passive_deletes=True
    )
    budget_lines: Mapped[list["BudgetLineRow"]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="BudgetLineRow.position",
    )
    match_funding: Mapped[list["MatchFundingRow"]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MatchFundingRow.position",
    )
    needs: Mapped[list["NeedRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="NeedRow.position"
    )
    plan_inputs: Mapped[list["PlanInputRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanInputRow.position"
    )
    plan_outputs: Mapped[list["PlanOutputRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="PlanOutputRow.position"
    )
    outcomes: Mapped[list["OutcomeRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="OutcomeRow.position"
    )
    exit_routes: Mapped[list["ExitRouteRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ExitRouteRow.position"
    )
    reports: Mapped[list["ReportDueRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ReportDueRow.position"
    )


class AnswerRow(Base):
    __tablename__ = "answer"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), primary_key=True
    )
    question_key: Mapped[str] = mapped_column(String(60), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    limit_maximum: Mapped[int | None] = mapped_column(Integer)
    limit_minimum: Mapped[int | None] = mapped_column(Integer)
    limit_unit: Mapped[str | None] = mapped_column(String(20))
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    application: Mapped[ApplicationRow] = relationship(back_populates="answers")


class AnswerRevisionRow(Base):
    """An earlier version of an answer, kept so it can be put back."""

    __tablename__ = "answer_revision"
    __table_args__ = (
        Index("ix_answer_revision_answer", "application_id", "question_key", "saved_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"))
    question_key: Mapped[str] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(20))


class BudgetLineRow(Base):
    __tablename__ = "budget_line"
    __table_args__ = (Index("ix_budget_line_place", "application_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    quantity_hundredths: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(Text, default="")
    unit_cost_pence: Mapped[int] = mapped_column(Integer)
    vat: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer, default=1)
    paid_by_others: Mapped[bool] = mapped_column(default=False, server_default="0")


class MatchFundingRow(Base):
    __tablename__ = "match_funding"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
    amount_pence: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    in_kind_what: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[date | None] = mapped_column(Date)


class ApplicationItem:
    """Columns every ordered list belonging to an application has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class NeedRow(ApplicationItem, Base):
    __tablename__ = "plan_need"

    key: Mapped[str] = mapped_column(String(40))
    problem: Mapped[str] = mapped_column(Text, default="")
    who: Mapped[str] = mapped_column(Text, default="")
    how_many: Mapped[int | None] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")


class PlanInputRow(ApplicationItem, Base):
    __tablename__ = "plan_input"

    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(40))
    budget_category: Mapped[str] = mapped_column(Text, default="")


class PlanOutputRow(ApplicationItem, Base):
    __tablename__ = "plan_output"

    quantity: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class OutcomeRow(ApplicationItem, Base):
    __tablename__ = "plan_outcome"

    change: Mapped[str] = mapped_column(Text, default="")
    need_key: Mapped[str] = mapped_column(String(40), default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[str] = mapped_column(String(10))
    method: Mapped[str] = mapped_column(Text, default="")
    when: Mapped[str] = mapped_column(Text, default="")


class ExitRouteRow(ApplicationItem, Base):
    __tablename__ = "exit_route"

    kind: Mapped[str] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text, default="")
    amount_pence: Mapped[int | None] = mapped_column(Integer)
    by_date: Mapped[date | None] = mapped_column(Date)


class ReportDueRow(ApplicationItem, Base):
    __tablename__ = "report_due"

    what: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False)


class FunderRow(Base):
    __tablename__ = "funder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    fund: Mapped[str] = mapped_column(Text, default="")
    funds_what: Mapped[str] = mapped_column(Text, default="")
    priorities: Mapped[str] = mapped_column(Text, default="")
    """One priority a line."""
    minimum_pence: Mapped[int | None] = mapped_column(Integer)
    maximum_pence: Mapped[int | None] = mapped_column(Integer)
    opens: Mapped[date | None] = mapped_column(Date)
    closes: Mapped[date | None] = mapped_column(Date)
    contact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    word_rule: Mapped[str] = mapped_column(String(20), default="whitespace")
    character_rule: Mapped[str] = mapped_column(String(20), default="web_form")
    budget_model: Mapped[str] = mapped_column(String(20), default="whole_project")
    max_lines: Mapped[int | None] = mapped_column(Integer)
    whole_pounds: Mapped[bool] = mapped_column(default=False)
    management_cap_pence: Mapped[int | None] = mapped_column(Integer)
    management_cap_basis_points: Mapped[int | None] = mapped_column(Integer)
    other_cap_pence: Mapped[int | None] = mapped_column(Integer)
    other_cap_basis_points: Mapped[int | None] = mapped_column(Integer)
    max_grant_share_basis_points: Mapped[int | None] = mapped_column(Integer)
    one_grant_at_a_time: Mapped[bool] = mapped_column(default=False)
    report_before_reapplying: Mapped[bool] = mapped_column(default=False)
    max_project_months: Mapped[int | None] = mapped_column(Integer)
    headings: Mapped[str] = mapped_column(Text, default="")
    """The funder's own budget headings, one a line; so are the two below."""
    management_headings: Mapped[str] = mapped_column(Text, default="")
    other_headings: Mapped[str] = mapped_column(Text, default="")
    max_item_characters: Mapped[int | None] = mapped_column(Integer)
    asks_plan: Mapped[bool] = mapped_column(default=False)
    asks_exit_strategy: Mapped[bool] = mapped_column(default=False)
    asks_declaration: Mapped[bool] = mapped_column(default=True)
    asks_paper_copy: Mapped[bool] = mapped_column(default=False)
    declaration: Mapped[str] = mapped_column(Text, default="")
    signatories: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)

    questions: Mapped[list["FunderQuestionRow"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="FunderQuestionRow.position"
    )
    requirements: Mapped[list["FunderRequirementRow"]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FunderRequirementRow.position",
    )


class FunderQuestionRow(Base):
    __tablename__ = "funder_question"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    guidance: Mapped[str] = mapped_column(Text, default="")
    maximum: Mapped[int | None] = mapped_column(Integer)
    minimum: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(20))
    covers: Mapped[str] = mapped_column(Text, default="")
    """The common question keys it asks, separated by spaces."""
    kind: Mapped[str] = mapped_column(String(20), default="long_answer")
    choices: Mapped[str] = mapped_column(Text, default="")
    """For a choice, one a line."""
    source: Mapped[str] = mapped_column(String(30), default="typed")
    label: Mapped[str] = mapped_column(Text, default="")


class FunderRequirementRow(Base):
    __tablename__ = "funder_requirement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    from_pence: Mapped[int | None] = mapped_column(Integer)
    to_pence: Mapped[int | None] = mapped_column(Integer)
