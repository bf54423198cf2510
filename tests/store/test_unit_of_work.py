"""Commands made of several are one transaction: all saved, or none."""

import pytest
from sqlalchemy import event

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, BudgetLine, VatMode
from grantdesk.domain.funders import Funder, FunderQuestion
from grantdesk.domain.wordcount import LimitUnit
from grantdesk.store.errors import StoreError
from grantdesk.store.repository import Store


def _transactions_counted(store: Store) -> list[object]:
    begun: list[object] = []
    event.listen(store.engine, "begin", lambda connection: begun.append(connection))
    return begun


def _application_with_answers(store: Store) -> int:
    application_id = store.applications.create(ApplicationDetails(title="Lunch club"))
    store.applications.save_answer(application_id, "project", "A weekly lunch club ŵ")
    store.applications.save_answer(application_id, "beneficiaries", "Older people living alone")
    store.money.save_budget(
        application_id,
        Budget((BudgetLine("Food", "Ingredients", 520000, "meals", 150, VatMode.NO_VAT),)),
    )
    return application_id


def test_a_failure_part_way_through_copying_for_another_funder_leaves_no_copy(store, monkeypatch):
    application_id = _application_with_answers(store)
    funder_id = store.funders.save(
        Funder(
            name="Community Foundation",
            questions=(
                FunderQuestion("Tell us about your project", maximum=300, covers=("project",)),
            ),
        )
    )
    before = [summary.id for summary in store.applications.summaries()]

    def broken_set_funder(*args):
        raise StoreError("The disk went away.")

    monkeypatch.setattr(store.applications, "set_funder", broken_set_funder)
    with pytest.raises(StoreError):
        store.applications.copy_for_funder(application_id, funder_id)

    assert [summary.id for summary in store.applications.summaries()] == before
    assert [summary.id for summary in store.applications.binned()] == []
    monkeypatch.undo()
    copy_id = store.applications.copy_for_funder(application_id, funder_id)
    [question] = store.applications.form(copy_id)
    assert store.applications.answers(copy_id)[question.key].text == "A weekly lunch club ŵ"


def test_copying_for_another_funder_commits_once(store):
    application_id = _application_with_answers(store)
    funder_id = store.funders.save(Funder(name="Council", questions=()))
    begun = _transactions_counted(store)
    store.applications.copy_for_funder(application_id, funder_id)
    assert len(begun) == 1


def test_the_printable_snapshot_is_read_in_one_transaction(store):
    application_id = _application_with_answers(store)
    funder_id = store.funders.save(
        Funder(
            name="Council",
            questions=(
                FunderQuestion(
                    "What will you do?", maximum=200, unit=LimitUnit.WORDS, covers=("project",)
                ),
            ),
        )
    )
    store.applications.set_funder(application_id, funder_id)
    begun = _transactions_counted(store)
    printable = store.printable(application_id)
    assert len(begun) == 1
    assert printable.funder.name == "Council"
    assert printable.answers[0].answer.text == "A weekly lunch club ŵ"


def test_commands_inside_one_transaction_are_all_saved_or_none(store):
    application_id = store.applications.create(ApplicationDetails(title="Kept"))
    with pytest.raises(RuntimeError), store.transaction():
        store.applications.save_answer(application_id, "project", "Half-made")
        store.applications.create(ApplicationDetails(title="Never made"))
        raise RuntimeError("power cut")
    assert [s.details.title for s in store.applications.summaries()] == ["Kept"]
    assert store.applications.answers(application_id) == {}
