"""Saving an edit without replacing what someone else saved meanwhile (optimistic concurrency).

An edit carries its base: the value the editor read (or last saved) before the change. Inside
the write transaction, which holds SQLite's write lock from its start, the store compares what
is stored now with that base. Where the edit would replace something that is no longer what
the editor read (another GrantDesk, or a headless command, saved it meanwhile), nothing is
written and ChangedElsewhere says what is stored now; the window then asks the person.

Only what the edit changes is compared and written, so edits of different fields or different
lines made in two places both stay:

- a single value (an answer's text): compared whole;
- a record (the details, the profile, a funder): field by field (`merge_fields`);
- a list (budget lines, outcomes, reports): line by line, by position (`save_items`), so one
  cell edit in a 500-line budget reads and writes that one line.

Without a base (UNCHECKED) a save replaces whatever is stored; only code writing records that
no one else can have seen yet (new applications, the demo, tests) does that.
"""

from collections.abc import Callable, Iterator, Set
from contextlib import contextmanager
from dataclasses import fields, replace
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, delete, func, insert, select, update

from grantdesk.domain.changes import first_change
from grantdesk.store.errors import ChangedElsewhere
from grantdesk.store.mapping import item_values, items_from
from grantdesk.store.unit_of_work import Prepared, UnitOfWork

Value = TypeVar("Value")


class _Unchecked:
    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Any = _Unchecked()
"""The base of a save that replaces whatever is stored, unchecked."""


def check_value(stored: Value, base: Value, new: Value) -> None:
    """Refuse a new value when the stored one is neither what the editor read nor, already,
    the new value itself."""
    if base is not UNCHECKED and stored not in (base, new):
        raise ChangedElsewhere(stored)


def merge_fields(
    stored: Value, base: Value, new: Value, leaving_out: Set[str] = frozenset()
) -> Value:
    """The stored record with the fields this edit changed (from base to new) set; refused if
    any of those fields no longer holds what the editor read. Fields the edit did not change
    keep what is stored, even if someone else changed them. Fields named in `leaving_out` are
    saved another way (a budget's lines) and left as stored."""
    names = [field.name for field in fields(new) if field.name not in leaving_out]
    if base is UNCHECKED:
        return replace(stored, **{name: getattr(new, name) for name in names})
    changed = {
        name: getattr(new, name) for name in names if getattr(new, name) != getattr(base, name)
    }
    for name, value in changed.items():
        if getattr(stored, name) not in (getattr(base, name), value):
            raise ChangedElsewhere(stored)
    return replace(stored, **changed)


def save_items(
    unit: UnitOfWork,
    application_id: int,
    row_class: type,
    item_class: type,
    items: tuple,
    base: tuple,
) -> None:
    """Make one of an application's ordered lists (its rows of `row_class`) hold `items`,
    writing only what differs from `base`: the changed cells of changed lines, and for lines
    added or removed, those lines plus a shift of the positions after them.

    Refused if the list no longer has as many lines as the base, or a line this edit changes
    or removes is no longer what the editor read. Written with plain SQL statements rather
    than loaded objects: one cell of a 500-line budget is one statement, which checks the
    line and the number of lines as it writes (`_checked_update`).
    """
    connection = unit.connection
    table = row_class.__table__
    checked = base is not UNCHECKED
    if not checked:
        base = _stored_items(connection, table, application_id, item_class)
    start, old_end, new_end = _differing_span(base, items)
    if start == old_end == new_end:
        return  # nothing changed
    if checked and old_end == new_end:
        statement = _checked_update(table, item_class)
        for position in range(start, old_end):
            if base[position] == items[position]:
                continue
            written = unit.run(
                statement,
                {
                    "owner": application_id,
                    "at": position,
                    "lines": len(base),
                    **_named("was_", base[position]),
                    **_named("new_", items[position]),
                },
            )
            if written != 1:
                raise ChangedElsewhere(_stored_items(connection, table, application_id, item_class))
        return

    owned = table.c.application_id == application_id
    count = connection.scalar(select(func.count()).select_from(table).where(owned))
    if count != len(base):
        raise ChangedElsewhere(_stored_items(connection, table, application_id, item_class))

    kept = min(old_end, new_end)  # up to here lines are changed in place; then added or removed
    changed = [position for position in range(start, kept) if base[position] != items[position]]
    removed = list(range(kept, old_end))
    touched = changed + removed
    stored = {
        row.position: row
        for row in connection.execute(select(table).where(owned, table.c.position.in_(touched)))
    }
    if len(stored) != len(touched) or items_from(
        [stored[position] for position in touched], item_class
    ) != tuple(base[position] for position in touched):
        raise ChangedElsewhere(_stored_items(connection, table, application_id, item_class))

    for position in changed:
        before, after = item_values(base[position]), item_values(items[position])
        connection.execute(
            update(table)
            .where(owned, table.c.position == position)
            .values({name: value for name, value in after.items() if before[name] != value})
        )
    if removed:
        connection.execute(delete(table).where(owned, table.c.position.in_(removed)))
    shift = (new_end - start) - (old_end - start)
    if shift:
        connection.execute(
            update(table)
            .where(owned, table.c.position >= old_end)
            .values(position=table.c.position + shift)
        )
    if new_end > kept:
        connection.execute(
            insert(table),
            [
                {"application_id": application_id, "position": position, **item_values(item)}
                for position, item in enumerate(items[kept:new_end], start=kept)
            ],
        )


@cache
def _checked_update(table: Table, item_class: type) -> Prepared:
    """One line of a list set to new values (`new_` and each field's name), only where it
    still holds what the editor read (`was_`…) and the list still has as many lines
    (`lines`): a check and a write in one statement, built (and compiled) once."""
    names = [field.name for field in fields(item_class)]

    def value(name: str, prefix: str):
        return bindparam(prefix + name, type_=table.c[name].type)

    owned = table.c.application_id == bindparam("owner")
    count = select(func.count()).select_from(table).where(owned).scalar_subquery()
    return Prepared(
        update(table)
        .where(
            owned,
            table.c.position == bindparam("at"),
            count == bindparam("lines"),
            *(table.c[name].is_not_distinct_from(value(name, "was_")) for name in names),
        )
        .values({name: value(name, "new_") for name in names})
    )


def _named(prefix: str, item) -> dict:
    return {prefix + name: value for name, value in item_values(item).items()}


def _differing_span(old: tuple, new: tuple) -> tuple[int, int, int]:
    """(start, old_end, new_end): old[start:old_end] became new[start:new_end]; the lines
    before start and after the ends are the same in both."""
    start = first_change(old, new)
    tail = first_change(old[::-1], new[::-1], end=min(len(old), len(new)) - start)
    return start, len(old) - tail, len(new) - tail


def _stored_items(connection, table, application_id: int, item_class: type) -> tuple:
    owned = table.c.application_id == application_id
    rows = connection.execute(select(table).where(owned).order_by(table.c.position))
    return items_from(list(rows), item_class)


def part_of(base: Any, name: str) -> Any:
    """One part of an edit's base (a budget's lines, say), or UNCHECKED if the edit has none."""
    return base if base is UNCHECKED else getattr(base, name)


@contextmanager
def theirs_whole(read: Callable[[], object]) -> Iterator[None]:
    """When an edit of one part of something (one list of a plan) is refused, say what is
    stored of the whole thing, in the shape the editor saves it."""
    try:
        yield
    except ChangedElsewhere:
        raise ChangedElsewhere(read()) from None
