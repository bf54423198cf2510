"""A funder's record as a file to share: a helper at a local support body types a funder's form
once and gives the file to every group that applies to it. The format is described in
docs/funder-files.md; the record goes through the one mapper in domain/plain.py.

Reading is strict: a file that is not a funder file, a value of the wrong kind, or a record
that contradicts itself (a smallest grant above the largest) is refused with a plain sentence,
and nothing is added.
"""

import json
from dataclasses import replace

from grantdesk.domain.funders import Funder, funder_problems
from grantdesk.domain.plain import PlainDataError, from_plain, to_plain

FILE_KIND = "funder"
FILE_VERSION = 1
LARGEST_FILE_BYTES = 2_000_000
"""Far more than any funder's form needs; a bigger file is not a funder file."""
SUFFIX = ".grantdesk-funder.json"


class FunderFileError(ValueError):
    """The file cannot be used as a funder; the message says why, plainly."""


def funder_file_text(funder: Funder) -> str:
    """The funder as a file: plain JSON, readable and editable in any text editor."""
    record = to_plain(replace(funder, id=None))
    del record["id"]
    envelope = {"grantdesk": FILE_KIND, "version": FILE_VERSION, "funder": record}
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def funder_from_file(data: bytes, name: str) -> Funder:
    """The funder a file holds, or FunderFileError saying in words why it cannot be used."""
    cannot = f"GrantDesk cannot use “{name}”"
    if len(data) > LARGEST_FILE_BYTES:
        raise FunderFileError(f"{cannot}: it is far too big to be a funder file.")
    try:
        envelope = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise FunderFileError(
            f"{cannot}: it is not a funder file, or it has been damaged. Please ask whoever "
            "made it for a fresh copy."
        ) from None
    if not isinstance(envelope, dict) or envelope.get("grantdesk") != FILE_KIND:
        raise FunderFileError(
            f"{cannot}: it is not a GrantDesk funder file. Funder files are saved from the "
            "Funders screen, or with “grantdesk funders export”."
        )
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FunderFileError(f"{cannot}: it does not say which version of the format it is.")
    if version > FILE_VERSION:
        raise FunderFileError(
            f"{cannot}: it was saved by a newer GrantDesk. Please update GrantDesk to add it."
        )
    try:
        funder = from_plain(Funder, envelope.get("funder"), "The funder")
    except (PlainDataError, RecursionError) as error:
        raise FunderFileError(
            f"{cannot}: {error} Nothing was added; please ask whoever made the file to put "
            "it right."
        ) from None
    problems = funder_problems(funder)
    if problems:
        raise FunderFileError(
            f"{cannot}: {' '.join(problems)} Nothing was added; please ask whoever made the "
            "file to put it right."
        )
    return replace(funder, id=None)
