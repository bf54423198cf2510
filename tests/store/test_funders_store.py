from dataclasses import replace
from datetime import date

import pytest

from grantdesk.domain.application import ApplicationDetails, ApplicationStatus
from grantdesk.domain.budget import BudgetModel
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.funders import (
    AskedParts,
    BudgetRules,
    Eligibility,
    Funder,
    FunderQuestion,
    Requirement,
)
from grantdesk.domain.questions import FigureSource, QuestionKind
from grantdesk.domain.wordcount import CharacterRule, LimitUnit, WordRule
from grantdesk.examples.funders import add_example_funders, example_funders
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
        FunderQuestion("Anything else", "", None, None, LimitUnit.WORDS, (), key="q3"),
        FunderQuestion(
            "Income last year (£)",
            kind=QuestionKind.MONEY,
            source=FigureSource.INCOME_LAST_YEAR,
            label="Q6",
            key="q4",
        ),
        FunderQuestion(
            "Which area?", kind=QuestionKind.CHOICE, choices=("North", "South ŵ"), key="q5"
        ),
    ),
    character_rule=CharacterRule.EACH_CHARACTER,
    budget_model=BudgetModel.PAID_BY,
    budget_rules=BudgetRules(
        8,
        True,
        None,
        1000,
        50000,
        None,
        5000,
        headings=("Staff", "Management"),
        management_headings=("Management",),
        other_headings=("Other expenses", "Sundries"),
        max_item_characters=50,
    ),
    eligibility=Eligibility(True, True, 12),
    asks=AskedParts(plan=True, exit_strategy=False, declaration=True, paper_copy=True),
    requirements=(
        Requirement("A signed paper copy within 5 working days", 250100, 2500000, key="r1"),
        Requirement("Your latest accounts ŵ", key="r2"),
    ),
    declaration="We declare that… ‘Tŷ’",
    signatories=2,
)


def test_a_funder_and_its_form_round_trip_exactly(store: Store):
    funder_id = store.funders.save(FUNDER)
    assert store.funders.get(funder_id) == replace(FUNDER, id=funder_id)
    store.funders.save(replace(FUNDER, id=funder_id, questions=FUNDER.questions[:1]))
    assert store.funders.get(funder_id).questions == FUNDER.questions[:1]
    store.funders.remove(funder_id)
    assert store.funders.all() == []
    assert store.funders.get(funder_id).name == FUNDER.name  # applications to it still read it


def test_funders_are_named_by_name_without_removed_ones(store: Store):
    add_example_funders(store)
    removed = store.funders.save(replace(FUNDER, name="Aaa removed"))
    store.funders.remove(removed)
    names = store.funders.names()
    assert [(f.id, f.display_name) for f in names] == [
        (f.id, f.display_name) for f in store.funders.all()
    ]
    assert [f.name for f in names] == sorted(f.name for f in names)
    assert removed not in {f.id for f in names}


def test_example_funders_are_added_once(store: Store):
    assert add_example_funders(store) == len(example_funders()) == 4
    sizes = sorted((f.minimum_pence or 0, f.maximum_pence) for f in store.funders.all())
    assert sizes == [(0, 300000), (0, 2500000), (50000, 500000), (1000000, 5000000)]
    for funder in store.funders.all():
        store.funders.remove(funder.id)
    assert add_example_funders(store) == 0
    assert store.funders.all() == []


def test_choosing_a_funder_carries_answers_and_a_copy_leaves_the_original_alone(store: Store):
    funder_id = store.funders.save(FUNDER)
    original = store.applications.create(ApplicationDetails(title="Common"))
    store.applications.save_answer(original, "what_you_do", "Youth club ŵ")
    store.applications.save_answer(original, "organisation_type", "A charity")
    store.applications.save_answer(original, "project", "x" * 1600)
    before = store.applications.answers(original)

    copy = store.applications.copy_for_funder(original, funder_id)
    copied = store.applications.answers(copy)
    assert {key: answer.text for key, answer in copied.items()} == {
        "funder:q1": "Youth club ŵ\n\nA charity",
        "funder:q2": "x" * 1600,
    }
    assert store.applications.summary(copy).funder_id == funder_id
    assert store.applications.summary(copy).details.funder == FUNDER.name
    assert store.applications.answers(original) == before
    assert store.applications.summary(original).funder_id is None

    store.applications.set_funder(original, funder_id)
    assert store.applications.answers(original)["funder:q1"].text == "Youth club ŵ\n\nA charity"
    assert (
        store.applications.answers(original)["what_you_do"].text == "Youth club ŵ"
    )  # nothing removed
    with pytest.raises(StoreError, match="no longer in GrantDesk"):
        store.applications.set_funder(original, 999)


def test_search_finds_words_written_in_other_applications_best_first(store: Store):
    first = store.applications.create(ApplicationDetails(title="Friday nights"))
    second = store.applications.create(ApplicationDetails(title="Summer trip"))
    binned = store.applications.create(ApplicationDetails(title="Binned"))
    store.applications.save_answer(
        first, "project", "Mae’r ŵyn yn y cae. A youth club on Friday nights."
    )
    store.applications.save_answer(first, "delivery", "At Tŷ’r Cwm; the youth club meets weekly.")
    store.applications.save_answer(
        second, "project", "Youth club youth club youth club: a summer trip."
    )
    store.applications.save_answer(binned, "project", "Youth club in the bin")
    store.applications.move_to_bin(binned)

    hits = store.search.answers("youth club")
    assert hits[0].application_title == "Summer trip"
    assert {hit.application_title for hit in hits} == {"Friday nights", "Summer trip"}
    assert hits[0].question_title == "3. What the project is"
    assert [hit.question_key for hit in store.search.answers("ŵyn")] == ["project"]
    assert [hit.application_title for hit in store.search.answers("wyn")] == ["Friday nights"]
    assert [hit.question_key for hit in store.search.answers("Tŷ’r")] == ["delivery"]
    assert store.search.answers("yout") != []  # the start of a word finds it
    assert store.search.answers('"; DROP TABLE answer; --') == []
    store.applications.save_answer(first, "project", "Changed entirely")
    assert [hit.question_key for hit in store.search.answers("ŵyn")] == []


