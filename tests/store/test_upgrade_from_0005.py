"""A group's database from the release with funders (schema 0005, made by that release's own
code with real rows) upgrades keeping everything, and takes the new parts of a funder's form."""

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

from grantdesk.domain.budget import Budget, BudgetLine, BudgetModel, MatchStatus
from grantdesk.domain.funders import (
    DEFAULT_MANAGEMENT_HEADINGS,
    DEFAULT_OTHER_HEADINGS,
    AskedParts,
    FunderQuestion,
    Requirement,
)
from grantdesk.domain.questions import QuestionKind
from grantdesk.domain.wordcount import CharacterRule, Limit, LimitUnit, WordRule
from grantdesk.store.database import (
    BACKUP_FOLDER,
    DATABASE_FILE,
    SCHEMA_REVISION,
    integrity_problems,
    open_database,
    schema_revision,
)
from grantdesk.store.repository import Store

FIXTURE = Path(__file__).with_name("fixtures") / "schema_0005_funders.sqlite3"


def test_a_database_with_funders_is_upgraded_keeping_every_row(tmp_path: Path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURE, data_dir / DATABASE_FILE)
    before = sqlite3.connect(data_dir / DATABASE_FILE)
    answers_before = before.execute(
        "SELECT application_id, question_key, text FROM answer ORDER BY 1, 2"
    ).fetchall()
    questions_before = before.execute(
        "SELECT funder_id, key, text, maximum, minimum, unit FROM funder_question ORDER BY id"
    ).fetchall()
    before.close()
    assert len(answers_before) == 16 and len(questions_before) == 26

    engine = open_database(data_dir)
    assert schema_revision(engine) == SCHEMA_REVISION
    assert integrity_problems(engine) == []
    assert list((data_dir / BACKUP_FOLDER).glob("before-upgrade-from-0005_funders-*"))
    store = Store(engine)
    answers_after = [
        (summary.id, key, answer.text)
        for summary in sorted(store.applications.summaries(), key=lambda summary: summary.id)
        for key, answer in sorted(store.applications.answers(summary.id).items())
    ]
    assert answers_after == answers_before

    funders = {funder.name: funder for funder in store.funders.all()}
    assert len(funders) == 5
    questions_after = [
        (funder.id, q.key, q.text, q.maximum, q.minimum, q.unit.value)
        for funder in sorted(funders.values(), key=lambda funder: funder.id)
        for q in funder.questions
    ]
    assert questions_after == questions_before
    own = funders["Cronfa Gymunedol – ‘Tŷ’"]
    assert own.word_rule is WordRule.HYPHENS_SPLIT
    assert own.character_rule is CharacterRule.WEB_FORM
    assert own.budget_model is BudgetModel.WHOLE_PROJECT
    assert own.budget_rules.max_lines == 8 and own.budget_rules.whole_pounds
    assert own.budget_rules.management_headings == DEFAULT_MANAGEMENT_HEADINGS
    assert own.budget_rules.other_headings == DEFAULT_OTHER_HEADINGS
    assert own.asks == AskedParts()
    assert own.requirements == () and own.declaration == "" and own.signatories == 1
    assert all(q.kind is QuestionKind.LONG_ANSWER and q.label == "" for q in own.questions)

    [hall] = [s for s in store.applications.summaries() if s.details.title.startswith("Hall")]
    assert hall.funder_id == own.id
    answers = store.applications.answers(hall.id)
    assert answers["funder:q1"].text == "We run a youth club 🎱 at Tŷ’r Cwm."
    assert answers["funder:q2"].limit == Limit(1200, LimitUnit.CHARACTERS, 100)
    assert answers["funder:q1"].limit is None
    budget = store.money.budget(hall.id)
    assert [line.description for line in budget.lines] == ["Bookkeeping", "Roof panels"]
    assert not any(line.paid_by_others for line in budget.lines)
    assert budget.whole_project_cost_pence is None
    match = store.money.match_funding(hall.id)
    assert [item.status for item in match] == [MatchStatus.APPLIED_FOR, MatchStatus.IN_KIND]
    assert store.applications.priorities_addressed(hall.id) == ("Safer streets",)
    assert store.applications.requirements_done(hall.id) == ()
    assert store.decisions.reports(hall.id)[0].due == date(2028, 7, 1)

    changed = replace(
        own,
        questions=(*own.questions, FunderQuestion("Anything else?", maximum=None, key="q9")),
        asks=AskedParts(paper_copy=True),
        requirements=(Requirement("Latest accounts", 250100, key="r1"),),
        signatories=2,
    )
    store.funders.save(changed)
    assert store.funders.get(own.id) == changed
    paid = Budget((BudgetLine("Staff", "Worker", 100, "", 5000, paid_by_others=True),), False)
    store.money.save_budget(hall.id, replace(paid, whole_project_cost_pence=900000))
    assert store.money.budget(hall.id) == replace(paid, whole_project_cost_pence=900000)
    store.applications.save_answer_limit(hall.id, "funder:q1", Limit(None, LimitUnit.WORDS))
    assert store.applications.answers(hall.id)["funder:q1"].limit == Limit(None, LimitUnit.WORDS)
    store.applications.save_requirements_done(hall.id, ("r1",))
    assert store.applications.requirements_done(hall.id) == ("r1",)
    engine.dispose()
