"""The vocabulary files under extract/data/, loaded once and compiled into patterns.

Phrasings live in data files so that a monitor can add "put to the sword" without
touching code; this module only reads them (importlib.resources, so it works
from a wheel) and turns them into compiled regular expressions.
"""
from __future__ import annotations

import json
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


# The data directory load() is reading (None: the packaged extract/data/), and the Lexicon in
# force for the extraction running in this context (None: the packaged one). Context variables,
# not globals: two Extractors with different vocabularies each run their components under their own.
_directory: ContextVar[Path | None] = ContextVar("vigil_data_directory", default=None)
_active: ContextVar["Lexicon | None"] = ContextVar("vigil_lexicon", default=None)


# The files an Extractor's vocabulary is compiled from (_compile): a directory given to load()
# overrides any of them; a file it lacks is the packaged one. Every other data file is read once,
# at import, for every Extractor alike.
PER_EXTRACTOR = ("vocab.yaml", "events.yaml", "offences.jsonl", "countries.yaml", "rejections.yaml",
                 "assembly.yaml", "linking.yaml")


def _packaged_text(name: str) -> str:
    return resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")


def _read(name: str) -> str:
    directory = _directory.get()
    if directory is not None and (directory / name).exists():
        return (directory / name).read_text(encoding="utf-8")
    return _packaged_text(name)


def _where(name: str) -> str:
    """The file `name` is read from, for messages: the override's path, else extract/data/name."""
    directory = _directory.get()
    return str(directory / name) if directory is not None and (directory / name).exists() else f"extract/data/{name}"


