"""Records to plain data (dicts, lists, strings and numbers, as JSON holds them) and back.

One mapper for every record that travels as a file: the example funders and the demo group
shipped in resources/, and files a group or a helper saves and opens. Reading is strict: a value
of the wrong kind is refused with a sentence naming the field, never stored.
"""

import dataclasses
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

Record = TypeVar("Record")

LONGEST_TEXT = 1_000_000
"""Characters in one text field: far beyond any funder's limit, short of filling the memory."""
LARGEST_NUMBER = 10**15
"""Far beyond any sum of money in pence a small grant could involve."""


class PlainDataError(ValueError):
    """The data is not a record of the expected kind; the message says where, plainly."""


def to_plain(record: object) -> Any:
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {
            field.name: to_plain(getattr(record, field.name))
            for field in dataclasses.fields(record)
        }
    if isinstance(record, Enum):
        return record.value
    if isinstance(record, date):
        return record.isoformat()
    if isinstance(record, tuple | list):
        return [to_plain(item) for item in record]
    if isinstance(record, dict):
        return {str(key): to_plain(value) for key, value in record.items()}
    return record


def from_plain(kind: type[Record], data: Any, where: str = "") -> Record:
    """A record of this kind from plain data; missing fields take their defaults, fields this
    version does not know are left out."""
    return _read(kind, data, where or kind.__name__)


@cache
def _field_types(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _read(kind: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        if data is None:
            return None
        return _read(options[0], data, where)
    if origin is tuple:
        if not isinstance(data, list):
            raise PlainDataError(f"{where} should be a list.")
        (item_kind, _ellipsis) = typing.get_args(kind)
        return tuple(_read(item_kind, item, f"{where}, item {n}") for n, item in enumerate(data, 1))
    if dataclasses.is_dataclass(kind):
        if not isinstance(data, dict):
            raise PlainDataError(f"{where} should be a set of named values.")
        types_of = _field_types(kind)
        values = {}
        for field in dataclasses.fields(kind):
            if field.name in data:
                values[field.name] = _read(
                    types_of[field.name], data[field.name], f"{where}: {field.name}"
                )
            elif (
                field.default is dataclasses.MISSING
                and field.default_factory is dataclasses.MISSING
            ):
                raise PlainDataError(f"{where} has no {field.name}.")
        return kind(**values)
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(data)
        except ValueError:
            raise PlainDataError(f"{where} cannot be {data!r}.") from None
    if kind is datetime:
        moment = _moment(data) if isinstance(data, str) else None
        if moment is None:
            raise PlainDataError(
                f"{where} should be a date and time written as 2027-01-31T18:30:00+00:00."
            )
        return moment
    if kind is date:
        if not isinstance(data, str):
            raise PlainDataError(f"{where} should be a date written as 2027-01-31.")
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise PlainDataError(f"{where} should be a date written as 2027-01-31.") from None
    if kind is bool:
        if not isinstance(data, bool):
            raise PlainDataError(f"{where} should be true or false.")
        return data
    if kind is int:
        if isinstance(data, bool) or not isinstance(data, int) or abs(data) > LARGEST_NUMBER:
            raise PlainDataError(f"{where} should be a whole number.")
        return data
    if kind is str:
        if not isinstance(data, str):
            raise PlainDataError(f"{where} should be text.")
        if len(data) > LONGEST_TEXT:
            raise PlainDataError(f"{where} is far too long.")
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:  # half of a character pair (\ud800), which nobody can type
            raise PlainDataError(f"{where} holds a broken character.") from None
        return data
    if origin is dict:
        key_kind, value_kind = typing.get_args(kind)
        if not isinstance(data, dict):
            raise PlainDataError(f"{where} should be a set of named values.")
        return {
            _read(key_kind, key, where): _read(value_kind, value, f"{where}: {key}")
            for key, value in data.items()
        }
    raise TypeError(f"No plain form for {kind!r}")  # a programming error, not bad data


def _moment(text: str) -> datetime | None:
    """A moment with its offset from UTC (one without could be any time of day), in UTC."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None
