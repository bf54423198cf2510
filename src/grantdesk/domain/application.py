"""An application to one funder, as the home screen and the guided path see it."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from grantdesk.domain.messages import QT_TRANSLATE_NOOP
from grantdesk.domain.wordcount import Limit


class ApplicationStatus(Enum):
    DRAFT = "draft"
    READY = "ready"
    SUBMITTED = "submitted"
    SUCCESSFUL = "successful"
    UNSUCCESSFUL = "unsuccessful"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ApplicationStatus.DRAFT: QT_TRANSLATE_NOOP("ApplicationStatus", "Draft"),
    ApplicationStatus.READY: QT_TRANSLATE_NOOP("ApplicationStatus", "Ready"),
    ApplicationStatus.SUBMITTED: QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted"),
    ApplicationStatus.SUCCESSFUL: QT_TRANSLATE_NOOP("ApplicationStatus", "Successful"),
    ApplicationStatus.UNSUCCESSFUL: QT_TRANSLATE_NOOP("ApplicationStatus", "Unsuccessful"),
    ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ApplicationStatus", "Withdrawn"),
}


@dataclass(frozen=True)
class ApplicationDetails:
    """What the group types about the application itself, apart from the answers."""

    title: str = ""
    funder: str = ""
    fund: str = ""
    amount_requested_pence: int | None = None
    closing_date: date | None = None
    project_start: date | None = None
    project_end: date | None = None
    funder_minimum_pence: int | None = None
    """The fund's smallest grant, where it has one."""
    funder_maximum_pence: int | None = None
    """The fund's largest grant, where it has one."""
    funder_reference: str = ""
    """The funder's reference for this application, where they give one."""


@dataclass(frozen=True)
class ApplicationSummary:
    id: int
    details: ApplicationDetails
    status: ApplicationStatus
    created_at: datetime
    saved_at: datetime
    """When anything in the application was last saved (timezone-aware, UTC)."""
    funder_id: int | None = None
    """The funder record whose form the application follows, if one is chosen."""


UNTITLED = "Untitled application"


def display_title(title: str) -> str:
    """The title as lists show it: an application never disappears for want of a title."""
    return title.strip() or UNTITLED


def copy_title(title: str) -> str:
    return f"Copy of {display_title(title)}"


@dataclass(frozen=True)
class Answer:
    question_key: str
    text: str = ""
    limit: Limit | None = None
    """This application's own limit for the question, where the funder's differs from the usual."""

    @property
    def is_answered(self) -> bool:
        return bool(self.text.strip())