def _yaml(name: str) -> dict:
    """A YAML data file as a mapping whose missing entry raises VocabularyFileError naming the file."""
    try:
        data = yaml.safe_load(_read(name))
    except yaml.YAMLError as exc:
        raise VocabularyFileError(f"{_where(name)}: not valid YAML: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise VocabularyFileError(f"{_where(name)}: expected a mapping of entries, got {type(data).__name__}")
    return _Entries(_where(name), data)


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


def _check_pattern(where: str, pattern) -> None:
    """Raise VocabularyFileError naming `where` when `pattern` is no phrase pattern."""
    if not isinstance(pattern, str) or not pattern.strip():
        raise VocabularyFileError(f"{where}: {pattern!r} is no phrase (quote it)")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise VocabularyFileError(f"{where}: {pattern!r} is no regular expression: {exc}") from None


def _in_order(phrases) -> str:
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
        self._lists = yaml.safe_load(_read(name)) if lists is None else lists

    def __getitem__(self, key: str) -> str:
        phrases = list(self.value(key))
        for p in phrases:
            if not isinstance(p, str) or not p.strip():
                raise VocabularyFileError(f"extract/data/{self.name}, list {key!r}: {p!r} is no phrase (quote it)")
        return _in_order(phrases)

    def any_initial(self, key: str) -> str:
        """The alternation of a list whose first letters match either case ("in" -> "[Ii]n"),
        for patterns that are otherwise case-sensitive (a capital there starts a name)."""
        return "|".join(f"[{p[0].upper()}{p[0].lower()}]{_in_order([p[1:]])}" if p[:1].isalpha() else _in_order([p])
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


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary: every pattern the rules need, built from the data files."""

    count: re.Pattern            # a hedged number and the noun it counts
    rate_tail: re.Pattern        # "a day", "percent" right after a count
    per_year_tail: re.Pattern    # "in each year" right after a count or its trigger
    qualifiers: tuple            # (compiled hedge, qualifier name) pairs
    after_qualifiers: tuple      # (hedge right after a number or a count, qualifier name): "-plus", " or more"
    triggers: re.Pattern         # every trigger; group name "<event>__<voice>__<n>"
    offences: re.Pattern         # every offence term; the group name is the offence
    countries: re.Pattern        # every country name; the group name is the ISO code
    breakdown_tail: re.Pattern   # " were among them", " were women" right after a count
    hedge: str                   # every hedge of vocab.yaml as one alternation (no groups): "no fewer than"
    table_row: re.Pattern        # one line of a listed breakdown: "Drug offences: 30 cases (52%)"
    shared_each: re.Pattern      # a figure each of several places had: "Alabama and Texas each executed five"
    each_word: re.Pattern        # any word of table.each ("each", "apiece"): the cheap test before shared_each
    place_heading: re.Pattern    # a heading announcing rows of places ("in the following prisons:")
    country_heading: re.Pattern  # a heading announcing rows of countries
    nationality_heading: re.Pattern  # a heading announcing rows of nationalities ("The foreigners came from:")
    country_name: re.Pattern     # a country's own English name ("North Korea", not "Texas" or "Iranian")
    nationality_after: re.Pattern  # a person noun right after a country word: "Pakistani nationals"
    name_stopwords: frozenset    # lowered words that never belong to a person's name
    since_before: re.Pattern     # "since ... " ending right before a date: the figure runs from that day
    carried_out_after: re.Pattern  # "... were carried out" after a death-sentence count: executions
    clauses: "Clauses"           # the grammar words of the clause rules (clauses.py)
    rejections: "Rejections"     # what a count or a date looks like but is not (rejections.py)
    assembly: "Assembly"         # the words the assembly rules read (assemble.py)
    linking: "Linking"           # the words the linking rules read (linking.py, components.py)


@dataclass(frozen=True)
class Linking:
    """Patterns of linking.py and components.py, compiled from data/linking.yaml."""

    subject_place: re.Pattern    # " in the city of " right after the people
    relative_clause: re.Pattern  # "who ... " ending before a trigger
    aside: re.Pattern            # ", which lifted ..." / "after lifting ..." open before a date, not closed yet
    region_stop: re.Pattern      # what ends the stretch where a count's date is looked for
    person_clause: re.Pattern    # " whose", " convicted of": a clause about the people after a count
    said: re.Pattern             # "said on " right before a date
    relevant: re.Pattern         # a sentence worth reading
    span_words: re.Pattern       # a sentence naming a statistic's span: read for dates too
    follow_up: re.Pattern        # a sentence that may date the one before


@dataclass(frozen=True)
class Assembly:
    """Patterns of assemble.py, compiled from data/assembly.yaml (see that module for each)."""

    breakdown: re.Pattern        # "including" right before a count
    breakdown_lead: re.Pattern   # a sentence opening a breakdown: "Of these, ..."
    part_clause: re.Pattern      # a part's clause open before a date: ", including 81 men ... in "
    protest_start: re.Pattern    # "protests broke out"
    follow_on: re.Pattern        # "They ..." opening the next sentence
    same_period: re.Pattern      # "in the same period"
    compared_with: re.Pattern    # "compared with " right before a period
    so_far: re.Pattern           # "so far" (not "so far in 2024")
    anchor_words: re.Pattern     # "a day after"
    single_day: re.Pattern       # "in a single day": a group that large is still one day's incident
    link_line: re.Pattern        # "Related news: ..." opening a line: a link to another report
    both_years: re.Pattern       # "in both 2022 and 2023": groups y1, y2


@dataclass(frozen=True)
class Rejections:
    """Patterns of rejections.py, compiled from data/rejections.yaml (see that module for each)."""

    side_date: re.Pattern
    compared_from: re.Pattern   # "a sharp rise from the 19 drug executions recorded in ": a compared figure's year
    own_clause: re.Pattern
    like_period: re.Pattern     # "the same period of " right before a year: that year's like span
    superlative: re.Pattern
    superlative_total: re.Pattern
    offence_date_before: re.Pattern
    group_size: re.Pattern         # "groups of " before a count: the size of each group
    victims_left: re.Pattern       # "that left " before a count: the victims of a crime
    victim_state: re.Pattern       # " people dead" after it
    negated_subject: re.Pattern    # "No state had carried out " before a count
    offence_noun_after: re.Pattern
    arrest_clause: re.Pattern
    events_of: re.Pattern
    attributive: re.Pattern
    world: re.Pattern
    world_opener: re.Pattern     # "Worldwide, ..." opening a sentence: its figures are the world's
    world_report: re.Pattern   # a lead about the world: "executions around the world", "global report"
    world_exclusion: re.Pattern  # "a figure that excludes ... " before a country: not the figure's country
    world_share_after: re.Pattern  # ", Iraq and Saudi Arabia responsible for the majority" after a country
    world_share_before: re.Pattern  # "driven by " before a country: a share of the world's figure
    country_noun: re.Pattern     # "the kingdom", "the Islamic Republic": a country told by a common noun
    attributive_noun: re.Pattern  # " storming" after "the 2013": a noun the year dates (not "total")
    threshold: re.Pattern        # "had ever carried out " before a count: a record, not a count
    at_risk: re.Pattern          # "risk" in an imminent trigger: "at imminent risk of execution"
    definite: re.Pattern
    definite_opening: re.Pattern  # a count that opens on its article: "the remaining four" (definite_articles)
    other_action: re.Pattern
    other_action_any: re.Pattern
    rate_near: re.Pattern
    known_group: re.Pattern
    relatives: re.Pattern      # "her three children", "married with four children" right before a count
    range_before: re.Pattern    # "between 20 and ", "20 to " right before a count: the upper end of an estimate
    proportion: re.Pattern     # "one in " right before a count: "one in ten executions"
    proportion_after: re.Pattern  # " in five" right after a number: "one in five of all executions"


@dataclass(frozen=True)
class Clauses:
    """Patterns over a count's clause, compiled from vocab.yaml `clauses` (used by clauses.py)."""

    predicate_before: re.Pattern   # a copula right before a count: "... was a woman"
    one_of: re.Pattern             # "one of" a group: "One of the men hanged was ..."
    relative_before: re.Pattern    # a relative pronoun right before a trigger: "who were sentenced"
    relative: re.Pattern           # a relative pronoun anywhere: "whose"
    new_group: re.Pattern          # a count that opens a new group: "another prisoner"
    pluperfect: re.Pattern         # a trigger told in the pluperfect: "had been sentenced"
    communicated: re.Pattern       # "was informed on Tuesday that ... " ending right before a trigger
    governed_before: re.Pattern    # an infinitive or negated verb right before a noun trigger
    other_action_after: re.Pattern  # a count's own verb that is no trigger: " were given"
    other_verb_between: re.Pattern  # another verb joined after an active trigger: " and jailed "
    prison_term_after: re.Pattern   # a count's own verb giving a prison term: " were sentenced to five years"
    share_after: re.Pattern        # a share of a total right after a count: ", or 12% of the total"
    share_of_world: re.Pattern     # a share of the world's total: ", or 74% of all recorded executions"
    so_far: re.Pattern             # "so far", "to date"
    denied_before: re.Pattern      # a denial earlier in the sentence: "denied that", "contrary to reports"
    denied_after: re.Pattern       # a denial later in the sentence: " ... were untrue"
    stopped_before: re.Pattern     # a verb stopping a noun trigger right before it: "stayed "
    depicted_before: re.Pattern    # a verb of fiction or art right before a noun trigger: "depicts "
    reprieve: re.Pattern           # "reprieve", "spared": an execution stopped, anywhere in the sentence
    halted_after: re.Pattern       # a later clause stopping the execution told: ", but the execution was halted"
    speaks_after: re.Pattern       # a speech verb right after a count: " said", " told AFP"
    stopped_count_before: re.Pattern  # an active verb of plans or stops right before a trigger-less count
    not_done_after: re.Pattern     # a noun trigger's own verb of plans or stops: " were scheduled"
    generic_after: re.Pattern      # a judgement after one person's execution: " ... is prohibited"
    generic_person: re.Pattern     # "a person": anybody, after an infinitive trigger
    planned_after: re.Pattern      # a noun trigger's own verb of plans: " is scheduled"
    carried_out_later: re.Pattern  # a death-sentence noun's own verb in the future: " will be carried out"
    stopped_after: re.Pattern      # a verb of stops later in the clause: " but was stayed"
    since: re.Pattern              # "since", "ever since" (vocab.yaml since_words)


def _count_pattern(vocab: dict) -> re.Pattern:
    """A count mention: optional hedge, a number, up to three modifiers, a person, execution or
    death-sentence noun.

    Examples: "at least 64 executions", "ten Salafi death-row prisoners", "an unidentified
    prisoner", "six other prisoners", "three more".
    """
    from .numbers import NUMBER   # here, not at the top: numbers.py reads its words through this module
    hedges = alternation(w for key in ("qualifiers", "verb_qualifiers") for ws in vocab[key].values() for w in ws)
    plural = alternation(vocab["person_nouns_plural"])
    singular = alternation(vocab["person_nouns_singular"])
    events = alternation(vocab["execution_nouns"])
    sentences = alternation(vocab["sentence_nouns"])
    stops = alternation(vocab["noun_phrase_stops"])
    heads = alternation(vocab["modified_heads"])
    bodies = alternation(vocab["bodies_of_people"])
    # "a 46-year-old man": an age joined by hyphens describes the person, it is not a count
    modifier = rf"(?:(?!(?:{stops}|{NUMBER})\b)[A-Za-z][\w'’-]*\s+|\d{{1,3}}-years?-old\s+)"
    designated = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in vocab["designation_marks"])
    return re.compile(
        rf"\b(?<![\w,.-]){designated}(?:(?P<hedge>{hedges})\s+)?"
        rf"(?:(?P<num>{NUMBER})(?:-(?:{alternation(w for ws in vocab['attached_qualifiers'].values() for w in ws)})"
        rf"|\s+(?:{alternation(w for ws in vocab['after_qualifiers'].values() for w in ws)}))?"
        rf"|(?P<one>{_in_order(vocab['single_determiners'])}))(?![\w-])\s+"
        rf"(?P<mods>{modifier}{{0,3}}?)"
        # "11 \"terrorists from the Islamic State group\" were executed": a noun quoted from an official
        rf"(?:[\"“‘'](?=\w))?"
        # after "a"/"one" a plural noun is a modifier ("a Baluch prisoner"), never the noun counted
        # a singular noun before a plural one modifies it: "two juvenile offenders", "a woman prisoner";
        # so does a plural one: "three Baluch prisoners" counts the prisoners, and the names set off
        # after them ("..., A, 31, B, 26, and C, were moved") are theirs
        # a person noun before a noun it modifies counts no one: "a prisoner swap", "a juvenile court";
        # nor before the name of a body of people, even with a word between: "belonging to a militant
        # Sunni group", "two militant cells"
        rf"(?:(?(one)(?!)|(?P<plural>{plural})(?!\s+(?:{plural})\b))|(?P<singular>{singular})(?!\s+(?:{plural}|{heads}|{bodies})\b)"
        rf"(?!\s+[A-Za-z-]+\s+(?:{bodies})\b)|(?P<event>{events})|(?P<dsent>{sentences})"
        rf"|(?P<more>more|other)(?=\s+(?:{alternation(vocab['more_before'])})\b))\b",
        re.IGNORECASE,
    )


def _shared_each(vocab: dict, hedges: str) -> re.Pattern:
    """Several labels, then "each", at most three words (a verb), an optional hedge and the number each
    had. Examples: "Alabama, South Carolina and Texas each carried out five executions", "Georgia and
    Ohio each executed three" (tables.each_rows)."""
    from .numbers import NUMBER
    label = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    return re.compile(
        rf"(?<![\w'’-])(?P<labels>{label}(?:\s*,\s*{label})*,?\s+and\s+{label})\s+"
        rf"(?:{alternation(vocab['table']['each'])})\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:(?P<hedge>{hedges})\s+)?"
        rf"(?P<num>{NUMBER})(?![\w-])")


def _table_row(vocab: dict, hedges: str) -> re.Pattern:
    """One line of a listed breakdown: an optional bullet, a label, a colon or dash, an optional
    hedge, the number, "each" when the label lists several, an optional noun and share.

    Examples: "- Kurdish prisoners: 72 (27%)", "Alborz – 93 hangings", "Zahedan: 27 cases",
    "Golestan, Qazvin and Isfahan: 3 each", "drug offences – 632", and the dot leaders of an
    annual report's set-out figures, "Murder (qisas) ........ 689", "Political charges . 57"
    (the group `leader`: a run of dots, or one dot with a space either side, between label and number).
    """
    from .numbers import NUMBER
    table = vocab["table"]
    return re.compile(
        rf"^[ \t]*(?:[-•*–—][ \t]+)?(?P<label>[^\n:–—;]{{1,80}}?)[ \t]*"
        rf"(?::|[ \t][-–—]|[–—]|(?P<leader>(?<=[ \t])\.[ \t]|\.{{2,}}[ \t]*))[ \t]*"
        # "31, including nine for espionage": a comma may close the figure, never split one ("1,000")
        rf"(?:(?P<hedge>{hedges})\s+)?(?P<num>{NUMBER})(?![\w%.-]|,\d|\s*(?:%|per\s*cent|percent))"
        rf"(?:\s+(?P<each>{alternation(table['each'])}))?"
        rf"(?:\s+(?P<noun>{alternation(table['row_nouns'])}))?\b"
        rf"(?:\s*\([^()\n]{{0,60}}\))?(?P<rest>[^\n]{{0,200}})$",
        re.IGNORECASE | re.MULTILINE)


def _grouped(jsonl: str, key: str, flags: int, prefix: str = "") -> re.Pattern:
    """One alternation over all rows (one pass over the text), each row a named group
    `<key>__<n>`; rows are tried in file order, so list the longer phrasing first."""
    rows = [json.loads(line) for line in jsonl.splitlines() if line.strip()]
    body = "|".join(rf"(?P<{row[key]}__{i}>{row['pattern']})" for i, row in enumerate(rows))
    return re.compile(rf"\b{prefix}(?:{body})\b", flags)


def _countries(table: dict) -> re.Pattern:
    """The English words that make a claim's country (data/countries.yaml `report`, and the
    `datelines` abbreviations between ", " and "."), as one case-sensitive pattern of whole words
    with a group `<ISO>__<n>` per country, the countries tried in file order ("t" opens "the
    kingdom")."""
    def words_of(entry: dict) -> str:
        words = "|".join(map(re.escape, entry["report"]))
        if entry.get("datelines"):
            words += rf"|(?<=, )(?:{'|'.join(map(re.escape, entry['datelines']))})(?=\.\s)"
        return words

    rows = [(iso, entry) for iso, entry in table.items() if entry.get("report")]
    body = "|".join(rf"(?P<{iso}__{i}>{words_of(entry)})" for i, (iso, entry) in enumerate(rows))
    # a quick look at the first letter: capitals, and the lowercase openings of the table ("the kingdom")
    lower = sorted({w[0] for _, entry in rows for w in entry["report"] if w[0].islower()})
    # the end is no letter or digit, not a word boundary: "U.S." ends in a full stop
    return re.compile(rf"\b(?=[A-Z{''.join(lower)}])(?:{body})(?!\w)")


def _country_names(table: dict) -> re.Pattern:
    """The English names of the countries that can be a claim's (countries.yaml `names` of an entry
    with `report` words), one group `<ISO>__<n>` each: what a row label that is a country, not a
    state, city or nationality, reads ("North Korea: at least 60")."""
    rows = [(iso, [n for n in entry["names"] if n.isascii()]) for iso, entry in table.items() if entry.get("report")]
    body = "|".join(rf"(?P<{iso}__{i}>{alternation(names)})" for i, (iso, names) in enumerate(rows) if names)
    return re.compile(rf"\b(?:{body})\b")


def group_label(m: re.Match) -> str:
    """The label of the row a _grouped pattern matched."""
    return m.lastgroup.split("__")[0]


def load(directory: Path | str | None = None) -> Lexicon:
    """Load and compile the vocabulary files of `directory` (laid out as extract/data/; None:
    the packaged ones; a file `directory` lacks is the packaged one). Raises VocabularyFileError
    naming the file (and entry) that is not valid YAML, lacks an entry, holds a phrase pattern that
    is no regular expression, or would not be read (check_overrides); OSError for an unreadable one."""
    if directory is not None:
        check_overrides(directory)
    token = _directory.set(Path(directory) if directory is not None else None)
    try:
        return _compile()
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


def _nationals(table: dict) -> list[str]:
    """The plural nationality words of countries.yaml, each listed there beside its singular
    ("Somalis" by "Somali"): "four Somalis and three Ethiopians were executed" counts people."""
    return [a for entry in table.values() for adjectives in [entry.get("adjectives") or ()]
            for a in adjectives if a.isascii() and a.endswith("s") and a[:-1] in adjectives]


def _compile() -> Lexicon:
    """Compile the vocabulary files load() is reading."""
    vocab = _yaml("vocab.yaml")
    vocab["person_nouns_plural"] = list(vocab["person_nouns_plural"]) + _nationals(_yaml("countries.yaml"))
    events = _yaml("events.yaml")
    alternatives = []
    for event, voices in events.items():
        for voice, patterns in (voices or {}).items():
            for i, pattern in enumerate(patterns or ()):
                _check_pattern(f"{_where('events.yaml')}, {event}.{voice}[{i}]", pattern)
                alternatives.append(rf"(?P<{event}__{voice}__{len(alternatives)}>{pattern})")
    # one pass over the text; at a given position the first listed phrasing wins. The single
    # leading \b lets the engine skip mid-word positions at once.
    triggers = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)
    hedged = {name: list(words) + vocab["verb_qualifiers"].get(name, []) for name, words in vocab["qualifiers"].items()}
    qualifiers = tuple(
        (re.compile(rf"^(?:{alternation(words)})$", re.IGNORECASE), name)
        for name, words in hedged.items()
    )
    after_qualifiers = tuple(
        (re.compile(rf"-(?:{alternation(words)})\b", re.IGNORECASE), name)
        for name, words in vocab["attached_qualifiers"].items()) + tuple(
        (re.compile(rf"\s+(?:{alternation(words)})\b", re.IGNORECASE), name)
        for name, words in vocab["after_qualifiers"].items())
    offences = _grouped(_read("offences.jsonl"), "offence", re.IGNORECASE)
    countries = _countries(_yaml("countries.yaml"))
    rate = alternation(vocab["rate_tails"] + vocab["rhetorical_tails"])
    plural = alternation(vocab["person_nouns_plural"])
    breakdown = (rf"\s+(?:{alternation(vocab['breakdown_tails'])}"
                 rf"|(?:were|was)\s+(?:also\s+)?(?:[A-Za-z][\w-]*\s+)?(?:{plural}))\b")
    hedges = alternation(w for ws in hedged.values() for w in ws)
    return Lexicon(
        count=_count_pattern(vocab),
        rate_tail=re.compile(rf"^\s*(?:{rate})(?!\w)", re.IGNORECASE),
        per_year_tail=re.compile(rf"^\s*(?:{alternation(vocab['per_year_tails'])})(?!\w)", re.IGNORECASE),
        qualifiers=qualifiers,
        after_qualifiers=after_qualifiers,
        triggers=triggers,
        offences=offences,
        countries=countries,
        breakdown_tail=re.compile(breakdown, re.IGNORECASE),
        hedge=hedges,
        table_row=_table_row(vocab, hedges),
        shared_each=_shared_each(vocab, hedges),
        each_word=re.compile(rf"\b(?:{alternation(vocab['table']['each'])})\b", re.IGNORECASE),
        place_heading=re.compile(rf"\b(?:{alternation(vocab['table']['place_headings'])})\b", re.IGNORECASE),
        nationality_after=re.compile(
            # "Pakistani nationals", "Afghan migrant workers"; never across a verb or a preposition ("in Iran were women")
            rf"(?:-born|\s+(?:(?!(?:{alternation(vocab['noun_phrase_stops'])})\b)[a-z][\w-]*\s+)?"
            rf"(?:{plural}|{alternation(vocab['person_nouns_singular'])})\b)"),
        name_stopwords=frozenset(w.lower() for w in vocab["name_stopwords"]),
        since_before=re.compile(rf"\b(?:{alternation(vocab['since_words'])})\b[^.;:]{{0,80}}$", re.IGNORECASE),
        carried_out_after=re.compile(
            rf"^[^.;]{{0,120}}?\b(?:{alternation(vocab['auxiliaries'])})\s+(?:\w+\s+)?"
            rf"(?:{alternation(vocab['carried_out_verbs'])})\b", re.IGNORECASE),
        country_heading=re.compile(rf"\b(?:{alternation(vocab['table']['country_headings'])})\b", re.IGNORECASE),
        nationality_heading=re.compile(rf"\b(?:{alternation(vocab['table']['nationality_headings'])})\b", re.IGNORECASE),
        country_name=_country_names(_yaml("countries.yaml")),
        clauses=_clauses(vocab["clauses"], hedges, vocab["since_words"], alternation(vocab["auxiliaries"])),
        rejections=_rejections(_yaml("rejections.yaml")),
        assembly=_assembly(_yaml("assembly.yaml")),
        linking=_linking(_yaml("linking.yaml")),
    )


