"""Bring the translation catalogues up to date with the code (docs/translating.md).

    .venv/bin/python installer/translations.py          # update resources/i18n/*.ts
    .venv/bin/python installer/translations.py DIR      # write fresh catalogues into DIR instead

pyside6-lupdate reads every self.tr(...), QCoreApplication.translate(...) and QT_TRANSLATE_NOOP(...)
call with literal text in src/grantdesk, keeps what translators have done, and marks new words
unfinished. The .qm files Qt loads are compiled from these by the build (setup.py).
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("cy",)
"""Every language with a catalogue, beside English (the words in the code)."""


def update(into: Path = CATALOGUES) -> list[Path]:
    written = []
    for language in LANGUAGES:
        catalogue = into / f"grantdesk_{language}.ts"
        if into != CATALOGUES and (CATALOGUES / catalogue.name).exists():
            catalogue.write_bytes((CATALOGUES / catalogue.name).read_bytes())
        subprocess.run(
            [
                Path(sys.executable).with_name("pyside6-lupdate"),
                "-silent",
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en_GB",
                "-target-language",
                language,
                ROOT / "src" / "grantdesk",
                "-ts",
                catalogue,
            ],
            check=True,
        )
        written.append(catalogue)
    return written


if __name__ == "__main__":
    for path in update(Path(sys.argv[1]) if len(sys.argv) > 1 else CATALOGUES):
        print(path)
