"""What the three configuration files share: the strict base model, the checks of one value
(URL, time zone, email address, duration) and the checks between entries of a list (duplicate ids,
what an entry's type needs), written so vigil.config_files can run them on the parsed YAML too."""

from __future__ import annotations

import re
from datetime import timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError

_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d|w)\s*$")
_DURATION_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,39}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def http_url(value: str) -> str:
    """`value` if it is an http(s) URL a request can be made to, else ValueError saying what is wrong.

    urlsplit accepts a space or a bad port without a word; the request then fails at every run
    (Scrapy's "Port could not be cast to integer value"), so they are refused here, at `vigil check`.
    """
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL")
    odd = next((c for c in value if c.isspace() or not c.isprintable()), None)
    if odd is not None:
        raise ValueError(f"not an http(s) URL: {value!r} holds {odd!r} (a space in a path is written %20)")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        raise ValueError(f"not an http(s) URL: the port of {value!r} is not a number from 1 to 65535")
    return value


HttpURL = Annotated[str, AfterValidator(http_url)]


def known_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name such as UTC or Asia/Tehran)")
    return value


def email_address(value: str) -> str:
    """One address, bare or with a display name (`Vigil <vigil@ngo.org>`), as RFC 5322 parses it."""
    name, addr = parseaddr(value)
    written = " ".join(value.split())
    if addr and (written == addr or written.endswith(f"<{addr}>")):
        try:
            parsed = Address(addr_spec=addr)
        except (ValueError, IndexError, HeaderParseError):
            parsed = None
        if parsed is not None and parsed.username and parsed.domain:
            return value
    raise ValueError(f"not an email address: {value!r} (write one address, such as staff@your-ngo.org)")


EmailAddress = Annotated[str, AfterValidator(email_address)]


# The pydantic error type of the checks between fields: across a file's entries (duplicate ids,
# references to other entries) and within one entry (what a source's type needs). vigil.config_files
# runs the same checks on the parsed YAML, where they run even when a field is wrong, and drops
# the model's copy of them.
ACROSS_ENTRIES = "across_entries"


def entries_of(data: object, key: str) -> list[tuple[int, str, dict]]:
    """(index, id, item) of each mapping with a string id in the list `data[key]`; what is not
    shaped so is left to field validation."""
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [(i, item["id"], item) for i, item in enumerate(items)
            if isinstance(item, dict) and isinstance(item.get("id"), str)]


def duplicate_ids(what: str, key: str, entries: list[tuple[int, str, dict]]) -> list[str]:
    """Ids name things in the database and on the command line, so each may be used once:
    one problem per later use, naming both entries (`sources[5] (hrana).id: ... sources[2]`)."""
    first: dict[str, int] = {}
    problems = []
    for index, item_id, _ in entries:
        if item_id in first:
            problems.append(f"{key}[{index}] ({item_id}).id: {what} id {item_id!r} is used twice "
                            f"(first by {key}[{first[item_id]}] ({item_id}))")
        first.setdefault(item_id, index)
    return problems


def problems_of_each(data: object, key: str, check) -> list[str]:
    """`check(item)`'s problems for each mapping in the list `data[key]`, labelled as field errors
    are (`sources[4] (hrana): ...`). An entry's checks between its fields run here, on the parsed
    file, because pydantic skips a model's own validator once one of its fields is wrong, and the
    operator would meet the second problem only after fixing the first."""
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    problems = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        label = item.get("id")
        where = f"{key}[{index}]" + (f" ({label})" if isinstance(label, str) and label else "")
        problems += [f"{where}: {problem}" for problem in check(item)]
    return problems


def strings_in(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def raise_across(problems: list[str]) -> None:
    if problems:
        raise PydanticCustomError(ACROSS_ENTRIES, "{problems}", {"problems": "; ".join(problems)})


def parse_duration(value: str) -> timedelta:
    """`30s`, `15m`, `2h`, `1d`, `1w` -> timedelta."""
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"not a duration: {value!r} (use a number and a unit: 30s, 15m, 2h, 1d)")
    if int(match.group(1)) == 0:
        raise ValueError(f"a duration of zero: {value!r} (give one longer than zero: 30s, 15m, 2h, 1d)")
    return timedelta(**{_DURATION_UNITS[match.group(2)]: int(match.group(1))})