def _linking(w: dict) -> Linking:
    """The patterns of linking.py and components.py; `w` is data/linking.yaml."""
    def a(key: str) -> str:
        return alternation(w[key])

    i = re.IGNORECASE
    return Linking(
        subject_place=re.compile(
            rf"\s+(?:{a('subject_place_prepositions')})\s+(?:the\s+)?(?:(?:{a('settlement_words')})\s+of\s+)?", i),
        relative_clause=re.compile(rf"\b(?:{a('relative_openers')})\b[^,]{{0,40}}$", i),
        aside=re.compile(rf"(?:,\s*(?:{a('aside_relatives')})|\b(?:{a('aside_gerund_leads')})\s+\w+ing)\b[^,;.:]{{0,100}}$", i),
        person_clause=re.compile(rf"\s(?:{a('person_clause_openers')})\b", i),
        region_stop=re.compile(
            rf"%|\bper\s*cent\b|\bpercent\b|;|\s[—–-]\s|,\s+(?:{a('region_stops_after_comma')}"
            rf"|after\s+(?:{a('determiners')})|(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{a('change_nouns')})"
            rf"|(?:{a('quantifiers')})\s+of\s+(?:{a('of_pronouns')})"
            rf"|including\s+(?:at\s+least\s+|more\s+than\s+)?\d+"
            rf"|and\s+(?:then\s+)?(?:on|in)(?=\s))\b", i),
        said=re.compile(
            rf"\b(?:{a('said_verbs')}|told\s+[\w-]+)\s+(?:(?:{a('said_modifiers')})\s+)?(?:on\s+)?$", i),
        relevant=re.compile(a("relevant_stems"), i),
        span_words=re.compile(a("span_stems"), i),
        follow_up=re.compile(
            rf"(?:{a('follow_up_openers')}|The\s+(?:\w+\s+)?(?:{a('follow_up_nouns')})s?)\b"
            rf"|[^.]{{0,200}}?\b(?:{a('follow_up_anywhere')})\b"),
    )


