from dataclasses import replace
from datetime import date

import pytest

from grantdesk.domain.application import ApplicationDetails, ApplicationStatus
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.funders import BudgetRules, Eligibility, Funder, FunderQuestion
from grantdesk.domain.wordcount import LimitUnit, WordRule
from grantdesk.example_funders import add_example_funders, example_funders
from grantdesk.store.errors import StoreError
from grantdesk.store.repository import Store

FUNDER = Funder(
    name="Cronfa Gymunedol – ‘Tŷ’",
    fund="Small grants ŵ",
    funds_what="Community projects",
    priorities=("Bringing people together", "Safer streets"),
    minimum_pence=50000,
    maximum_pence=300000,
    opens=date(2027, 1, 4),
    closes=date(2027, 2, 26),
    contact="grants@example.org",
    notes="Signed paper copy within 5 days",
    word_rule=WordRule.HYPHENS_SPLIT,
    questions=(
        FunderQuestion(
            "About you",
            "Guidance ŷ",
            250,
            None,
            LimitUnit.WORDS,
            ("what_you_do", "organisation_type"),
            key="q1",
        ),
        FunderQuestion("Your project", "", 1500, 100, LimitUnit.CHARACTERS, ("project",), key="q2"),
        FunderQuestion("Anything else", "", 100, None, LimitUnit.WORDS, (), key="q3"),
    ),
    budget_rules=BudgetRules(8, True, None, 1000, 50000, None, 5000),
    eligibility=Eligibility(True, True, 12),
)


def test_a_funder_and_its_form_round_trip_exactly(store: Store):
    funder_id = store.save_funder(FUNDER)
    assert store.funder(funder_id) == replace(FUNDER, id=funder_id)
    store.save_funder(replace(FUNDER, id=funder_id, questions=FUNDER.questions[:1]))
    assert store.funder(funder_id).questions == FUNDER.questions[:1]
    store.remove_funder(funder_id)
    assert store.funders() == []
    assert store.funder(funder_id).name == FUNDER.name  # applications to it still read it


def test_example_funders_are_added_once(store: Store):
    assert add_example_funders(store) == len(example_funders()) == 4
    sizes = sorted((f.minimum_pence or 0, f.maximum_pence) for f in store.funders())
    assert sizes == [(0, 300000), (0, 2500000), (50000, 500000), (1000000, 5000000)]
    for funder in store.funders():
        store.remove_funder(funder.id)
    assert add_example_funders(store) == 0
    assert store.funders() == []


def test_choosing_a_funder_carries_answers_and_a_copy_leaves_the_original_alone(store: Store):
    funder_id = store.save_funder(FUNDER)
    original = store.create_application(ApplicationDetails(title="Common"))
    store.save_answer(original, "what_you_do", "Youth club ŵ")
    store.save_answer(original, "organisation_type", "A charity")
    store.save_answer(original, "project", "x" * 1600)
    before = store.answers(original)

    copy = store.copy_for_funder(original, funder_id)
    copied = store.answers(copy)
    assert {key: answer.text for key, answer in copied.items()} == {
        "funder:q1": "Youth club ŵ\n\nA charity",
        "funder:q2": "x" * 1600,
    }
    assert store.application(copy).funder_id == funder_id
    assert store.application(copy).details.funder == FUNDER.name
    assert store.answers(original) == before
    assert store.application(original).funder_id is None

    store.set_funder(original, funder_id)
    assert store.answers(original)["funder:q1"].text == "Youth club ŵ\n\nA charity"
    assert store.answers(original)["what_you_do"].text == "Youth club ŵ"  # nothing removed
    with pytest.raises(StoreError, match="no longer in GrantDesk"):
        store.set_funder(original, 999)