def test_decision_reports_and_what_is_coming_up(store: Store):
    funder_id = store.funders.save(FUNDER)
    application_id = store.applications.create(
        ApplicationDetails(title="Won", closing_date=date(2027, 1, 1))
    )
    store.applications.set_funder(application_id, funder_id)
    decision = Decision(
        date(2027, 1, 20),
        "",
        "",
        date(2027, 3, 1),
        250000,
        "Report every six months ŵ",
        date(2027, 3, 5),
    )
    store.decisions.save_decision(application_id, decision)
    reports = (ReportDue("Mid-year", date(2027, 9, 30)), ReportDue("Final", date(2028, 3, 31)))
    store.decisions.save_reports(application_id, reports)
    store.decisions.set_status(application_id, ApplicationStatus.SUCCESSFUL)
    assert store.decisions.decision(application_id) == decision
    assert store.decisions.reports(application_id) == reports
    [upcoming] = store.decisions.upcoming()
    assert upcoming.status is ApplicationStatus.SUCCESSFUL
    assert upcoming.reports == reports

    later = store.applications.create(ApplicationDetails(title="Again"))
    store.applications.set_funder(later, funder_id)
    [past] = store.funders.history_with(funder_id, later)
    assert past.successful and past.reports_outstanding == 2
    assert past.final_report_due == date(2028, 3, 31)

    store.decisions.set_status(application_id, ApplicationStatus.UNSUCCESSFUL)
    store.decisions.save_decision(
        application_id,
        Decision(feedback="Not enough evidence of need", lessons="Use the police figures"),
    )
    assert (
        store.funders.last_feedback_from(funder_id, later).feedback == "Not enough evidence of need"
    )


def test_copying_an_application_on_a_funders_form_keeps_every_answer(store: Store):
    funder_id = store.funders.save(FUNDER)
    other_id = store.funders.save(
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
    original = store.applications.create(ApplicationDetails(title="On a form"))
    store.applications.set_funder(original, funder_id)
    store.applications.save_answer(original, "funder:q1", "About us ŵ")
    store.applications.save_answer(original, "funder:q2", "The project")
    store.applications.save_priorities_addressed(original, ("Safer streets",))

    same = store.applications.copy(original)
    assert store.applications.summary(same).funder_id == funder_id
    assert store.applications.answers(same)["funder:q1"].text == "About us ŵ"
    assert store.applications.priorities_addressed(same) == ("Safer streets",)

    moved = store.applications.copy_for_funder(original, other_id)
    assert {k: a.text for k, a in store.applications.answers(moved).items()} == {
        "funder:z": "About us ŵ\n\nThe project"
    }
    common = store.applications.copy_for_funder(original, None)
    assert store.applications.answers(common)["project"].text == "The project"
    assert store.applications.answers(common)["what_you_do"].text == "About us ŵ"


def test_a_broken_example_file_never_stops_the_first_start(store: Store, tmp_path, monkeypatch):
    import shutil

    from grantdesk.examples import funders as examples
    from grantdesk.paths import resources_dir

    folder = tmp_path / "resources"
    shutil.copytree(resources_dir() / "funders", folder / "funders")
    (folder / "funders" / "aaa-broken.json").write_text("{", "utf-8")
    (folder / "funders" / "bbb-wrong.json").write_text('{"maximum_pence": "lots"}', "utf-8")
    monkeypatch.setattr(examples, "resources_dir", lambda: folder)
    assert examples.add_example_funders(store) == 4
    assert len(store.funders.all()) == 4


def test_the_grant_range_stays_the_funders_so_a_later_change_reaches_the_application(
    store: Store,
):
    funder_id = store.funders.save(Funder(name="PCC", minimum_pence=50000, maximum_pence=500000))
    application_id = store.applications.create(
        ApplicationDetails(title="Roof", amount_requested_pence=400000)
    )
    store.applications.set_funder(application_id, funder_id)
    details = store.applications.summary(application_id).details
    assert (details.funder_minimum_pence, details.funder_maximum_pence) == (None, None)
    assert store.printable(application_id).finances.range_problems() == []
    store.funders.save(replace(store.funders.get(funder_id), maximum_pence=300000))
    assert store.printable(application_id).finances.range_problems() == [
        "You are asking for £4,000.00, but this fund gives at most £3,000.00."
    ]


def test_the_names_listed_are_those_of_the_funders_not_removed_in_order(store: Store):
    kept = store.funders.save(Funder(name="Tŷ’r Cwm Trust", fund="Small grants"))
    removed = store.funders.save(Funder(name="Gone"))
    store.funders.remove(removed)
    unnamed = store.funders.save(Funder())
    assert [(funder.id, funder.display_name) for funder in store.funders.names()] == [
        (funder.id, funder.display_name) for funder in store.funders.all()
    ]
    listed = {funder.id: funder.display_name for funder in store.funders.names()}
    assert listed[kept] == "Tŷ’r Cwm Trust – Small grants"
    assert listed[unnamed] == ""
    assert removed not in listed