def _assembly(w: dict) -> Assembly:
    """The patterns of assemble.py; `w` is data/assembly.yaml."""
    def a(key: str) -> str:
        return alternation(w[key])

    i = re.IGNORECASE
    return Assembly(
        breakdown=re.compile(rf"\b(?:{a('breakdown_openers')})\s*$", i),
        # opened by a comma or a dash: "to 196 in 2022 - including 81 put to death on one day in March"
        part_clause=re.compile(rf"(?:,|\s[-–—])\s*(?:{a('part_clause_openers')})\b[^,.;:]*$", i),
        breakdown_lead=re.compile(
            rf"^(?:(?:{a('lead_pronouns')}|Those\s+(?:{a('lead_participles')})(?:\s+\w+){{0,3}})\s+(?:{a('lead_verbs')})\b"
            rf"|(?:{a('partitive_leads')})\s+(?:{a('partitive_heads')})\b[^,.;]{{0,80}},"
            rf"|(?:Broken\s+down\s+)?[Bb]y\s+(?:{a('by_categories')})s?\s*,)"),
        protest_start=re.compile(
            rf"\b(?:{a('protest_nouns')})\b[^.]{{0,80}}?\b(?:{a('outbreak_verbs')})\b[^.]{{0,60}}?", i),
        follow_on=re.compile(rf"^(?:{a('follow_on_subjects')}|The\s+(?:{a('follow_on_after_the')}))\b"),
        same_period=re.compile(rf"\b(?:{a('same_period')})\b", i),
        compared_with=re.compile(rf"\b(?:{a('compared_with')})\s+(?:in\s+|during\s+)?$", i),
        so_far=re.compile(rf"\b(?:{a('so_far')})\b(?!\s+(?:in\s+\d|this\s+year|since))", i),
        single_day=re.compile(rf"\b(?:{a('single_day')})\b", i),
        link_line=re.compile(rf"(?:{a('link_labels')})\s*[:|–—-]", i),
        anchor_words=re.compile(
            rf"\b(?:{a('anchor_counts')})\s+(?:{a('anchor_units')})\s+(?:{a('anchor_directions')})\b", i),
        both_years=re.compile(
            rf"\b(?:{a('both_years_leads')})\s+(?P<y1>(?:19|20)\d\d)\s+(?:{a('both_years_joins')})\s+(?P<y2>(?:19|20)\d\d)\b", i),
    )


