"""A take-away copy: one application with everything it needs, as a file to carry to another
computer. The format is documented in docs/file-format.md: UTF-8 JSON made by the one mapper
(domain/plain.py), with a format name and a version number at the top.

Reading is strict and never trusts the file: a file too big, not text, cut short, from a newer
GrantDesk or with any value of the wrong kind is refused with a sentence saying so, before
anything is added.
"""

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from grantdesk.domain.application import Answer, ApplicationDetails, ApplicationStatus
from grantdesk.domain.budget import MAX_YEARS, Budget, MatchFunding
from grantdesk.domain.decision import Decision, ReportDue
from grantdesk.domain.exit import ExitPlan
from grantdesk.domain.funders import Funder
from grantdesk.domain.money import CEILING_PENCE
from grantdesk.domain.organisation import Profile
from grantdesk.domain.plain import PlainDataError, from_plain, to_plain
from grantdesk.domain.plan import Plan

FORMAT = "grantdesk-application"
VERSION = 1
LARGEST_FILE = 50_000_000
"""Bytes: far beyond any application (a thousand long answers are a few megabytes)."""
SUFFIX = ".grantdesk"
HEADING = ("format", "version", "written_by", "saved_at")

NOTHING_CHANGED = "Nothing has been changed."
TOO_BIG = (
    "This file is far too big to be a GrantDesk copy (more than {megabytes} MB), so GrantDesk "
    "has not opened it. " + NOTHING_CHANGED
)
NOT_TEXT = (
    "This file is not a GrantDesk copy: it is not text GrantDesk can read (it may be damaged, "
    "or another kind of file). " + NOTHING_CHANGED
)
CUT_SHORT = (
    "This GrantDesk copy is damaged or cut short, so GrantDesk has not opened it. "
    + NOTHING_CHANGED
    + " If you can, save the copy again on the computer it came from."
)
NOT_A_COPY = "This file is not a GrantDesk copy of an application. " + NOTHING_CHANGED
NEWER = (
    "This copy was saved by a newer GrantDesk ({written_by}), in version {version} of the "
    "format; this GrantDesk reads version {ours}. " + NOTHING_CHANGED + " Please open it with "
    "a newer GrantDesk."
)
DAMAGED = "This GrantDesk copy is damaged ({where}), so GrantDesk has not opened it. " + (
    NOTHING_CHANGED
)


class TakeAwayError(ValueError):
    """The file cannot be opened as a take-away copy; the message says why, plainly."""


@dataclass(frozen=True)
class TakeAwayApplication:
    """The application itself: what the group wrote and everything recorded about it."""

    details: ApplicationDetails
    status: ApplicationStatus = ApplicationStatus.DRAFT
    created_at: datetime | None = None
    saved_at: datetime | None = None
    """When anything in it was last saved, on the computer it came from."""
    answers: tuple[Answer, ...] = ()
    priorities_addressed: tuple[str, ...] = ()
    requirements_done: tuple[str, ...] = ()
    """The keys of the funder's requirements ticked as done."""
    budget: Budget = field(default_factory=Budget)
    match_funding: tuple[MatchFunding, ...] = ()
    plan: Plan = field(default_factory=Plan)
    exit_strategy: ExitPlan = field(default_factory=ExitPlan)
    decision: Decision = field(default_factory=Decision)
    reports: tuple[ReportDue, ...] = ()


@dataclass(frozen=True)
class TakeAway:
    """A whole take-away file."""

    application: TakeAwayApplication
    profile: Profile | None = None
    """The group's profile, as it was where the copy was saved."""
    funder: Funder | None = None
    """The funder whose form the application follows, with that form (no id: ids belong to
    one computer's data)."""
    format: str = FORMAT
    version: int = VERSION
    written_by: str = ""
    """Which GrantDesk saved it, such as "GrantDesk 0.1.0"."""
    saved_at: datetime | None = None


