"""Question 11's exit strategy: the routes, with dates, and notice to the people who use it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from grantdesk.domain.dates import parse_date
from grantdesk.domain.drafts import draft_exit
from grantdesk.domain.exit import GOOD_NOTICE_MONTHS, ExitRoute, ExitRouteKind
from grantdesk.domain.money import format_money, parse_money
from grantdesk.domain.organisation import parse_count
from grantdesk.ui.common.language import say, show_date
from grantdesk.ui.common.tables import Column, LinesEditor, LineTableModel, choice_column
from grantdesk.ui.common.text_size import maximum_characters
from grantdesk.ui.common.widgets import CheckedLine, ProblemLabel, add_form_row, wrapped
from grantdesk.ui.plan.draft_panel import DraftPanel
from grantdesk.ui.plan.plan_state import PlanState


class ExitEditor(LinesEditor):
    answer_is_optional = False

    def __init__(self, work: PlanState, parent: QWidget | None = None):
        self.work = work
        model = LineTableModel(
            [
                choice_column(
                    QCoreApplication.translate("ExitEditor", "Route"),
                    "kind",
                    {kind: kind.label for kind in ExitRouteKind},
                    say,
                    QCoreApplication.translate(
                        "ExitEditor", "Please choose a route from the list."
                    ),
                ),
                Column(
                    QCoreApplication.translate("ExitEditor", "The details"),
                    lambda route, _: route.details,
                    lambda route, text: replace(route, details=text),
                    stretch=True,
                ),
                Column(
                    QCoreApplication.translate("ExitEditor", "Earned income a year"),
                    lambda route, _: (
                        "" if route.amount_pence is None else format_money(route.amount_pence)
                    ),
                    lambda route, text: replace(route, amount_pence=parse_money(text)),
                    right_aligned=True,
                ),
                Column(
                    QCoreApplication.translate("ExitEditor", "By when"),
                    lambda route, _: show_date(route.by_date) if route.by_date else "",
                    lambda route, text: replace(
                        route, by_date=parse_date(text, month_is_its_last_day=True)
                    ),
                ),
            ]
        )
        model.set_rows(work.exit.routes)
        super().__init__(
            model,
            QCoreApplication.translate("ExitEditor", "Add a &route"),
            parent,
            remove_text=QCoreApplication.translate("ExitEditor", "Remove route"),
        )
        self.table.setAccessibleName(self.tr("Exit strategy routes"))
        self.table.grow_with_rows(10)
        model.rows_changed.connect(lambda routes: work.set_exit(replace(work.exit, routes=routes)))
        self.lines_layout.insertWidget(
            0,
            wrapped(
                "\n".join(
                    [
                        self.tr(
                            "How will the work carry on, or end well, when this grant runs out? "
                            "Choose one or more routes and give the details:"
                        ),
                        *(
                            f"•  {say(kind.label)}: {say(kind.prompt).lower()}"
                            for kind in ExitRouteKind
                        ),
                    ]
                )
            ),
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.notice_field = CheckedLine(
            lambda text: parse_count(text, QCoreApplication.translate("ExitEditor", "months")),
            str,
            work.exit.notice_months,
        )
        maximum_characters(self.notice_field, 20)
        self.notice_field.value_changed.connect(
            lambda: work.set_exit(replace(work.exit, notice_months=self.notice_field.value))
        )
        add_form_row(form, self.tr("&Months’ notice to the people who use it"), self.notice_field)
        self.lines_layout.addLayout(form)
        self.lines_layout.addWidget(
            wrapped(
                self.tr(
                    "Good practice is to give at least {months} months’ notice before funding "
                    "stops, and help people find other support."
                ).format(months=GOOD_NOTICE_MONTHS)
            )
        )
        self.weaknesses = ProblemLabel()
        self.weaknesses.setAccessibleName(self.tr("Where the exit strategy is weak"))
        self.lines_layout.addWidget(self.weaknesses)
        self.draft = DraftPanel(work, lambda: draft_exit(work.exit))
        self.lines_layout.addWidget(self.draft)
        work.changed.connect(self._show_weaknesses)
        work.changed.connect(self.changed)
        self._show_weaknesses()

    def new_row(self) -> ExitRoute:
        return ExitRoute()

    def _show_weaknesses(self) -> None:
        weaknesses = self.work.exit_weaknesses if not self.work.exit.is_empty else []
        self.weaknesses.say("\n".join("•  " + say(weakness.message) for weakness in weaknesses))

    def has_content(self) -> bool:
        return self.has_content_in(self.work)

    def needs_attention(self) -> bool:
        return self.needs_attention_in(self.work)

    @staticmethod
    def has_content_in(work: PlanState) -> bool:
        """What has_content says, read from the data alone (before the editor is built)."""
        return bool(work.exit.routes)

    @staticmethod
    def needs_attention_in(work: PlanState) -> bool:
        return not work.exit.is_empty and bool(work.exit_weaknesses)
