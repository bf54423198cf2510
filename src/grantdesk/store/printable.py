"""Everything the printed application shows, read in one transaction into plain objects."""

from grantdesk.domain.application import Answer
from grantdesk.domain.organisation import Profile
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.store.areas import Areas


class PrintableStore:
    def __init__(self, areas: Areas):
        self._transactions = areas.transactions
        self._profile = areas.profile
        self._applications = areas.applications
        self._money = areas.money
        self._plan = areas.plan
        self._funders = areas.funders

    def read(self, application_id: int) -> PrintableApplication:
        with self._transactions.begin():
            summary = self._applications.summary(application_id)
            answers = self._applications.answers(application_id)
            return PrintableApplication(
                summary=summary,
                profile=self._profile.get() or Profile(),
                answers=tuple(
                    QuestionAnswer(question, answers.get(question.key, Answer(question.key)))
                    for question in self._applications.form(application_id)
                ),
                budget=self._money.budget(application_id),
                match=self._money.match_funding(application_id),
                plan=self._plan.get(application_id),
                exit=self._plan.exit_plan(application_id),
                funder=self._funders.get(summary.funder_id) if summary.funder_id else None,
                requirements_done=self._applications.requirements_done(application_id),
            )
