"""Take-away copies: one application saved as a file to carry to another computer, and such a
file added here as a new application (never over one already here).

The file's format is domain/takeaway.py's (docs/file-format.md); this part reads the
application out of the database in one transaction and adds a copy in one transaction, so a
failure part-way adds nothing.
"""

import logging
import os
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from grantdesk import __version__
from grantdesk.domain.application import display_title
from grantdesk.domain.locking import normal_passphrase
from grantdesk.domain.takeaway import (
    LARGEST_FILE,
    Added,
    ProfileOutcome,
    TakeAway,
    TakeAwayApplication,
    TakeAwayError,
    from_file,
    to_file,
)
from grantdesk.store.areas import Areas
from grantdesk.store.errors import PassphraseNeeded, StoreError, WrongPassphrase
from grantdesk.store.locking import secret_pragma
from grantdesk.store.sqlite_files import cipher_driver, open_file

log = logging.getLogger(__name__)

CANNOT_WRITE = (
    "GrantDesk could not save the copy as {path} ({reason}). Please choose another place, such "
    "as a USB stick or your Documents folder."
)
CANNOT_READ = "GrantDesk could not open {path} ({reason}). Nothing has been changed."
PASSPHRASE_NEEDED = "This copy is protected with a passphrase. Please type it to open the copy."
WRONG_COPY_PASSPHRASE = (
    "That passphrase does not open this copy. Please check it with whoever saved the copy, and "
    "try again. Nothing has been changed."
)
PROTECTED_PAGE = 4096
"""SQLCipher's page size: a protected copy is whole pages."""


class TakeAwayStore:
    def __init__(self, areas: Areas):
        self._areas = areas

    def export(self, application_id: int) -> TakeAway:
        """Everything about one application, read at one moment."""
        areas = self._areas
        with areas.transactions.begin() as unit:
            summary = areas.applications.summary(application_id)
            answers = areas.applications.answers(application_id)
            return TakeAway(
                application=TakeAwayApplication(
                    details=summary.details,
                    status=summary.status,
                    created_at=summary.created_at,
                    saved_at=summary.saved_at,
                    answers=tuple(answers[key] for key in sorted(answers)),
                    priorities_addressed=areas.applications.priorities_addressed(application_id),
                    requirements_done=areas.applications.requirements_done(application_id),
                    budget=areas.money.budget(application_id),
                    match_funding=areas.money.match_funding(application_id),
                    plan=areas.plan.get(application_id),
                    exit_strategy=areas.plan.exit_plan(application_id),
                    decision=areas.decisions.decision(application_id),
                    reports=areas.decisions.reports(application_id),
                ),
                profile=areas.profile.get(),
                funder=areas.funders.get(summary.funder_id) if summary.funder_id else None,
                written_by=f"GrantDesk {__version__}",
                saved_at=unit.clock().astimezone(UTC),
            )

    def add(self, copy: TakeAway) -> Added:
        """Add the copy as a new application, with its funder's form if that is not here yet;
        nothing here is changed or replaced. All of it is added, or none. It is written through
        the same commands as typing would, then keeps the times it had."""
        application, details = copy.application, copy.application.details
        areas = self._areas
        with areas.transactions.write() as unit:
            same_title = tuple(
                summary.id
                for summary in areas.applications.summaries()
                if summary.details.title == details.title
            )
            funder_id, funder_added = self._funder_for(copy)
            new_id = areas.applications.create(details)
            for answer in application.answers:
                areas.applications.save_answer(new_id, answer.question_key, answer.text)
                if answer.limit is not None:
                    areas.applications.save_answer_limit(new_id, answer.question_key, answer.limit)
            areas.applications.save_priorities_addressed(new_id, application.priorities_addressed)
            areas.applications.save_requirements_done(new_id, application.requirements_done)
            areas.money.save_budget(new_id, application.budget)
            areas.money.save_match_funding(new_id, application.match_funding)
            areas.plan.save(new_id, application.plan)
            areas.plan.save_exit_plan(new_id, application.exit_strategy)
            areas.decisions.save_decision(new_id, application.decision)
            areas.decisions.save_reports(new_id, application.reports)
            areas.decisions.set_status(new_id, application.status)
            row = unit.application(new_id)
            row.funder_id = funder_id  # the form as it was: no answers moved, no details changed
            row.created_at = _stored(application.created_at) or row.created_at
            row.updated_at = _stored(application.saved_at) or row.updated_at
            return Added(
                application_id=new_id,
                title=display_title(details.title),
                same_title=same_title,
                profile=self._profile_for(copy),
                funder_added=funder_added,
            )

    def _funder_for(self, copy: TakeAway) -> tuple[int | None, str | None]:
        """The funder here with exactly the copy's form, or the copy's added as a new one."""
        if copy.funder is None:
            return None, None
        wanted = replace(copy.funder, id=None)
        for funder in self._areas.funders.all():
            if replace(funder, id=None) == wanted:
                return funder.id, None
        return self._areas.funders.save(wanted), wanted.display_name

    def _profile_for(self, copy: TakeAway) -> ProfileOutcome:
        ours = self._areas.profile.get()
        if copy.profile is None or ours == copy.profile:
            return ProfileOutcome.SAME
        if ours is None:
            self._areas.profile.save(copy.profile)
            return ProfileOutcome.ADDED
        return ProfileOutcome.KEPT_OURS


