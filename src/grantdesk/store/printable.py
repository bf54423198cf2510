"""Everything the printed application shows, read in one transaction into plain objects."""

from grantdesk.domain.application import Answer
from grantdesk.domain.organisation import Profile
from grantdesk.domain.printable import PrintableApplication, QuestionAnswer
from grantdesk.store.applications import ApplicationsStore
from grantdesk.store.funders import FundersStore
from grantdesk.store.money import MoneyStore
from grantdesk.store.plan import PlanStore
from grantdesk.store.profile import ProfileStore
from grantdesk.store.unit_of_work import Transactions


class PrintableStore:
    def __init__(
        self,
        transactions: Transactions,
        profile: ProfileStore,
        applications: ApplicationsStore,
        money: MoneyStore,
        plan: PlanStore,
        funders: FundersStore,
    ):
        self._transactions = transactions
        self._profile = profile
        self._applications = applications
        self._money = money
        self._plan = plan
        self._funders = funders

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
