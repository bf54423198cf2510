"""The headless commands, run as a volunteer would type them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

GROUP = Path("groups") / "our-group"
"""Where the one group's files are when no group was named (made as "Our group")."""


def grantdesk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "grantdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_demo_then_list(tmp_path: Path):
    data_dir = str(tmp_path / "data")
    empty = grantdesk("list", "--data-dir", data_dir)
    assert empty.returncode == 0
    assert "There are no applications" in empty.stdout

    demo = grantdesk("demo", "--data-dir", data_dir)
    assert demo.returncode == 0
    assert "Added the example group and 2 applications" in demo.stdout
    again = grantdesk("--data-dir", data_dir, "demo")
    assert "already in" in again.stdout

    listing = grantdesk("list", "--data-dir", data_dir)
    assert listing.returncode == 0
    assert "Friday Night Safe Space" in listing.stdout
    assert "£4,000.00" in listing.stdout
    assert "15/01/2027" in listing.stdout
    assert listing.stdout.count("\n") == 3


def test_the_data_folder_can_come_from_the_environment(tmp_path: Path):
    data_dir = str(tmp_path / "from-env")
    assert grantdesk("demo", env={"GRANTDESK_DATA_DIR": data_dir}).returncode == 0
    assert (Path(data_dir) / GROUP / "grantdesk.sqlite3").exists()


