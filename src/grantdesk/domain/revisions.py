"""Earlier versions of an answer: one kept every few minutes of typing, and one before any
change made in one go (a draft put in, an earlier version put back), so any of them can be put
back."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from grantdesk.domain.messages import QT_TRANSLATE_NOOP

KEEP_EVERY = timedelta(minutes=5)
"""While typing goes on, the text as it was is kept at most this often."""
MOST_KEPT = 200
"""Versions kept of one answer (over sixteen hours of typing at one every five minutes)."""


class RevisionReason(Enum):
    TYPING = "typing"
    BEFORE_DRAFT = "before-draft"
    BEFORE_RESTORE = "before-restore"

    @property
    def label(self) -> str:
        return {
            RevisionReason.TYPING: QT_TRANSLATE_NOOP(
                "Revisions", "as it was while you were writing"
            ),
            RevisionReason.BEFORE_DRAFT: QT_TRANSLATE_NOOP(
                "Revisions", "before a draft or earlier answer was put in"
            ),
            RevisionReason.BEFORE_RESTORE: QT_TRANSLATE_NOOP(
                "Revisions", "before an earlier version was put back"
            ),
        }[self]


@dataclass(frozen=True)
class AnswerRevision:
    question_key: str
    text: str
    saved_at: datetime
    """When this version was kept (timezone-aware, UTC)."""
    reason: RevisionReason


def due(newest: datetime | None, now: datetime) -> bool:
    """Whether typing now should keep the text as it was: no version yet, or the newest is
    older than KEEP_EVERY."""
    return newest is None or now - newest >= KEEP_EVERY
