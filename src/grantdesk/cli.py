"""`grantdesk` and its headless commands. Each command uses the same store code as the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from grantdesk import __version__
from grantdesk.logs import start_logging
from grantdesk.paths import DATA_DIR_VARIABLE, data_dir
from grantdesk.store.errors import DamagedDatabase, NewerDatabase, StoreError

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without loading typing (3 ms of `grantdesk list`)
if TYPE_CHECKING:
    from typing import NoReturn

    from grantdesk.domain.backups import BackupContents
    from grantdesk.store.repository import Store

USAGE_ERROR = 2
FAILURE = 1
GO_BACK_TO_A_BACKUP = (
    "Type 'grantdesk check' to see the newest good backup, then open GrantDesk to go back to "
    "it; the damaged file is kept aside, never deleted."
)


class PlainArgumentParser(argparse.ArgumentParser):
    """Bad arguments get one plain line and a non-zero exit, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        if "invalid choice" in message:
            word = message.split("'")[1] if "'" in message else message
            message = f"'{word}' is not something GrantDesk can do"
        print(
            f"grantdesk: {message}. Type 'grantdesk --help' to see what it can do.",
            file=sys.stderr,
        )
        sys.exit(USAGE_ERROR)


def build_parser() -> PlainArgumentParser:
    data_dir_option = PlainArgumentParser(add_help=False)
    data_dir_option.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"the folder GrantDesk keeps its data in (or set {DATA_DIR_VARIABLE}); "
        "the default is your user data folder",
    )
    data_dir_option.add_argument(
        "--group",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="which group’s work, when several groups use this computer; a locked group’s "
        "passphrase is asked for (or read from the input)",
    )
    parser = PlainArgumentParser(
        prog="grantdesk",
        description="Write small-grant applications offline. With no command, opens the window.",
        parents=[data_dir_option],
    )
    parser.add_argument("--version", action="version", version=f"GrantDesk {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    commands.add_parser(
        "demo",
        parents=[data_dir_option],
        help="add an example group and applications to look at",
    )
    commands.add_parser("list", parents=[data_dir_option], help="list the applications")
    pdf = commands.add_parser(
        "pdf", parents=[data_dir_option], help="write an application as a printable A4 PDF"
    )
    pdf.add_argument("id", type=int, metavar="ID", help="the application’s number (see list)")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it")
    pdf.add_argument(
        "--draft", action="store_true", help="mark every page DRAFT even if nothing is missing"
    )
    export = commands.add_parser(
        "export",
        parents=[data_dir_option],
        help="save one application as a copy to take to another computer",
    )
    export.add_argument("id", type=int, metavar="ID", help="the application’s number (see list)")
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where to save the copy"
    )
    import_ = commands.add_parser(
        "import",
        parents=[data_dir_option],
        help="add an application from a copy made by export (nothing here is replaced)",
    )
    import_.add_argument("file", metavar="FILE", help="the copy to add")
    commands.add_parser(
        "backup",
        parents=[data_dir_option],
        help="make a backup now (the safe way to copy the data while GrantDesk is open)",
    )
    commands.add_parser(
        "check",
        parents=[data_dir_option],
        help="check the data file for damage, and say which backup to go back to if it is",
    )
    funders = commands.add_parser(
        "funders",
        parents=[data_dir_option],
        help="list funders, save one’s form to a file, or add one from a file",
    )
    actions = funders.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[data_dir_option], help="list the funders")
    funder_export = actions.add_parser(
        "export", parents=[data_dir_option], help="save a funder and its form as a file"
    )
    funder_export.add_argument("id", type=int, metavar="ID", help="the funder’s number (see list)")
    funder_export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where to write it"
    )
    funder_import = actions.add_parser(
        "import", parents=[data_dir_option], help="add a funder from a funder file"
    )
    funder_import.add_argument("file", metavar="FILE", help="a funder file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    folder = data_dir(getattr(args, "data_dir", None))
    if args.command is None:
        from grantdesk.app import run_window

        return run_window(folder)
    start_logging(folder)
    try:
        group, key = group_and_key(folder, getattr(args, "group", None))
        if args.command == "check":
            result = check(group, key)
        elif args.command == "list":
            result = list_applications(group, key)
        else:
            store = open_store(group, key)
            if args.command == "pdf":
                result = write_pdf(store, args.id, Path(args.output), args.draft)
            elif args.command == "export":
                result = export(store, args.id, Path(args.output))
            elif args.command == "import":
                result = import_copy(store, Path(args.file))
            elif args.command == "funders":
                result = funders_command(store, args)
            else:
                run = {"demo": demo, "backup": backup}[args.command]
                result = run(store, group)
        sys.stdout.flush()  # a closed pipe shows here, not as Python's complaint at exit
        return result
    except BrokenPipeError:
        # The output was closed early (`grantdesk list | head -1`): nothing more is wanted.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except DamagedDatabase as damage:
        print(f"grantdesk: {damage.message} {GO_BACK_TO_A_BACKUP}", file=sys.stderr)
        return FAILURE
    except StoreError as failure:
        logging.getLogger(__name__).warning("Command %s failed", args.command, exc_info=failure)
        print(f"grantdesk: {failure.message}", file=sys.stderr)
        return FAILURE
    except Exception:
        logging.getLogger(__name__).exception("Command %s failed", args.command)
        print(
            "grantdesk: Something went wrong. The details are in grantdesk.log in the data "
            f"folder ({folder}).",
            file=sys.stderr,
        )
        return FAILURE


def group_and_key(folder: Path, name: str | None) -> tuple[Path, str | None]:
    """The folder of the group to work on and, when it is locked, its data key (from the
    passphrase, asked for on a terminal or read as one line from the input)."""
    from grantdesk.store.workspaces import Workspaces

    group = Workspaces(folder).for_command(name)
    if not group.locked:
        return group.folder, None
    from grantdesk.store.locking import data_key, settle

    if sys.stdin.isatty():
        from getpass import getpass

        passphrase = getpass(f"The passphrase for {shown_safely(group.name)}: ")
    else:
        passphrase = sys.stdin.readline().rstrip("\r\n")
    key = data_key(group.folder, passphrase)
    settle(group.folder, key)
    return group.folder, key


def demo(store: Store, folder: Path) -> int:
    from grantdesk.examples.demo import write_demo
    from grantdesk.examples.funders import add_example_funders

    add_example_funders(store)
    added = write_demo(store)
    if added:
        print(f"Added the example group and {len(added)} applications to {folder}.")
    else:
        print(f"The example applications are already in {folder}.")
    print("Type 'grantdesk' to open the window and look at them.")
    return 0


def open_store(folder: Path, key: str | None = None) -> Store:
    """The store on the group's database (with its data key when it is locked), checked and
    brought up to date as at start-up. The database library is loaded here, only by the
    commands that use it."""
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    return Store(open_database(folder, key), key=key)


def list_applications(folder: Path, key: str | None) -> int:
    """The applications, read with plain sqlite3 once the start-up check has passed (the
    database library takes longer to load than the list takes to print; a locked group's with
    its key), or through the store when there is no database yet or it needs an upgrade
    first."""
    from grantdesk.domain.application import display_title
    from grantdesk.domain.dates import format_short_date
    from grantdesk.domain.money import format_money
    from grantdesk.store.layout import DATABASE_FILE
    from grantdesk.store.sqlite_files import first_look

    look = first_look(folder / DATABASE_FILE, key)
    applications = (
        look.applications if look is not None else open_store(folder, key).applications.summaries()
    )
    if not applications:
        print(
            f"There are no applications in {folder} yet. Type 'grantdesk demo' to add an "
            "example, or 'grantdesk' to open the window and start one."
        )
        return 0
    rows = [("ID", "Title", "Funder", "Requested", "Status", "Closes", "Last saved")]
    for summary in applications:
        details = summary.details
        rows.append(
            (
                str(summary.id),
                shown_safely(display_title(details.title)),
                shown_safely(details.funder),
                ""
                if details.amount_requested_pence is None
                else format_money(details.amount_requested_pence),
                summary.status.label,
                "" if details.closing_date is None else format_short_date(details.closing_date),
                when(summary.saved_at),
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
    return 0


BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def shown_safely(text: str) -> str:
    """Text for a terminal: control characters (NUL, ESC, line breaks) and the marks that turn
    text right to left are written as escapes such as \\x1b, so a title can never move the
    cursor, colour the screen or reverse what follows it."""
    return "".join(
        character.encode("unicode_escape").decode("ascii")
        if unicodedata.category(character) in ("Cc", "Zl", "Zp") or character in BIDI_CONTROLS
        else character
        for character in text
    )


def when(moment: datetime) -> str:
    """A moment as the computer's clock shows it: 22/11/2026 20:31."""
    return f"{moment.astimezone():%d/%m/%Y %H:%M}"


def holds(contents: BackupContents | None) -> str:
    if contents is None:
        return "it cannot be read"
    count = f"{contents.applications} application{'' if contents.applications == 1 else 's'}"
    if contents.last_saved is None:
        return count
    return f"{count}, last saved {when(contents.last_saved)}"


def backup(store: Store, folder: Path) -> int:
    from grantdesk.domain.backups import BackupReason

    made = store.backups.make(BackupReason.ON_REQUEST)
    if made is None:
        newest = store.backups.newest()
        print(
            f"Nothing has changed since the newest backup ({when(newest.taken_at)}), so it is "
            f"up to date: {newest.path}"
        )
        return 0
    print(f"Made a backup ({holds(store.backups.contents(made))}): {made.path}")
    print("It is one file: copy it to a USB stick to keep it somewhere else as well.")
    return 0


def export(store: Store, application_id: int, output: Path) -> int:
    from grantdesk.domain.application import display_title
    from grantdesk.domain.takeaway import SUFFIX
    from grantdesk.store.takeaway import write_copy

    copy = store.takeaway.export(application_id)
    if not output.suffix:
        output = output.with_name(output.name + SUFFIX)
    write_copy(copy, output)
    title = shown_safely(display_title(copy.application.details.title))
    print(f"Saved “{title}” as a copy to take away: {output}")
    print(
        "On the other computer, choose File, Open a copy in GrantDesk, or type "
        "'grantdesk import' and the file’s name."
    )
    return 0


def import_copy(store: Store, source: Path) -> int:
    from grantdesk.domain.takeaway import ProfileOutcome
    from grantdesk.store.takeaway import read_copy

    added = store.takeaway.add(read_copy(source))
    title = shown_safely(added.title)
    print(f"Added “{title}” as application {added.application_id}.")
    if added.same_title:
        numbers = ", ".join(str(number) for number in added.same_title)
        print(
            f"There was already an application called “{title}” (number {numbers}); both are kept."
        )
    if added.funder_added:
        print(f"Its funder’s form, “{shown_safely(added.funder_added)}”, was added to the funders.")
    if added.profile is ProfileOutcome.ADDED:
        print("The group profile in the copy is now this group’s profile.")
    elif added.profile is ProfileOutcome.KEPT_OURS:
        print("The group profile in the copy differs from the one here, which is kept as it is.")
    return 0


def check(folder: Path, key: str | None) -> int:
    """The start-up check, on demand: exit 0 when the data is sound, 1 when it is damaged or
    written by a newer GrantDesk; either way, what the newest good backup holds."""
    from grantdesk.store.backups import Backups
    from grantdesk.store.layout import BACKUP_FOLDER, DATABASE_FILE
    from grantdesk.store.sqlite_files import check_database, contents_of

    database = folder / DATABASE_FILE
    backups = Backups(database, folder / BACKUP_FOLDER, key=key)
    try:
        revision = check_database(database, key)
    except NewerDatabase as refusal:
        print(refusal.message)
        return FAILURE
    except DamagedDatabase as damage:
        print(damage.message)
        newest = backups.newest_good()
        if newest is None:
            print(
                "There is no backup to go back to. Please do not delete the file; ask whoever "
                "looks after this computer for help."
            )
        else:
            print(
                f"The newest good backup is from {when(newest.taken_at)} "
                f"({holds(backups.contents(newest))}): {newest.path}"
            )
            print(
                "Open GrantDesk to keep the damaged file aside (it is never deleted) and go "
                "back to that backup."
            )
        return FAILURE
    if revision is None:
        print(f"There is no GrantDesk data in {folder} yet.")
        return 0
    print(f"GrantDesk’s data in {folder} is in good order ({holds(contents_of(database, key))}).")
    newest = backups.newest()
    if newest is None:
        print("There are no backups yet. Type 'grantdesk backup' to make one.")
    else:
        print(f"The newest backup is from {when(newest.taken_at)}: {newest.path}")
    return 0


def write_pdf(store: Store, application_id: int, output: Path, force_draft: bool) -> int:
    from grantdesk.domain.printable import readiness_problems
    from grantdesk.report.pdf import build_pdf

    application = store.printable(application_id)
    today = date.today()
    problems = readiness_problems(application, today)
    draft = force_draft or bool(problems)
    try:
        build_pdf(application, output, draft=draft, today=today)
    except OSError as error:
        print(
            f"grantdesk: GrantDesk could not write the PDF to {output} "
            f"({error.strerror or error}). Please choose another place, such as your Documents "
            "folder.",
            file=sys.stderr,
        )
        return FAILURE
    print(f"Wrote {output}" + (" (marked DRAFT)." if draft else "."))
    if problems:
        print("Still to put right before you send it:")
        for problem in problems:
            print(f"  - {problem.message}")
    checklist = application.checklist()
    if checklist:
        print("The funder also asks for:")
        for item in checklist:
            print(f"  [{'x' if item.done else ' '}] {item.text}")
    return 0


def funders_command(store: Store, args: argparse.Namespace) -> int:
    from grantdesk.domain.funder_file import FunderFileError, funder_file_text, funder_from_file

    if args.action == "list":
        funders = store.funders.all()
        if not funders:
            print("There are no funders yet. Add one with 'grantdesk funders import FILE'.")
        for funder in funders:
            name = shown_safely(funder.display_name)
            print(f"{funder.id}  {name}  ({len(funder.questions)} questions)")
        return 0
    if args.action == "export":
        if args.id not in {funder.id for funder in store.funders.all()}:
            print(
                f"grantdesk: There is no funder number {args.id}. Type 'grantdesk funders list' "
                "to see the funders.",
                file=sys.stderr,
            )
            return FAILURE
        funder = store.funders.get(args.id)
        output = Path(args.output)
        try:
            output.write_text(funder_file_text(funder), "utf-8")
        except OSError as error:
            print(
                f"grantdesk: GrantDesk could not write the funder file to {output} "
                f"({error.strerror or error}). Please choose another place.",
                file=sys.stderr,
            )
            return FAILURE
        print(f"Saved “{funder.display_name}” to {output}.")
        return 0
    source = Path(args.file)
    try:
        funder = funder_from_file(source.read_bytes(), source.name)
    except OSError as error:
        print(
            f"grantdesk: GrantDesk could not open {source} ({error.strerror or error}).",
            file=sys.stderr,
        )
        return FAILURE
    except FunderFileError as refusal:
        print(f"grantdesk: {refusal}", file=sys.stderr)
        return FAILURE
    funder_id = store.funders.save(funder)
    print(
        f"Added “{funder.display_name}” as funder number {funder_id}, with "
        f"{len(funder.questions)} questions."
    )
    return 0