class ProfileOutcome(Enum):
    ADDED = "added"
    """There was no profile here, so the copy's became this group's profile."""
    SAME = "same"
    KEPT_OURS = "kept ours"
    """The copy's profile differs; the one here was kept as it is."""


@dataclass(frozen=True)
class Added:
    """What adding a take-away copy did."""

    application_id: int
    title: str
    same_title: tuple[int, ...]
    """Applications already here with the same title (all kept as they were)."""
    profile: ProfileOutcome
    funder_added: str | None
    """The funder's name, when its form was not here yet and was added."""


def to_file(copy: TakeAway) -> bytes:
    """The file's bytes: indented UTF-8 JSON, readable by people and other programs alike."""
    if copy.funder is not None and copy.funder.id is not None:
        copy = replace(copy, funder=replace(copy.funder, id=None))
    plain = to_plain(copy)
    heading = {name: plain.pop(name) for name in HEADING}  # what it is, first, as people read
    text = json.dumps(heading | plain, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def from_file(data: bytes) -> TakeAway:
    """A take-away copy read from a file's bytes; raises TakeAwayError with a plain sentence."""
    if len(data) > LARGEST_FILE:
        raise TakeAwayError(TOO_BIG.format(megabytes=LARGEST_FILE // 1_000_000))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TakeAwayError(NOT_TEXT) from None
    try:
        plain = json.loads(text)
    except RecursionError:  # a hostile file nested thousands deep
        raise TakeAwayError(NOT_A_COPY) from None
    except ValueError:  # not JSON: cut short, or something else altogether
        if text.lstrip().startswith("{") and f'"{FORMAT}"' in text:
            raise TakeAwayError(CUT_SHORT) from None
        raise TakeAwayError(NOT_TEXT if "\x00" in text else NOT_A_COPY) from None
    if not isinstance(plain, dict) or plain.get("format") != FORMAT:
        raise TakeAwayError(NOT_A_COPY)
    version = plain.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TakeAwayError(DAMAGED.format(where="its version is missing"))
    if version > VERSION:
        written_by = plain.get("written_by")
        raise TakeAwayError(
            NEWER.format(
                written_by=written_by if isinstance(written_by, str) else "a newer version",
                version=version,
                ours=VERSION,
            )
        )
    try:
        copy = from_plain(TakeAway, plain, "the copy")
    except (PlainDataError, RecursionError) as error:
        raise TakeAwayError(DAMAGED.format(where=str(error).rstrip("."))) from None
    problem = _out_of_range(copy.application)
    if problem:
        raise TakeAwayError(DAMAGED.format(where=problem))
    return copy


def _out_of_range(application: TakeAwayApplication) -> str:
    """What no GrantDesk could have saved: sums beyond any grant, years beyond a project."""
    amounts = [
        application.details.amount_requested_pence,
        application.details.funder_minimum_pence,
        application.details.funder_maximum_pence,
        application.decision.amount_awarded_pence,
        *(line.unit_cost_pence for line in application.budget.lines),
        *(item.amount_pence for item in application.match_funding),
        *(route.amount_pence for route in application.exit_strategy.routes),
    ]
    if any(amount is not None and not 0 <= amount <= CEILING_PENCE for amount in amounts):
        return "an amount of money is out of range"
    if any(not 1 <= line.year <= MAX_YEARS for line in application.budget.lines):
        return "a budget line’s project year is out of range"
    if any(line.quantity_hundredths < 0 for line in application.budget.lines):
        return "a budget line’s quantity is less than nothing"
    keys = [answer.question_key for answer in application.answers]
    if len(set(keys)) != len(keys):
        return "one question is answered twice"
    limits = [answer.limit for answer in application.answers if answer.limit is not None]
    if any((limit.maximum or 1) < 1 or (limit.minimum or 0) < 0 for limit in limits):
        return "an answer’s limit is out of range"
    return ""
