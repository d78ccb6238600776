"""Reading the three configuration files: YAML, `${NAME}` expansion, validation, and one
line per problem naming the file and the field path (the models are in vigil.config).

`${NAME}` in any string is replaced from the environment (or from the file named by
`NAME_FILE`, for secrets kept out of the environment); `${NAME:-default}` gives a default.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from vigil.config import (
    ACROSS_ENTRIES,
    ALERTS_FILE,
    SCHEDULES_FILE,
    SOURCES_FILE,
    AlertsFile,
    SchedulesFile,
    SourcesFile,
)
from vigil.errors import ConfigError

_ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_UNBRACED_REFERENCE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
# Fields whose value comes from the environment: a `$NAME` written there is never meant literally.
SECRET_FIELDS = frozenset({"username", "password", "webhook_url"})

class Config(BaseModel):
    """All three files; `directory` is where they were read from."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    directory: Path
    sources: SourcesFile
    schedules: SchedulesFile
    alerts: AlertsFile


def expand_env(value: Any, where: str, problems: list[str], environ: dict[str, str]) -> Any:
    """Replace `${NAME}` in every string of a parsed YAML tree; record unset variables."""
    if isinstance(value, dict):
        return {k: expand_env(v, f"{where}.{k}" if where else str(k), problems, environ) for k, v in value.items()}
    if isinstance(value, list):
        return [expand_env(v, f"{where}[{i}]", problems, environ) for i, v in enumerate(value)]
    if isinstance(value, str):

        def substitute(match: re.Match) -> str:
            name, default = match.group(1), match.group(2)
            if name in environ:
                return environ[name]
            file_name = environ.get(f"{name}_FILE")
            if file_name:
                try:
                    return Path(file_name).read_text(encoding="utf-8").strip()
                except OSError as exc:
                    problems.append(f"{where}: cannot read {name}_FILE {file_name}: {exc.strerror}")
                    return ""
                except UnicodeDecodeError:
                    problems.append(f"{where}: cannot read {name}_FILE {file_name}: not UTF-8 text")
                    return ""
            if default is not None:
                return default
            problems.append(f"{where}: environment variable {name} is not set")
            return ""

        return _ENV_REFERENCE.sub(substitute, value)
    return value


