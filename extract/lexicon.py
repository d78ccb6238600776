"""The vocabulary files under extract/data/, loaded once and compiled into patterns.

Phrasings live in data files so that a monitor can add "put to the sword" without
touching code; this module only reads them (importlib.resources, so it works
from a wheel) and turns them into compiled regular expressions.

Here: the reading of the data files (`words`, `load` and the overrides of a data directory), the
vocabulary in force (`lexicon`, `using`) and the readers of its compiled patterns (`group_label`,
`qualifier_of`). The Lexicon's fields are in lexicon_fields.py, the builders of its patterns in
lexicon_patterns.py and lexicon_rules.py.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .lexicon_fields import Lexicon


# The data directory load() is reading (None: the packaged extract/data/), and the Lexicon in
# force for the extraction running in this context (None: the packaged one). Context variables,
# not globals: two Extractors with different vocabularies each run their components under their own.
_directory: ContextVar[Path | None] = ContextVar("vigil_data_directory", default=None)
_active: ContextVar["Lexicon | None"] = ContextVar("vigil_lexicon", default=None)


# The files an Extractor's vocabulary is compiled from (lexicon_patterns.compile_lexicon): a directory
# given to load() overrides any of them; a file it lacks is the packaged one. Every other data file
# is read once, at import, for every Extractor alike.
PER_EXTRACTOR = ("vocab.yaml", "events.yaml", "offences.jsonl", "countries.yaml", "rejections.yaml",
                 "assembly.yaml", "linking.yaml")


def _packaged_text(name: str) -> str:
    return resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")


def read_data(name: str) -> str:
    directory = _directory.get()
    if directory is not None and (directory / name).exists():
        return (directory / name).read_text(encoding="utf-8")
    return _packaged_text(name)


def where_read(name: str) -> str:
    """The file `name` is read from, for messages: the override's path, else extract/data/name."""
    directory = _directory.get()
    return str(directory / name) if directory is not None and (directory / name).exists() else f"extract/data/{name}"


# libyaml's loader reads the same documents into the same values as the pure-Python one, several
# times faster; the vocabulary's YAML files are a good part of what building an Extractor costs
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str):
    """yaml.safe_load, through libyaml where PyYAML was built with it. Raises yaml.YAMLError."""
    return yaml.load(text, Loader=_SAFE_LOADER)


