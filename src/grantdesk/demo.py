"""Writing the example group and applications, for a first look or a bid-writing session."""

from dataclasses import fields
from datetime import date

from grantdesk.demo_content import DEMO_APPLICATIONS, DEMO_PROFILE
from grantdesk.domain.application import ApplicationDetails
from grantdesk.domain.organisation import OrganisationKind, Profile
from grantdesk.store.repository import Store


def write_demo(store: Store) -> list[str]:
    """Add the example group's profile (unless one exists) and any missing example applications.

    Returns the titles of the applications added, so running it twice adds nothing twice.
    """
    if store.profile() is None:
        values = dict(DEMO_PROFILE)
        values["kind"] = OrganisationKind(values["kind"])
        store.save_profile(Profile(**values))
    existing = {summary.details.title for summary in store.applications()}
    added = []
    detail_names = {field.name for field in fields(ApplicationDetails)}
    for example in DEMO_APPLICATIONS:
        if example["title"] in existing:
            continue
        values = {name: example[name] for name in detail_names if name in example}
        if values.get("closing_date"):
            values["closing_date"] = date.fromisoformat(values["closing_date"])
        application_id = store.create_application(ApplicationDetails(**values))
        for key, text in example["answers"].items():
            store.save_answer(application_id, key, text)
        added.append(example["title"])
    return added