def unbraced_references(value: Any, where: str = "") -> list[str]:
    """`password: $VIGIL_SMTP_PASSWORD` is not expanded (only `${...}` is), and the literal
    text would become the password: one problem per secret field written that way."""
    problems = []
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            if key in SECRET_FIELDS and isinstance(item, str):
                problems += [f"{path}: ${m.group(1)} is not expanded; write ${{{m.group(1)}}}"
                             for m in _UNBRACED_REFERENCE.finditer(item)]
            else:
                problems += unbraced_references(item, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            problems += unbraced_references(item, f"{where}[{index}]")
    return problems


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, except that a key given twice in one mapping is recorded in
    `twice` (one line naming both lines): PyYAML keeps the last silently, so `enabled: true`
    above `enabled: false` would pass as false without a word. The last value is kept, as
    PyYAML does, so the rest of the file is still validated and its problems reported too."""

    def __init__(self, stream):
        super().__init__(stream)
        self.twice: list[str] = []

    def construct_mapping(self, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.setdefault(key, key_node)
            except TypeError:
                continue   # an unhashable key: the base constructor reports it
            if first is not key_node:
                mark = key_node.start_mark
                self.twice.append(f"line {mark.line + 1}, column {mark.column + 1}: not valid YAML: key {key!r} "
                                  f"is given twice (first on line {first.start_mark.line + 1})")
        return super().construct_mapping(node, deep)


def _parse(text: str) -> tuple[Any, list[str]]:
    """The YAML document in `text` and the keys given twice in it; raises yaml.YAMLError."""
    loader = _UniqueKeyLoader(text)
    try:
        return loader.get_single_data(), loader.twice
    finally:
        loader.dispose()


def _location(loc: tuple, raw: Any = None, labels: bool = True) -> str:
    """The field path of a pydantic error as the operator wrote it, read along the parsed file
    `raw`: a list item's id is named beside its index (`sources[4] (hrana).max_pages`) so nobody
    has to count entries (`labels=False`: the bare path, as `expand_env` writes it)."""
    path = ""
    item = raw
    for part in loc:
        if isinstance(part, int):
            item = item[part] if isinstance(item, list) and part < len(item) else None
            label = item.get("id") if isinstance(item, dict) else None
            path += f"[{part}]" + (f" ({label})" if labels and isinstance(label, str) and label else "")
        elif str(part).startswith(("function-", "tagged-union")) or (
                isinstance(item, dict) and item.get("type") == part and part not in item):
            # pydantic's tag for the union member (the entry's own `type`), not a field the
            # operator wrote; a channel *named* `email` is a key of `channels` and stays
            continue
        else:
            item = item.get(part) if isinstance(item, dict) else None
            path += f".{part}" if path else str(part)
    return path


def _message(error: dict) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "unknown field (check the spelling)"
    if kind == "missing":
        return "required field is missing"
    if kind == "union_tag_invalid":
        return f"unknown type {error['input'].get('type')!r} (expected {error['ctx']['expected_tags']})"
    if kind == "union_tag_not_found":
        return "needs a type (email or slack)"
    message = error["msg"]
    return message.removeprefix("Value error, ")


def load_file(path: Path, model: type[BaseModel], environ: dict[str, str] | None = None, *,
              expand: bool = True) -> BaseModel:
    """Read and validate one YAML file; raise ConfigError with one line per problem.

    `expand=False` leaves `${...}` references as written (for models that read no secrets).
    """
    environ = dict(os.environ) if environ is None else environ
    name = path.name
    try:
        raw, twice = _parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        # the whole path: "alerts.yaml" alone does not say which folder was read
        raise ConfigError([f"{path.absolute()}: file not found (use --config DIR or VIGIL_CONFIG)"])
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read: {exc.strerror}"])
    except UnicodeDecodeError as exc:  # saved in another encoding (UTF-16, Windows-1256, ...)
        raise ConfigError([f"{name}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start}); "
                           "save it as UTF-8"])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([f"{name}:{where}: not valid YAML: {problem}"])
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError([f"{name}: expected a mapping of settings at the top level"])
    env_problems: list[str] = []
    expanded = expand_env(raw, "", env_problems, environ) if expand else raw
    problems = [f"{name}: {p}" for p in twice + env_problems + (unbraced_references(raw) if expand else [])]
    unset_fields = {p.split(":", 1)[0] for p in env_problems}
    result = None
    model_across: list[str] = []
    try:
        result = model.model_validate(expanded)
    except ValidationError as exc:
        for error in exc.errors():
            if error["type"] == ACROSS_ENTRIES:
                # reported below from the parsed file, with the ones pydantic never reached
                model_across.append(f"{name}: {error['ctx']['problems']}")
                continue
            where = _location(error["loc"], raw)
            if _location(error["loc"], raw, labels=False) in unset_fields:
                continue  # already reported as the unset variable behind it
            problems.append(f"{name}: {where + ': ' if where else ''}{_message(error)}")
    # Checks across entries (duplicate ids, references) run on the parsed file, so that they are
    # reported beside the field errors that stop pydantic before its model validators.
    across = getattr(model, "problems_across", None)
    problems += [f"{name}: {p}" for p in (across(expanded) if across else [])]
    if result is None and not problems:
        problems = model_across  # the parsed file and the model disagree: the model's word stands
    if problems:
        raise ConfigError(problems)
    return result


def load_config(directory: Path | str, environ: dict[str, str] | None = None) -> Config:
    """Load all three files, collecting the problems of every file before raising."""
    directory = Path(directory)
    loaded: dict[str, BaseModel] = {}
    problems: list[str] = []
    for key, file_name, model in (
        ("sources", SOURCES_FILE, SourcesFile),
        ("schedules", SCHEDULES_FILE, SchedulesFile),
        ("alerts", ALERTS_FILE, AlertsFile),
    ):
        try:
            loaded[key] = load_file(directory / file_name, model, environ)
        except ConfigError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ConfigError(problems)
    return Config(directory=directory, **loaded)