def _rejections(w: dict) -> Rejections:
    """The patterns of rejections.py; `w` is data/rejections.yaml."""
    from .numbers import NUMBER   # here, not at the top: numbers.py reads its words through this module

    def a(key: str) -> str:
        return alternation(w[key])

    actions = a("other_actions")
    i = re.IGNORECASE
    figure = r"(?:[^,.;]|(?<=\d)[,.](?=\d))"   # any character of a clause, "1,153" included
    # ... up to the far end of a range: in "rising from 520 in 2021 to 825 in 2022" the year after
    # "to" is the current figure's, not the compared one's
    unranged = rf"(?:(?!\s+to\s){figure})"
    return Rejections(
        side_date=re.compile(
            # "up 25 percent from", "up 32% from": the share written apart from its number or against it
            rf"(?:\b(?:{a('change_words')})\s+(?:(?:of\s+)?(?:[\w.,-]+\s+){{0,2}}?[\w.,-]+\s*(?:{a('share_units')})\s+)?"
            rf"(?:{a('change_prepositions')})\s+(?:the\s+)?(?:(?:{a('like_periods')})\s+)?"
            rf"|\b(?:{a('comparison_openers')})\b[^,.;]{{0,40}}?"
            # "a method it used for the first time in January": when something else first happened
            rf"|\b(?:{a('first_time_words')})\s+(?:{a('first_time_prepositions')})\s+"
            rf"|\bthan\s+(?:(?:{a('multiples')})\s+)?(?:in\s+|during\s+)?(?:the\s+)?"
            # "more than the total number put to death in the whole of last year"
            rf"(?:(?:{a('total_nouns')})s?\b[^,.;]{{0,60}}?\s)?"
            rf"|\b(?:{a('from_words')})(?:\s+(?:of\s+)?[\d.]+\s*(?:{a('share_units')}))?\s+from\s+{unranged}{{1,30}}?\s(?:in\s+|during\s+)?"
            # "tripling its total of 13 in 2023", "double their tally of forty-four in 2020": an owner's
            # own earlier figure, the year it is compared with
            rf"|\b(?:{a('possessives')})\s+(?:[\w-]+\s+)?(?:{a('total_nouns')})s?\s+of\s+(?:{NUMBER})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:in|during)\s+"
            # "below the peak of 1,634 recorded in 2015": a record figure's own year
            rf"|\b(?:{a('record_nouns')})\s+of\s+(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:in|during)\s+)$", i),
        compared_from=re.compile(
            rf"\b(?:{a('change_words')})(?:\s+(?:of\s+)?[\d.]+\s*(?:{a('share_units')}))?\s+(?:{a('change_prepositions')})\s+"
            # "up from 314 the previous year": the figure's own words name its year, with or without "in"
            rf"{unranged}{{1,45}}?\s(?:in\s+|during\s+)?$", i),
        own_clause=re.compile(rf"\s*,?\s*(?:{a('own_clause')})\b", i),
        like_period=re.compile(rf"\b(?:{a('like_periods')})\s+$", i),
        superlative=re.compile(rf"\b(?:{a('superlatives')})\b[^,.;]{{0,60}}$", i),
        superlative_total=re.compile(
            rf"\b(?:{a('superlatives_of_totals')})\s+(?:\w+\s+){{0,2}}?(?:{a('total_nouns')})s?\s+$", i),
        offence_date_before=re.compile(rf"\b(?:{a('offence_date_words')})\s+(?:(?:{a('date_prepositions')})\s+)?$"
                                       rf"|\b(?:{a('arrest_words')})\s+(?:{a('arrest_date_prepositions')})\s+(?:{a('attributive')})\s+$", i),
        group_size=re.compile(rf"\b(?:{a('group_sizes')})\s+(?:[a-z]+\s+){{0,2}}$", i),
        victims_left=re.compile(rf"\b(?:{a('victim_leaving')})\s+$", i),
        victim_state=re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{a('victim_states')})\b", i),
        negated_subject=re.compile(rf"(?:^|[.!?][\"”’]?\s+|\n)(?:{a('negated_subjects')})"
                                   rf"\s+(?!(?:{a('negated_subject_not')})\b)[a-z][\w-]*\b"
                                   rf"(?:(?!\b(?:{a('negated_subject_ends')})\b)[^,.;:!?]){{0,70}}$", i),
        offence_noun_after=re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{a('offence_nouns')})\b", i),
        arrest_clause=re.compile(rf"\b(?:{a('arrest_words')})\b(?!\s+(?:[\w-]+\s+)?(?:{a('convicted_agents')})\b)(?:(?!\b(?:{a('arrest_clause_ends')})\b)[^,.;]){{1,30}}?"
                                 rf"\s(?:in\s+|on\s+)$", i),
        events_of=re.compile(rf"\b(?:{a('events_of')})\s+(?:of\s+|in\s+)$", i),
        attributive=re.compile(rf"\b(?:{a('attributive')})\s+$", i),
        world=re.compile(
            rf"\b(?:{a('world_prepositions')})\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|[a-z]+teen|{a('world_counts')})"
            rf"\s+(?:other\s+)?(?:{a('world_places')})\b|\b(?:{a('world_words')})\b", i),
        world_opener=re.compile(rf"\s*(?:{a('world_openers')})\s*,", i),
        world_report=re.compile(rf"\b(?:{a('world_report_words')})\b", i),
        threshold=re.compile(rf"\b(?:{a('threshold_before')})\b[^,.;:]{{0,40}}$", i),
        at_risk=re.compile(rf"\b(?:{a('at_risk_words')})\b", i),
        # a quoted name may stand between: "the 2022 'Woman, Life, Freedom' uprising"
        attributive_noun=re.compile(rf"\s+(?:[\"“‘'][^\"“”‘’'.;]{{1,40}}[\"”’']\s+)?(?!(?:{a('figure_nouns')})\b)[a-z][a-z-]+\b"),
        country_noun=re.compile(rf"\b(?:{a('country_nouns')})\b", i),
        world_exclusion=re.compile(rf"\b(?:{a('world_exclusions')})\b[^.;]{{0,80}}$", i),
        world_share_after=re.compile(
            rf"(?:\s*(?:{a('world_share_list_joins')})\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})*,?\s+"
            rf"(?:(?:{a('world_share_fillers')})\s+)*"
            rf"(?:{a('world_share_verbs')})\s+(?:[\w'’.,-]+\s+){{0,3}}?(?:{a('world_share_nouns')})(?!\w)", i),
        world_share_before=re.compile(rf"\b(?:{a('world_share_before')})\s+(?:[A-Z][\w'’-]*\s*(?:,|and)?\s+)*$", i),
        definite=re.compile(
            # "951 of the 1,170 executions": a part of a figure told before
            rf"(?:^|[^\w\s]\s*|\b(?:{a('definite_of')})\s+of\s+|(?<![\w,.])\d[\d,.]*\s+of\s+)(?:{a('definite_articles')})\s+$", i),
        definite_opening=re.compile(rf"(?:{a('definite_articles')})\s", i),
        other_action=re.compile(
            rf"\b(?:{actions})\s+(?:of\s+)?(?:(?:{a('attributive')})\s+)?(?:[\w-]+\s+)?$", i),
        other_action_any=re.compile(rf"\b(?:{actions})\b", i),
        rate_near=re.compile(rf"\b(?:{a('rates_near')}|(?:{a('rates_near_before_word')})\s+\w+)\b", i),
        known_group=re.compile(rf"\b(?:{a('known_group')})\s+$", i),
        relatives=re.compile(rf"\b(?:{a('possessives')}|{a('family_before')})\s+$", i),
        range_before=re.compile(
            rf"(?:\b(?:{a('range_openers')})\s+(?<![\w,.]){NUMBER}\s+(?:{a('range_opened_joiners')})"
            rf"|(?<![\w,.])(?!(?:19|20)\d\d\b){NUMBER}\s+(?:{a('range_joiners')}))\s+$", i),   # not "in 2020 to 410"
        proportion=re.compile(rf"(?<![\w,.]){NUMBER}\s+(?:{a('proportion_before')})\s+$", i),
        proportion_after=re.compile(rf"\s+(?:{a('proportion_before')})\s+(?!\d{{4}}\b){NUMBER}(?![\w-])", i),
    )


