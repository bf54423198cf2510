"""The words that lock a group: what makes a passphrase acceptable, and the recovery key's form.

A recovery key is thirty letters and digits in six groups of five, from an alphabet without the
ones people mix up (0 and O, 1 and I): 150 random bits, easy to copy from paper. It is read back
however it was typed (small letters, spaces or dashes between the groups).
"""

import unicodedata

PASSPHRASE_SHORTEST = 10
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5

PASSPHRASE_TOO_SHORT = (
    "Please choose a passphrase of at least {shortest} characters. A short sentence only your "
    "group knows is easy to remember and hard to guess."
)
PASSPHRASES_DIFFER = "The two passphrases are not the same. Please type it again in both boxes."


def passphrase_problem(passphrase: str, again: str) -> str | None:
    """What is wrong with a new passphrase and its repetition, in words; None if it will do."""
    if len(passphrase.strip()) < PASSPHRASE_SHORTEST:
        return PASSPHRASE_TOO_SHORT.format(shortest=PASSPHRASE_SHORTEST)
    if normal_passphrase(passphrase) != normal_passphrase(again):
        return PASSPHRASES_DIFFER
    return None


def normal_passphrase(passphrase: str) -> str:
    """A passphrase as it is kept: ŵ typed as one character or as w and a circumflex is the
    same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def new_recovery_key() -> str:
    """A fresh recovery key, grouped for reading: ABCDE-FGHJK-…"""
    import secrets  # only when a group is locked, not at every start

    letters = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 5))
    return "-".join(
        letters[start : start + RECOVERY_GROUP_LENGTH]
        for start in range(0, len(letters), RECOVERY_GROUP_LENGTH)
    )


def normal_recovery_key(typed: str) -> str:
    """The recovery key's letters alone, in capitals, however it was typed."""
    return "".join(character for character in typed.upper() if character.isalnum())
