"""The example group and applications that `grantdesk demo` adds, for a first look or a
bid-writing session. The data is resources/demo/maes-y-dwr-youth-drop-in.json.

Everything in it is fictional: the group, the people, the funders and the figures. The
telephone number and email address are ones set aside for fiction and examples. The answers
are deliberately uneven, as a real draft is: most are finished, one is a little over its limit,
one has not been started and one has not been opened yet.
"""

import json
from dataclasses import dataclass, field

from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.budget import Budget, MatchFunding
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plain import from_plain
from grantdesk.domain.plan import Plan
from grantdesk.paths import resources_dir
from grantdesk.store.repository import Store

DEMO_FILE = "maes-y-dwr-youth-drop-in.json"


@dataclass(frozen=True)
class DemoApplication:
    details: ApplicationDetails
    answers: dict[str, str] = field(default_factory=dict)
    budget: Budget = field(default_factory=Budget)
    match_funding: tuple[MatchFunding, ...] = ()
    plan: Plan = field(default_factory=Plan)
    exit_strategy: ExitPlan = field(default_factory=ExitPlan)


@dataclass(frozen=True)
class DemoGroup:
    profile: Profile
    applications: tuple[DemoApplication, ...]


def demo_group() -> DemoGroup:
    data = json.loads((resources_dir() / "demo" / DEMO_FILE).read_text("utf-8"))
    return from_plain(DemoGroup, data, DEMO_FILE)


def write_demo(store: Store) -> list[str]:
    """Add the example group's profile (unless one exists) and any missing example applications,
    each in one transaction.

    Returns the titles of the applications added, so running it twice adds nothing twice.
    """
    group = demo_group()
    if store.profile.get() is None:
        store.profile.save(group.profile)
    existing = {summary.details.title for summary in store.applications.summaries()}
    added = []
    for example in group.applications:
        if example.details.title in existing:
            continue
        with store.transaction(writes=True):
            application_id = store.applications.create(example.details)
            for key, text in example.answers.items():
                store.applications.save_answer(application_id, key, text)
            store.money.save_budget(application_id, example.budget)
            store.money.save_match_funding(application_id, example.match_funding)
            store.plan.save(application_id, example.plan)
            store.plan.save_exit_plan(application_id, example.exit_strategy)
        added.append(example.details.title)
    return added