def read_yaml(name: str) -> dict:
    """A YAML data file as a mapping whose missing entry raises VocabularyFileError naming the file."""
    try:
        data = parse_yaml(read_data(name))
    except yaml.YAMLError as exc:
        raise VocabularyFileError(f"{where_read(name)}: not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise VocabularyFileError(f"{where_read(name)}: expected a mapping of entries, got {type(data).__name__}")
    return _Entries(where_read(name), data)


class _Entries(dict):
    def __init__(self, where: str, data: dict):
        super().__init__(data)
        self.where = where

    def __missing__(self, key):
        raise VocabularyFileError(f"{self.where} has no entry {key!r} (an override replaces the whole file: "
                                  "start from a copy of the packaged one)")


def check_overrides(directory: Path | str) -> None:
    """Raise VocabularyFileError for a file of `directory` that load() would not read: a name that
    is no data file, or a data file read once at import (dates.yaml, ...) that differs from the
    packaged one, whose change would silently do nothing. A full copy of extract/data/ passes."""
    directory = Path(directory)
    if not directory.is_dir():
        raise VocabularyFileError(f"{directory}: no such directory")
    known = {p.name for p in resources.files("extract").joinpath("data").iterdir()}
    for path in sorted(directory.iterdir()):
        if path.name in PER_EXTRACTOR or path.name.startswith("."):
            continue
        if path.name not in known:
            raise VocabularyFileError(f"{path}: no vocabulary file of that name (an Extractor reads "
                                      f"{', '.join(PER_EXTRACTOR)})")
        if path.read_text(encoding="utf-8") != _packaged_text(path.name):
            raise VocabularyFileError(f"{path}: its words are read once at import, not per Extractor, so this "
                                      f"change would do nothing; only {', '.join(PER_EXTRACTOR)} can be tried "
                                      "this way (edit extract/data/ for the others)")


def check_pattern(where: str, pattern) -> None:
    """Raise VocabularyFileError naming `where` when `pattern` is no phrase pattern."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise VocabularyFileError(f"{where}: {pattern!r} is no phrase (quote it)")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise VocabularyFileError(f"{where}: {pattern!r} is no regular expression: {exc}") from None


def in_order(phrases) -> str:
    """A regex alternation of literal phrases in the order written (spaces match any whitespace)."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


class VocabularyFileError(ValueError):
    """A data file lacks a list a module asks for, or a list holds something that is no phrase."""


class Words:
    """The phrase lists of one data file (`words("dates.yaml")["future"]`), each as a regex
    alternation of its phrases in the order written: where two phrasings fit at one place the
    first listed wins, so the module's pattern keeps its shape and the words live in the file.

    A list is plain phrases (matched literally, a space matching any whitespace); a table maps
    phrases to values (the alternation is of its keys). `.value(key)` gives the list or table as
    written. VocabularyFileError names the file and the list when one is missing or holds a
    non-phrase (YAML reads a bare on/off/yes/no as a boolean).
    """

    def __init__(self, name: str, lists: dict | None = None):
        self.name = name
        self._lists = parse_yaml(read_data(name)) if lists is None else lists

    def __getitem__(self, key: str) -> str:
        phrases = list(self.value(key))
        for p in phrases:
            if not isinstance(p, str) or not p.strip():
                raise VocabularyFileError(f"extract/data/{self.name}, list {key!r}: {p!r} is no phrase (quote it)")
        return in_order(phrases)

    def any_initial(self, key: str) -> str:
        """The alternation of a list whose first letters match either case ("in" -> "[Ii]n"),
        for patterns that are otherwise case-sensitive (a capital there starts a name)."""
        return "|".join(f"[{p[0].upper()}{p[0].lower()}]{in_order([p[1:]])}" if p[:1].isalpha() else in_order([p])
                        for p in self.value(key))

    def value(self, key: str):
        try:
            return self._lists[key]
        except KeyError:
            raise VocabularyFileError(f"extract/data/{self.name} has no list {key!r}") from None


@lru_cache(maxsize=None)
def words(name: str) -> Words:
    """The word lists of data file `name` (read once)."""
    return Words(name)


def alternation(words) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def group_label(m: re.Match) -> str:
    """The label of the row a lexicon_patterns._grouped pattern matched."""
    return m.lastgroup.split("__")[0]


def load(directory: Path | str | None = None) -> Lexicon:
    """Load and compile the vocabulary files of `directory` (laid out as extract/data/; None:
    the packaged ones; a file `directory` lacks is the packaged one). Raises VocabularyFileError
    naming the file (and entry) that is not valid YAML, lacks an entry, holds a phrase pattern that
    is no regular expression, or would not be read (check_overrides); OSError for an unreadable one."""
    if directory is not None:
        check_overrides(directory)
    from .lexicon_patterns import compile_lexicon   # here, not at the top: the builders read the files through this module

    token = _directory.set(Path(directory) if directory is not None else None)
    try:
        return compile_lexicon()
    finally:
        _directory.reset(token)


@lru_cache(maxsize=1)
def packaged() -> Lexicon:
    """The packaged vocabulary, loaded once (the files never change at run time)."""
    return load()


def lexicon() -> Lexicon:
    """The vocabulary in force: the one of the Extractor whose component is running (using()),
    else the packaged one."""
    return _active.get() or packaged()


class using:
    """Make `lex` the vocabulary lexicon() returns in this context until the block ends (a class,
    not a @contextmanager generator: every component enters one for every doc)."""

    __slots__ = ("_lex", "_token")

    def __init__(self, lex: Lexicon):
        self._lex = lex

    def __enter__(self) -> Lexicon:
        self._token = _active.set(self._lex)
        return self._lex

    def __exit__(self, *exc) -> None:
        _active.reset(self._token)


def qualifier_after(text: str, *ends: int) -> str | None:
    """The qualifier of a hedge written right after one of `ends` (the number's end, the count's):
    "900-plus" -> more_than, "975 people or more" -> at_least; None when there is none."""
    for end in ends:
        for pattern, name in lexicon().after_qualifiers:
            if pattern.match(text, end):
                return name
    return None


def qualifier_of(hedge: str | None) -> str:
    """The qualifier for a hedge phrase ("no fewer than" → at_least); "exact" without one."""
    if not hedge:
        return "exact"
    for pattern, name in lexicon().qualifiers:
        if pattern.match(" ".join(hedge.split())):
            return name
    return "exact"