def test_search_finds_words_written_in_other_applications_best_first(store: Store):
    first = store.create_application(ApplicationDetails(title="Friday nights"))
    second = store.create_application(ApplicationDetails(title="Summer trip"))
    binned = store.create_application(ApplicationDetails(title="Binned"))
    store.save_answer(first, "project", "Mae’r ŵyn yn y cae. A youth club on Friday nights.")
    store.save_answer(first, "delivery", "At Tŷ’r Cwm; the youth club meets weekly.")
    store.save_answer(second, "project", "Youth club youth club youth club: a summer trip.")
    store.save_answer(binned, "project", "Youth club in the bin")
    store.move_to_bin(binned)

    hits = store.search("youth club")
    assert hits[0].application_title == "Summer trip"
    assert {hit.application_title for hit in hits} == {"Friday nights", "Summer trip"}
    assert hits[0].question_title == "3. What the project is"
    assert [hit.question_key for hit in store.search("ŵyn")] == ["project"]
    assert [hit.application_title for hit in store.search("wyn")] == ["Friday nights"]
    assert [hit.question_key for hit in store.search("Tŷ’r")] == ["delivery"]
    assert store.search("yout") != []  # the start of a word finds it
    assert store.search('"; DROP TABLE answer; --') == []
    store.save_answer(first, "project", "Changed entirely")
    assert [hit.question_key for hit in store.search("ŵyn")] == []


def test_decision_reports_and_what_is_coming_up(store: Store):
    funder_id = store.save_funder(FUNDER)
    application_id = store.create_application(
        ApplicationDetails(title="Won", closing_date=date(2027, 1, 1))
    )
    store.set_funder(application_id, funder_id)
    decision = Decision(
        date(2027, 1, 20),
        "",
        "",
        date(2027, 3, 1),
        250000,
        "Report every six months ŵ",
        date(2027, 3, 5),
    )
    store.save_decision(application_id, decision)
    reports = (ReportDue("Mid-year", date(2027, 9, 30)), ReportDue("Final", date(2028, 3, 31)))
    store.save_reports(application_id, reports)
    store.set_status(application_id, ApplicationStatus.SUCCESSFUL)
    assert store.decision(application_id) == decision
    assert store.reports(application_id) == reports
    [upcoming] = store.upcoming()
    assert upcoming.status is ApplicationStatus.SUCCESSFUL
    assert upcoming.reports == reports

    later = store.create_application(ApplicationDetails(title="Again"))
    store.set_funder(later, funder_id)
    [past] = store.history_with(funder_id, later)
    assert past.successful and past.reports_outstanding == 2
    assert past.final_report_due == date(2028, 3, 31)

    store.set_status(application_id, ApplicationStatus.UNSUCCESSFUL)
    store.save_decision(
        application_id,
        Decision(feedback="Not enough evidence of need", lessons="Use the police figures"),
    )
    assert store.last_feedback_from(funder_id, later).feedback == "Not enough evidence of need"


def test_copying_an_application_on_a_funders_form_keeps_every_answer(store: Store):
    funder_id = store.save_funder(FUNDER)
    other_id = store.save_funder(
        replace(
            FUNDER,
            name="Another",
            questions=(
                FunderQuestion(
                    "Everything about you",
                    "",
                    500,
                    None,
                    LimitUnit.WORDS,
                    ("what_you_do", "project"),
                    key="z",
                ),
            ),
        )
    )
    original = store.create_application(ApplicationDetails(title="On a form"))
    store.set_funder(original, funder_id)
    store.save_answer(original, "funder:q1", "About us ŵ")
    store.save_answer(original, "funder:q2", "The project")
    store.save_priorities_addressed(original, ("Safer streets",))

    same = store.copy_application(original)
    assert store.application(same).funder_id == funder_id
    assert store.answers(same)["funder:q1"].text == "About us ŵ"
    assert store.priorities_addressed(same) == ("Safer streets",)

    moved = store.copy_for_funder(original, other_id)
    assert {k: a.text for k, a in store.answers(moved).items()} == {
        "funder:z": "About us ŵ\n\nThe project"
    }
    common = store.copy_for_funder(original, None)
    assert store.answers(common)["project"].text == "The project"
    assert store.answers(common)["what_you_do"].text == "About us ŵ"
