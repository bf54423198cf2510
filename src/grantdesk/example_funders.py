"""The example funders shipped in resources/funders, added once so a group can start from them.

Each file is one funder in plain JSON, so a development worker can add one by hand; the format
is the Funder record's fields (see docs/funders.md).
"""

import json
from dataclasses import fields
from datetime import date
from pathlib import Path

from grantdesk.domain.funders import BudgetRules, Eligibility, Funder, FunderQuestion
from grantdesk.domain.wordcount import LimitUnit, WordRule
from grantdesk.paths import resources_dir
from grantdesk.store.repository import Store


def example_funders(folder: Path | None = None) -> list[Funder]:
    folder = folder or resources_dir() / "funders"
    return [
        funder_from_json(json.loads(path.read_text("utf-8")))
        for path in sorted(folder.glob("*.json"))
    ]


def funder_from_json(data: dict) -> Funder:
    return Funder(
        name=data.get("name", ""),
        fund=data.get("fund", ""),
        funds_what=data.get("funds_what", ""),
        priorities=tuple(data.get("priorities", ())),
        minimum_pence=data.get("minimum_pence"),
        maximum_pence=data.get("maximum_pence"),
        opens=_date(data.get("opens")),
        closes=_date(data.get("closes")),
        contact=data.get("contact", ""),
        notes=data.get("notes", ""),
        word_rule=WordRule(data.get("word_rule", "whitespace")),
        questions=tuple(
            FunderQuestion(
                text=question["text"],
                guidance=question.get("guidance", ""),
                maximum=question["maximum"],
                minimum=question.get("minimum"),
                unit=LimitUnit(question.get("unit", "words")),
                covers=tuple(question.get("covers", ())),
            )
            for question in data.get("questions", ())
        ),
        budget_rules=BudgetRules(**_known(BudgetRules, data.get("budget_rules", {}))),
        eligibility=Eligibility(**_known(Eligibility, data.get("eligibility", {}))),
    )


def _known(record: type, values: dict) -> dict:
    names = {field.name for field in fields(record)}
    return {name: value for name, value in values.items() if name in names}


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def add_example_funders(store: Store) -> int:
    """Add the examples the first time GrantDesk runs; never again once there are funders,
    so ones a group removed do not come back. Returns how many were added."""
    if store.funders.has_ever_had_any():
        return 0
    examples = example_funders()
    for funder in examples:
        store.funders.save(funder)
    return len(examples)