@pytest.mark.parametrize(
    "args",
    [("frobnicate",), ("list", "--colour"), ("list", "--data-dir")],
)
def test_bad_arguments_get_one_plain_line(args):
    result = grantdesk(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("grantdesk: ")
    assert "Traceback" not in result.stderr


def test_a_data_folder_that_cannot_be_used_gets_one_plain_line(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = grantdesk("list", "--data-dir", str(blocker))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"grantdesk: GrantDesk cannot keep your work in {blocker}, because that folder cannot "
        "be written to. Please choose another folder, or ask whoever looks after this computer "
        "to check it."
    ]


def test_pdf_of_the_demo_and_its_plain_failures(tmp_path: Path):
    data_dir = str(tmp_path / "data")
    assert grantdesk("demo", "--data-dir", data_dir).returncode == 0
    output = tmp_path / "friday.pdf"
    written = grantdesk("pdf", "1", "-o", str(output), "--data-dir", data_dir)
    assert written.returncode == 0, written.stderr
    assert output.read_bytes().startswith(b"%PDF")
    assert "(marked DRAFT)" in written.stdout
    assert "Still to put right before you send it:" in written.stdout

    missing = grantdesk("pdf", "99", "-o", str(output), "--data-dir", data_dir)
    assert missing.returncode == 1
    assert missing.stderr.strip().splitlines() == [
        "grantdesk: There is no application number 99. Type 'grantdesk list' to see the "
        "applications."
    ]
    blocked = grantdesk(
        "pdf", "1", "-o", str(tmp_path / "no" / "such" / "x.pdf"), "--data-dir", data_dir
    )
    assert blocked.returncode == 1
    [line] = blocked.stderr.strip().splitlines()
    assert line.startswith("grantdesk: GrantDesk could not write the PDF to ")
    assert "Traceback" not in blocked.stderr


def test_a_missing_table_is_found_before_any_command_and_named(tmp_path: Path):
    import sqlite3

    data_dir = tmp_path / "data"
    assert grantdesk("demo", "--data-dir", str(data_dir)).returncode == 0
    with sqlite3.connect(data_dir / GROUP / "grantdesk.sqlite3") as raw:
        raw.execute("DROP TABLE plan_need")
    result = grantdesk("pdf", "1", "-o", str(tmp_path / "x.pdf"), "--data-dir", str(data_dir))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("grantdesk: GrantDesk’s data file (")
    assert "is missing part of what GrantDesk keeps in it (the table “plan_need”)." in line
    assert line.endswith("the damaged file is kept aside, never deleted.")
    assert "save" not in line
    assert not (tmp_path / "x.pdf").exists()


def test_list_ends_quietly_when_its_reader_stops_early(tmp_path: Path):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    data_dir = tmp_path / "data"
    engine = open_database(data_dir)
    store = Store(engine)
    with store.transaction():
        for number in range(1500):  # far more than a pipe holds, so the writer meets the close
            store.applications.create(ApplicationDetails(title=f"Application number {number}"))
    engine.dispose()
    child = subprocess.Popen(
        [sys.executable, "-m", "grantdesk", "list", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout.readline().startswith(b"ID")
    child.stdout.close()
    child.wait(timeout=60)
    assert child.stderr.read() == b""
    assert child.returncode == 0


def test_list_shows_control_characters_in_titles_as_escapes(tmp_path: Path):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    data_dir = tmp_path / "data"
    engine = open_database(data_dir)
    Store(engine).applications.create(
        ApplicationDetails(
            title="Safe\x00Space\x1b[2J\x1b[31m red\u202eevil\nnext", funder="Tŷ’r Cwm 👍🏽\x07"
        )
    )
    engine.dispose()
    listing = grantdesk("list", "--data-dir", str(data_dir))
    assert listing.returncode == 0
    [_heading, row] = listing.stdout.splitlines()
    assert "Safe\\x00Space\\x1b[2J\\x1b[31m red\\u202eevil\\nnext" in row
    assert "Tŷ’r Cwm 👍🏽\\x07" in row
    assert not any(c in listing.stdout for c in "\x00\x1b\u202e\x07")


LOADED_BY = """
import sys
from grantdesk.cli import main
code = main(sys.argv[1:])
print(" ".join(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def libraries_loaded_by(*args: str) -> set[str]:
    """The modules a headless command had loaded by its end."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BY, *args], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return set(done.stderr.split())


def test_headless_commands_load_no_qt_and_list_and_check_no_database_library(tmp_path: Path):
    data_dir = str(tmp_path / "data")
    assert grantdesk("demo", "--data-dir", data_dir).returncode == 0
    for command in ("list", "check"):
        loaded = libraries_loaded_by(command, "--data-dir", data_dir)
        assert {"grantdesk", "sqlite3"} <= loaded
        assert not loaded & {"PySide6", "shiboken6", "sqlalchemy", "alembic", "reportlab"}
        # Nor what an unlocked group's list and check do not use: the log file's rotating
        # handler (made at the first record), locking (only for a locked group), typing.
        assert not loaded & {"logging.handlers", "grantdesk.store.locking", "hashlib", "typing"}
    loaded = libraries_loaded_by("backup", "--data-dir", data_dir)
    assert "sqlalchemy" in loaded
    assert not loaded & {"PySide6", "shiboken6", "alembic", "reportlab"}
    loaded = libraries_loaded_by("pdf", "1", "-o", str(tmp_path / "a.pdf"), "--data-dir", data_dir)
    assert "reportlab" in loaded
    assert not loaded & {"PySide6", "shiboken6", "alembic"}


def test_backup_on_demand_then_nothing_to_do_then_check(tmp_path: Path):
    data_dir = tmp_path / "data"
    assert grantdesk("demo", "--data-dir", str(data_dir)).returncode == 0
    made = grantdesk("backup", "--data-dir", str(data_dir))
    assert made.returncode == 0, made.stderr
    first, second = made.stdout.splitlines()
    assert first.startswith("Made a backup (2 applications, last saved ")
    assert first.endswith(".sqlite3") and str(data_dir / GROUP / "backups" / "on-request-") in first
    assert second == "It is one file: copy it to a USB stick to keep it somewhere else as well."
    again = grantdesk("backup", "--data-dir", str(data_dir))
    assert again.returncode == 0
    assert again.stdout.startswith("Nothing has changed since the newest backup (")

    checked = grantdesk("check", "--data-dir", str(data_dir))
    assert checked.returncode == 0, checked.stdout
    sound, newest = checked.stdout.splitlines()
    assert sound.startswith(
        f"GrantDesk’s data in {data_dir / GROUP} is in good order (2 applications"
    )
    assert newest.startswith("The newest backup is from ")


def test_check_reports_damage_and_the_backup_to_go_back_to_and_fails(tmp_path: Path):
    data_dir = tmp_path / "data"
    assert grantdesk("demo", "--data-dir", str(data_dir)).returncode == 0
    assert grantdesk("backup", "--data-dir", str(data_dir)).returncode == 0
    database = data_dir / GROUP / "grantdesk.sqlite3"
    size = database.stat().st_size
    with database.open("rb+") as file:
        file.seek(size // 2 // 4096 * 4096)
        file.write(b"\xff" * 4096)
    checked = grantdesk("check", "--data-dir", str(data_dir))
    assert checked.returncode == 1
    damage, backup, advice = checked.stdout.splitlines()
    assert damage == (
        f"GrantDesk’s data file ({database}) is damaged inside: part of it has been overwritten, "
        "so some of what it holds cannot be read."
    )
    assert backup.startswith("The newest good backup is from ")
    assert "(2 applications, last saved " in backup
    assert advice.startswith("Open GrantDesk to keep the damaged file aside")
    listing = grantdesk("list", "--data-dir", str(data_dir))
    assert listing.returncode == 1
    assert listing.stderr.startswith(f"grantdesk: GrantDesk’s data file ({database}) is damaged")
    assert "Traceback" not in listing.stderr


def test_check_of_an_empty_folder_and_of_a_zero_byte_file(tmp_path: Path):
    data_dir = tmp_path / "data"
    empty = grantdesk("check", "--data-dir", str(data_dir))
    assert empty.returncode == 0
    assert empty.stdout == f"There is no GrantDesk data in {data_dir / GROUP} yet.\n"
    (data_dir / GROUP / "grantdesk.sqlite3").write_bytes(b"")
    zero = grantdesk("check", "--data-dir", str(data_dir))
    assert zero.returncode == 1
    assert "is empty: it holds nothing at all" in zero.stdout
    assert "There is no backup to go back to." in zero.stdout
    listing = grantdesk("list", "--data-dir", str(data_dir))
    assert listing.returncode == 1
    assert "is empty" in listing.stderr
    assert (data_dir / GROUP / "grantdesk.sqlite3").stat().st_size == 0


def test_export_then_import_on_another_computer_and_back(tmp_path: Path):
    import json

    here, there = tmp_path / "here", tmp_path / "there"
    assert grantdesk("demo", "--data-dir", str(here)).returncode == 0
    copy = tmp_path / "usb" / "friday"
    copy.parent.mkdir()
    saved = grantdesk("export", "1", "-o", str(copy), "--data-dir", str(here))
    assert saved.returncode == 0, saved.stderr
    file = copy.with_name("friday.grantdesk")
    assert saved.stdout.splitlines()[0] == (
        f"Saved “Friday Night Safe Space” as a copy to take away: {file}"
    )
    added = grantdesk("import", str(file), "--data-dir", str(there))
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [
        "Added “Friday Night Safe Space” as application 1.",
        "The group profile in the copy is now this group’s profile.",
    ]
    assert "Friday Night Safe Space" in grantdesk("list", "--data-dir", str(there)).stdout

    back = tmp_path / "usb" / "back.grantdesk"
    assert grantdesk("export", "1", "-o", str(back), "--data-dir", str(there)).returncode == 0
    first, second = (json.loads(path.read_text("utf-8")) for path in (file, back))
    for journey in (first, second):
        del journey["saved_at"]
    assert first == second

    again = grantdesk("import", str(back), "--data-dir", str(here))
    assert again.stdout.splitlines() == [
        "Added “Friday Night Safe Space” as application 3.",
        "There was already an application called “Friday Night Safe Space” (number 1); both "
        "are kept.",
    ]


def test_a_damaged_copy_is_refused_in_one_line_and_adds_nothing(tmp_path: Path):
    data_dir = tmp_path / "data"
    assert grantdesk("demo", "--data-dir", str(data_dir)).returncode == 0
    file = tmp_path / "friday.grantdesk"
    assert grantdesk("export", "1", "-o", str(file), "--data-dir", str(data_dir)).returncode == 0
    file.write_bytes(file.read_bytes()[:-40])
    refused = grantdesk("import", str(file), "--data-dir", str(data_dir))
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        "grantdesk: This GrantDesk copy is damaged or cut short, so GrantDesk has not opened it. "
        "Nothing has been changed. If you can, save the copy again on the computer it came from."
    ]
    assert grantdesk("list", "--data-dir", str(data_dir)).stdout.count("\n") == 3


def test_pdf_checks_the_funders_longest_project_to_the_day(tmp_path: Path):
    from datetime import date

    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.domain.funders import AskedParts, Eligibility, Funder, Requirement
    from grantdesk.store.workspaces import Workspaces, open_workspace

    data_dir = tmp_path / "data"
    store = open_workspace(Workspaces(data_dir).for_command(None))
    engine = store.engine
    funder_id = store.funders.save(
        Funder(
            name="PCC",
            eligibility=Eligibility(max_project_months=12),
            asks=AskedParts(paper_copy=True),
            requirements=(Requirement("Your latest accounts", key="accounts"),),
        )
    )
    application_id = store.applications.create(
        ApplicationDetails(
            title="Year", project_start=date(2027, 6, 1), project_end=date(2028, 6, 2)
        )
    )
    store.applications.set_funder(application_id, funder_id)
    output = tmp_path / "year.pdf"
    too_long = grantdesk("pdf", str(application_id), "-o", str(output), "--data-dir", str(data_dir))
    assert too_long.returncode == 0, too_long.stderr
    assert "  - PCC funds projects of up to 12 months: starting on 1 June 2027, the project " in (
        too_long.stdout
    )
    assert too_long.stdout.endswith(
        "The funder also asks for:\n  [ ] A signed paper copy\n  [ ] Your latest accounts\n"
    )
    store.applications.save_requirements_done(application_id, ("accounts",))
    store.applications.save_details(
        application_id,
        ApplicationDetails(
            title="Year", project_start=date(2027, 6, 1), project_end=date(2028, 6, 1)
        ),
    )
    engine.dispose()
    exactly = grantdesk("pdf", str(application_id), "-o", str(output), "--data-dir", str(data_dir))
    assert "funds projects of up to" not in exactly.stdout
    assert "  [x] Your latest accounts" in exactly.stdout


def test_a_funder_saved_as_a_file_on_one_pc_is_added_on_another(tmp_path: Path):
    helper = str(tmp_path / "helper")
    group = str(tmp_path / "group")
    assert grantdesk("demo", "--data-dir", helper).returncode == 0
    listed = grantdesk("funders", "list", "--data-dir", helper)
    assert "4  Police and Crime Commissioner (example) – Community Safety Fund" in listed.stdout
    shared = tmp_path / "usb" / "pcc.grantdesk-funder.json"
    shared.parent.mkdir()
    saved = grantdesk("funders", "export", "4", "-o", str(shared), "--data-dir", helper)
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.startswith("Saved “Police and Crime Commissioner (example)")

    empty = grantdesk("funders", "list", "--data-dir", group)
    assert empty.stdout.startswith("There are no funders yet.")
    added = grantdesk("funders", "import", str(shared), "--data-dir", group)
    assert added.returncode == 0, added.stderr
    assert added.stdout == (
        "Added “Police and Crime Commissioner (example) – Community Safety Fund” as funder "
        "number 1, with 7 questions.\n"
    )
    again = grantdesk(
        "funders", "export", "1", "-o", str(tmp_path / "again.json"), "--data-dir", group
    )
    assert again.returncode == 0
    assert (tmp_path / "again.json").read_text("utf-8") == shared.read_text("utf-8")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{", "it is not a funder file, or it has been damaged"),
        (
            '{"grantdesk": "funder", "version": 1, "funder": {"maximum_pence": "lots"}}',
            "The funder: maximum_pence should be a whole number.",
        ),
        (
            '{"grantdesk": "funder", "version": 1, "funder": {"priorities": "One string"}}',
            "The funder: priorities should be a list.",
        ),
    ],
)
def test_a_damaged_funder_file_is_refused_in_one_line_and_nothing_is_added(
    tmp_path: Path, content: str, said: str
):
    data_dir = str(tmp_path / "data")
    damaged = tmp_path / "damaged.json"
    damaged.write_text(content, "utf-8")
    refused = grantdesk("funders", "import", str(damaged), "--data-dir", data_dir)
    assert refused.returncode == 1
    [line] = refused.stderr.strip().splitlines()
    assert line.startswith("grantdesk: GrantDesk cannot use “damaged.json”: ")
    assert said in line
    assert "Traceback" not in refused.stderr
    assert grantdesk("funders", "list", "--data-dir", data_dir).stdout.startswith(
        "There are no funders yet."
    )
    missing = grantdesk("funders", "import", str(tmp_path / "nowhere.json"), "--data-dir", data_dir)
    assert missing.returncode == 1
    assert missing.stderr.startswith("grantdesk: GrantDesk could not open ")


def test_funders_list_shows_control_characters_in_names_as_escapes(tmp_path: Path):
    from grantdesk.domain.funders import Funder
    from grantdesk.store.database import open_database
    from grantdesk.store.repository import Store

    data_dir = tmp_path / "data"
    engine = open_database(data_dir)
    Store(engine).funders.save(Funder(name="Trust\x1b[31m\u202eevil"))
    engine.dispose()
    listing = grantdesk("funders", "list", "--data-dir", str(data_dir))
    assert listing.returncode == 0
    assert "Trust\\x1b[31m\\u202eevil" in listing.stdout
    assert "\x1b" not in listing.stdout and "\u202e" not in listing.stdout


def test_each_group_has_its_own_work_and_a_locked_one_asks_for_its_passphrase(tmp_path: Path):
    from grantdesk.domain.application import ApplicationDetails
    from grantdesk.store.locking import data_key, lock
    from grantdesk.store.workspaces import Workspaces, open_workspace

    data_dir = tmp_path / "data"
    groups = Workspaces(data_dir)
    for name in ("Food bank", "Tŷ Hapus Youth"):
        store = open_workspace(groups.add(name))
        store.applications.create(ApplicationDetails(title=f"{name}’s bid"))
        store.engine.dispose()
    lock(groups.find("Tŷ Hapus Youth").folder, "only we know this")

    unsaid = grantdesk("list", "--data-dir", str(data_dir))
    assert unsaid.returncode == 1
    assert unsaid.stderr == (
        "grantdesk: There are several groups on this computer: “Food bank”, “Tŷ Hapus Youth”. "
        "Please say which one with --group NAME.\n"
    )
    food = grantdesk("list", "--data-dir", str(data_dir), "--group", "food bank")
    assert "Food bank’s bid" in food.stdout and "Tŷ Hapus" not in food.stdout

    group = ["--group", "Tŷ Hapus Youth"]

    def as_youth(*args: str, passphrase: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "grantdesk", *args, "--data-dir", str(data_dir), *group],
            input=passphrase + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )

    wrong = as_youth("list", passphrase="only we know that")
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("grantdesk: That passphrase does not open this group’s work.")
    right = as_youth("list", passphrase="only we know this")
    assert right.returncode == 0, right.stderr
    assert "Tŷ Hapus Youth’s bid" in right.stdout and "Food bank" not in right.stdout
    backed_up = as_youth("backup", passphrase="only we know this")
    assert backed_up.returncode == 0, backed_up.stderr
    checked = as_youth("check", passphrase="only we know this")
    assert checked.returncode == 0, checked.stdout
    assert "is in good order (1 application, last saved" in checked.stdout
    folder = groups.find("Tŷ Hapus Youth").folder
    key = data_key(folder, "only we know this")
    for backup in (folder / "backups").iterdir():
        assert b"Hapus" not in backup.read_bytes()
    assert key