def _stored(moment: datetime | None) -> datetime | None:
    """A moment as the database keeps it: UTC, without a zone."""
    return None if moment is None else moment.astimezone(UTC).replace(tzinfo=None)


def write_copy(copy: TakeAway, path: Path, passphrase: str | None = None) -> None:
    """Save the copy as a file: written whole under a temporary name, flushed, then renamed,
    so a USB stick pulled out part-way never leaves half a file under the real name.

    With a passphrase, the same text is kept inside a SQLCipher file encrypted with it (see
    docs/file-format.md): a locked group's application stays private on the USB stick too."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        if passphrase is None:
            partial.write_bytes(to_file(copy))
        else:
            _write_protected(partial, to_file(copy), passphrase)
        with partial.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(partial, path)
    except OSError as error:
        log.exception("Saving a take-away copy to %s failed", path)
        partial.unlink(missing_ok=True)
        raise StoreError(CANNOT_WRITE.format(path=path, reason=error.strerror or error)) from error


def read_copy(path: Path, passphrase: str | None = None) -> TakeAway:
    """A take-away copy from a file, checked through; raises StoreError saying plainly why a
    file cannot be opened, PassphraseNeeded for a protected copy opened without one, and
    WrongPassphrase when the one given does not open it. Never reads more than a copy could
    hold."""
    try:
        with path.open("rb") as file:
            data = file.read(LARGEST_FILE + 1)
    except OSError as error:
        log.warning("Opening %s failed", path, exc_info=True)
        raise StoreError(CANNOT_READ.format(path=path, reason=error.strerror or error)) from error
    if is_protected(data):
        if passphrase is None:
            raise PassphraseNeeded(PASSPHRASE_NEEDED)
        data = _read_protected(path, passphrase)
    try:
        return from_file(data)
    except TakeAwayError as refusal:
        log.warning("%s refused: %s", path, refusal)
        raise StoreError(str(refusal)) from refusal


def is_protected(data: bytes) -> bool:
    """Whether a file looks like a copy protected with a passphrase: whole pages of SQLCipher,
    which never begin as JSON text (or as an unprotected SQLite file) does."""
    start = data[:16].lstrip()
    plain = start.startswith((b"{", b"\xef\xbb\xbf")) or start.startswith(b"SQLite format 3")
    return bool(data) and not plain and len(data) % PROTECTED_PAGE == 0


def _write_protected(path: Path, text: bytes, passphrase: str) -> None:
    driver = cipher_driver()
    with closing(open_file(path, False, driver)) as copy:
        copy.isolation_level = None
        copy.execute(secret_pragma(normal_passphrase(passphrase)))
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.execute("CREATE TABLE takeaway (text BLOB NOT NULL)")
        copy.execute("INSERT INTO takeaway (text) VALUES (?)", (text,))


def _read_protected(path: Path, passphrase: str) -> bytes:
    driver = cipher_driver()
    try:
        with closing(open_file(path, True, driver)) as copy:
            copy.execute(secret_pragma(normal_passphrase(passphrase)))
            (text,) = copy.execute("SELECT text FROM takeaway").fetchone()
    except driver.DatabaseError as error:
        log.warning("%s not opened with the passphrase given", path, exc_info=True)
        raise WrongPassphrase(WRONG_COPY_PASSPHRASE) from error
    return bytes(text)
