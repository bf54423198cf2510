"""Finding earlier answers across every application, best matches first."""

from grantdesk.domain.application import display_title
from grantdesk.domain.funders import form_questions
from grantdesk.domain.questions import Question
from grantdesk.domain.search import SearchHit, snippet
from grantdesk.store.database import search_answers
from grantdesk.store.funders import funder_of
from grantdesk.store.unit_of_work import Transactions


class SearchStore:
    def __init__(self, transactions: Transactions):
        self._transactions = transactions

    def answers(self, words: str, limit: int = 50) -> list[SearchHit]:
        """Everything written before that contains these words, best matches first."""
        with self._transactions.begin() as unit:
            rows = search_answers(unit.connection, words, limit)
            forms: dict[int | None, dict[str, Question]] = {}
            hits = []
            for application_id, title, funder_id, key, text in rows:
                if funder_id not in forms:
                    forms[funder_id] = {
                        q.key: q for q in form_questions(funder_of(unit, funder_id))
                    }
                question = forms[funder_id].get(key)
                hits.append(
                    SearchHit(
                        application_id=application_id,
                        application_title=display_title(title),
                        question_key=key,
                        question_title=(
                            f"{question.shown_number}. {question.short_title}" if question else ""
                        ),
                        snippet=snippet(text, words),
                        text=text,
                    )
                )
            return hits