def _clauses(words: dict, hedges: str, since: list, auxiliaries: str) -> Clauses:
    """The clause rules' patterns; `hedges` and `auxiliaries` are alternations of vocab.yaml's lists."""
    copulas = alternation(words["copulas"])
    # "to quash the convictions and death sentences of", "quashed the verdicts and the death
    # sentences of": a verb governs both nouns it joins, the trigger being the second
    joined_object = rf"(?:[a-z][\w-]*\s+and\s+(?:(?:{_in_order(words['governed_determiners'])})\s+)?)?"
    return Clauses(
        predicate_before=re.compile(rf"\b(?:{copulas})\s+$", re.IGNORECASE),
        one_of=re.compile(rf"\b(?:{alternation(words['one_of'])})\b", re.IGNORECASE),
        relative_before=re.compile(rf"\b(?:{alternation(words['relative_pronouns'])})\s+(?:\w+\s+)?$", re.IGNORECASE),
        relative=re.compile(rf"\b(?:{alternation(words['relative_pronouns'])})\b", re.IGNORECASE),
        new_group=re.compile(rf"(?:{alternation(words['new_group'])})\b", re.IGNORECASE),
        pluperfect=re.compile(rf"(?:{alternation(words['pluperfect'])})\b", re.IGNORECASE),
        communicated=re.compile(rf"\b(?:{alternation(words['communicated'])})\b[^.;:]{{0,60}}?\bthat\b[^.;:]{{0,60}}$",
                                re.IGNORECASE),
        governed_before=re.compile(
            rf"(?:\bnot\s+(?:\w+\s+){{0,3}}|\bto\s+)(?:{alternation(words['infinitive_verbs'])})\s+"
            rf"(?:(?:{_in_order(words['governed_determiners'])})\s+)?"
            rf"{joined_object}$",
            re.IGNORECASE),
        other_action_after=re.compile(
            rf"\s+(?:{copulas}|{auxiliaries})\s+(?:\w+ly\s+|also\s+|then\s+)?"
            rf"(?:{alternation(words['other_participles'])})\b", re.IGNORECASE),
        other_verb_between=re.compile(
            rf"\b(?:{alternation(words['other_verb_joiners'])})\s+(?:\w+ly\s+|also\s+)?"
            rf"(?:{alternation(words['other_participles'])})\b", re.IGNORECASE),
        prison_term_after=re.compile(
            rf"\s+(?:{copulas}|{auxiliaries})\s+(?:\w+ly\s+|also\s+)?(?:{alternation(words['prison_term_verbs'])})\s+"
            rf"(?!(?:{alternation(words['prison_term_not'])})\b)(?:(?:{alternation(words['prison_term_leads'])})\s+)?"
            rf"(?:[\w.,-]+\s+){{0,2}}?(?:{alternation(words['prison_term_units'])})\b", re.IGNORECASE),
        share_after=re.compile(
            rf"\s*,?\s*(?:{alternation(words['share_openers'])})\s*(?:(?:{hedges})\s+)?"
            rf"\d+(?:[.,]\d+)?\s*(?:{alternation(words['share_units'])})", re.IGNORECASE),
        share_of_world=re.compile(
            rf"\s*,?\s*(?:{alternation(words['share_openers'])})\s*(?:(?:{hedges})\s+)?"
            rf"\d+(?:[.,]\d+)?\s*(?:{alternation(words['share_units'])})\s+of\s+(?:{alternation(words['share_of_world'])})\b",
            re.IGNORECASE),
        so_far=re.compile(rf"\b(?:{alternation(words['so_far'])})\b", re.IGNORECASE),
        since=re.compile(rf"\b(?:{alternation(since)})\b", re.IGNORECASE),
        denied_before=re.compile(rf"\b(?:{alternation(words['denials'])})\b"
                                 rf"(?!\s+(?:{alternation(words['denied_requests'])})\b)[^.;!?]{{0,140}}$", re.IGNORECASE),
        denied_after=re.compile(
            rf"[^.;!?]{{0,140}}?\b(?:{copulas})\s+(?:\w+ly\s+)?(?:{alternation(words['denied_states'])})\b", re.IGNORECASE),
        # "quashed the death sentence of": the verb's object may open on a determiner
        stopped_before=re.compile(rf"\b(?:{alternation(words['stopping_verbs'])})\s+"
                                  rf"(?:(?:{_in_order(words['governed_determiners'])})\s+)?{joined_object}$", re.IGNORECASE),
        # "originally scheduled eight executions", "have halted four of them": the verb whose object is the count
        stopped_count_before=re.compile(rf"\b(?:{alternation(words['stopping_verbs'] + words['planning_verbs'])})\s+"
                                        rf"(?:(?:{_in_order(words['governed_determiners'])})\s+)?$", re.IGNORECASE),
        depicted_before=re.compile(rf"\b(?:{alternation(words['depiction_verbs'])})\s+$", re.IGNORECASE),
        reprieve=re.compile(rf"\b(?:{alternation(words['reprieve_words'])})\b", re.IGNORECASE),
        halted_after=re.compile(
            rf"[^.;]{{0,160}}?\b(?:{alternation(words['halted_openers'])})\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:{alternation(words['halted_back_references'])})\s+(?:{auxiliaries})\s+(?:\w+ly\s+|also\s+|then\s+)?"
            rf"(?:{alternation([w for w in words['not_done_verbs'] if w not in words['planned_verbs']])})\b", re.IGNORECASE),
        speaks_after=re.compile(rf"(?:\s+and\s+(?:{alternation(words['speaker_coordinated'])})\s+(?:[\w-]+\s+){{0,5}}?[\w-]+)?"
                                rf"\s+(?:{alternation(words['speech_verbs'])})\b", re.IGNORECASE),
        not_done_after=re.compile(
            rf"[^.;]{{0,80}}?\b(?:{auxiliaries})\s+(?:\w+ly\s+|also\s+|then\s+)?"
            rf"(?:{alternation(words['not_done_verbs'])})\b"
            rf"|\s+(?:(?:{alternation(words['reduced_not_done_adverbs'])})\s+)?"
            rf"(?:{alternation(words['reduced_not_done_verbs'])})\b", re.IGNORECASE),
        planned_after=re.compile(
            rf"[^.;]{{0,80}}?\b(?:{auxiliaries})\s+(?:\w+ly\s+|also\s+|now\s+)?"
            rf"(?:{alternation(words['planned_verbs'])})\b", re.IGNORECASE),
        carried_out_later=re.compile(
            rf"[^.;]{{0,80}}?\b(?:{alternation(words['carried_out_later'])})\b", re.IGNORECASE),
        stopped_after=re.compile(
            rf"[^.;]*?\b(?:{alternation(w for w in words['not_done_verbs'] if w not in words['planned_verbs'])})\b",
            re.IGNORECASE),
        generic_person=re.compile(rf"an?\s+(?:{alternation(words['generic_people'])})$", re.IGNORECASE),
        generic_after=re.compile(
            rf"[^.;:]{{0,120}}?\b(?:(?:{alternation(words['generic_judgements'])})\b"
            rf"|(?:{alternation(words['generic_copulas'])})\s+(?:(?:{alternation(words['generic_adverbs'])})\s+)?"
            rf"(?:{alternation(words['generic_states'])})\b)", re.IGNORECASE),
    )


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
