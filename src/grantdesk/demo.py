"""Writing the example group and applications, for a first look or a bid-writing session."""

from dataclasses import fields
from datetime import date

from grantdesk.demo_content import DEMO_APPLICATIONS, DEMO_PROFILE
from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import (
    Budget,
    BudgetLine,
    MatchFunding,
    MatchStatus,
    VatMode,
    parse_quantity,
)
from grantdesk.domain.exit import ExitPlan, ExitRoute, ExitRouteKind
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.domain.plan import Direction, InputKind, Need, Outcome, Plan, PlanInput, PlanOutput
from grantdesk.store.repository import Store


def write_demo(store: Store) -> list[str]:
    """Add the example group's profile (unless one exists) and any missing example applications.

    Returns the titles of the applications added, so running it twice adds nothing twice.
    """
    if store.profile.get() is None:
        values = dict(DEMO_PROFILE)
        values["kind"] = OrganisationKind(values["kind"])
        store.profile.save(Profile(**values))
    existing = {summary.details.title for summary in store.applications.summaries()}
    added = []
    detail_names = {field.name for field in fields(ApplicationDetails)}
    for example in DEMO_APPLICATIONS:
        if example["title"] in existing:
            continue
        values = {name: example[name] for name in detail_names if name in example}
        for name in ("closing_date", "project_start", "project_end"):
            if values.get(name):
                values[name] = date.fromisoformat(values[name])
        application_id = store.applications.create(ApplicationDetails(**values))
        for key, text in example["answers"].items():
            store.applications.save_answer(application_id, key, text)
        store.money.save_budget(application_id, _budget(example))
        store.money.save_match_funding(application_id, _match_funding(example))
        store.plan.save(application_id, _plan(example))
        store.plan.save_exit_plan(application_id, _exit_plan(example))
        added.append(example["title"])
    return added


def _budget(example: dict) -> Budget:
    lines = tuple(
        BudgetLine(category, description, parse_quantity(quantity), unit, pence, VatMode(vat), year)
        for category, description, quantity, unit, pence, vat, year in example.get("budget", ())
    )
    return Budget(lines, vat_recoverable=bool(example.get("vat_recoverable")))


def _match_funding(example: dict) -> tuple[MatchFunding, ...]:
    return tuple(
        MatchFunding(
            source,
            pence,
            MatchStatus(status),
            in_kind_what,
            date.fromisoformat(decided) if decided else None,
        )
        for source, pence, status, in_kind_what, decided in example.get("match_funding", ())
    )


def _plan(example: dict) -> Plan:
    return Plan(
        needs=tuple(Need(**need) for need in example.get("needs", ())),
        inputs=tuple(
            PlanInput(description, InputKind(kind), category)
            for description, kind, category in example.get("inputs", ())
        ),
        outputs=tuple(PlanOutput(*output) for output in example.get("outputs", ())),
        outcomes=tuple(
            Outcome(**{**outcome, "direction": Direction(outcome["direction"])})
            for outcome in example.get("outcomes", ())
        ),
    )


def _exit_plan(example: dict) -> ExitPlan:
    routes = tuple(
        ExitRoute(
            ExitRouteKind(kind),
            details,
            pence or None,
            date.fromisoformat(by_date) if by_date else None,
        )
        for kind, details, pence, by_date in example.get("exit_routes", ())
    )
    return ExitPlan(routes, example.get("exit_notice_months"))
