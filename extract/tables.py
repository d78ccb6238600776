"""Breakdowns set out as lists or pseudo-tables, one part of a statistic per line.

Monthly and annual reports often follow a total with lines such as

    Breakdown by charge:
    Drug-related offences: 30 (52%)
    Murder: 28 (48%)

or "Alborz – 93 hangings", "Golestan, Qazvin and Isfahan: 3 each". SCHEMA.md makes each
line a required aggregate claim with the statistic's period; a line is never an incident
of its own, whatever its wording. The row pattern is vocabulary (vocab.yaml `table`,
compiled by lexicon.py); this module only finds the blocks and reads each row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import alternation, group_label, lexicon, qualifier_of, read_yaml
from .numbers import NUMBER, parse_number

MIN_ROWS = 2            # one "Label: N" line alone is a heading or a dateline, not a table
MIN_ROWS_UNANNOUNCED = 3  # without a heading ending in ":", only a longer run is taken as a table
_SPLIT_LABEL = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TABLE_WORDS = read_yaml("vocab.yaml")["table"]
# what may follow a row's figure: nothing, a mark, or its own year first ("17 in 2020, down from 22 ...")
ROW_YEAR = re.compile(rf"^\s*(?:{alternation(_TABLE_WORDS['row_year_prepositions'])})\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
_REST_OK = re.compile(rf"^\s*(?:(?:{alternation(_TABLE_WORDS['row_year_prepositions'])})\s+(?:19|20)\d\d\s*)?(?:[,;.]|$)",
                      re.IGNORECASE)
# "3 each from Sudan, India and Afghanistan": the labels a number-first line's figure is each of
_EACH_OF = re.compile(rf"(?:{alternation(_TABLE_WORDS['each'])})\s+(?:{alternation(_TABLE_WORDS['each_prepositions'])})"
                      rf"\s+(?:the\s+)?(?P<labels>.+)$", re.IGNORECASE)

# "China: thousands", "- North Korea: unknown": a row that gives no figure (vocab.yaml table.no_figure)
_NO_FIGURE_ROW = re.compile(rf"[ \t]*(?:[-•*–—][ \t]+)?[^\n:–—;\d]{{1,80}}?[ \t]*(?::|[ \t][-–—])[ \t]*"
                            rf"(?:{alternation(_TABLE_WORDS['no_figure'])})[ \t]*\.?[ \t]*", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    """One part of a listed breakdown: the label as written, its figure, the line's offsets."""

    start: int
    end: int
    label: str
    value: int
    qualifier: str
    offences: tuple
    country: str | None    # an ISO code when the label names a country
    leader: bool = False   # label and figure joined by dot leaders ("Rape ........ 29")
    tail: str = ""         # the words after the figure (", up from 6 in 2022"), ending at `end`
    number_first: bool = False  # the line opens on its figure ("- 72 Kurdish prisoners"): only under a heading


@dataclass(frozen=True)
class Table:
    """A run of rows and the heading line just before it (its offsets; (0, 0) when none)."""

    heading: tuple
    rows: tuple
    places: bool      # the heading announces places: each label is a location
    countries: bool   # the heading announces countries: a country label is the claim's country

    @property
    def start(self) -> int:
        return self.rows[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end


def _rows(text: str, start: int, end: int) -> list[Row]:
    """The rows of one line ("A, B and C: 3 each" gives three), or [] when it is not a row."""
    lex = lexicon()
    m = lex.table_row.match(text, start, end)
    if m is None or m.end() != end or not _REST_OK.match(m.group("rest")):
        return _number_first_row(text, start, end)
    value = parse_number(m.group("num"))
    label = m.group("label").strip()
    if not value or not label or label[0].isdigit():
        return []   # "2024: 12" is a year's figure told as a date line, left to the sentence rules
    labels = [x for x in _SPLIT_LABEL.split(label) if x] if m.group("each") else [label]
    rows = []
    qualifier = "at_least" if m.group("plus") and not m.group("hedge") else qualifier_of(m.group("hedge"))
    for part in labels:
        rows.append(Row(start, end, part, value, qualifier, *_charges_and_country(part),
                        bool(m.group("leader")), m.group("rest")))
    return rows


def _number_first_row(text: str, start: int, end: int) -> list[Row]:
    """The row of a line that opens on its figure ("- 72 Kurdish prisoners", "- 419 for murder"), or []."""
    lex = lexicon()
    m = lex.table_row_number_first.match(text, start, end)
    if m is None or m.end() != end:
        return []
    value, label = parse_number(m.group("num")), m.group("label").strip()
    # a line that tells its own news ("- 2 men hanged in Shiraz on 3 May") is a sentence, read as one:
    # only a bare group ("Kurdish prisoners", "for murder") is a part of the heading's figure
    if not value or not label or lex.triggers.search(label):
        return []
    each = _EACH_OF.fullmatch(label)
    labels = [x for x in _SPLIT_LABEL.split(each.group("labels")) if x] if each else [label]
    return [Row(start, end, part, value, qualifier_of(m.group("hedge")), *_charges_and_country(part),
                number_first=True) for part in labels]


def _charges_and_country(label: str) -> tuple:
    """(offences named in a row's label, in order, once each; the ISO code of a country it names, or None).
    A label that is a country's own name and nothing else ("Oman – 2", "Chad: 10") is that country,
    though the name alone is no `report` word in prose ("the Gulf of Oman", a man called Chad)."""
    lex = lexicon()
    whole = lex.country_name.fullmatch(label.strip())
    return (tuple(dict.fromkeys(group_label(o) for o in lex.offences.finditer(label))),
            next((group_label(c) for c in lex.countries.finditer(label)), group_label(whole) if whole else None))


def countries_listed(rows: list[Row], heading: str) -> bool:
    """Rows each labelled by a country's own name, two countries at least ("North Korea: at least
    60", "Yemen: at least 53" under "Executions recorded in 2010 included:"): a list of countries
    whatever the heading says, unless it announces nationalities ("The foreigners executed this
    year came from:"), where each label is where the people came from (rule country.table_label)."""
    lex = lexicon()
    named = [m for m in (lex.country_name.fullmatch(row.label.strip()) for row in rows) if m]
    return (len(named) == len(rows) and len({group_label(m) for m in named}) >= MIN_ROWS
            and not lex.nationality_heading.search(heading))


def find_tables(text: str, paragraphs: list[tuple[int, int]]) -> list[Table]:
    """Every run of row lines in `text` (paragraphs: one per line, see sentences.paragraphs)."""
    lex = lexicon()
    tables: list[Table] = []
    run: list[Row] = []
    run_first = -1

    def close(k: int) -> None:
        if not run:
            return
        heading = paragraphs[run_first - 1] if run_first > 0 else (0, 0)
        announced = text[heading[0]:heading[1]].rstrip().endswith(":")
        lines = len({r.start for r in run})
        if not announced and any(r.number_first for r in run):
            return   # "12 defendants ..." lines with no heading announcing them are no table
        if lines >= (MIN_ROWS if announced else MIN_ROWS_UNANNOUNCED):
            words = text[heading[0]:heading[1]]
            tables.append(Table(heading, tuple(run), bool(lex.place_heading.search(words)),
                                bool(lex.country_heading.search(words)) or countries_listed(run, words)))

    lead = -1   # the first of the rows with no figure just before the line ("China: thousands")
    for k, (s, e) in enumerate(paragraphs):
        rows = _rows(text, s, e) if e - s <= 300 else []
        if not rows and _NO_FIGURE_ROW.fullmatch(text, s, e):
            # a row with no figure keeps a table open; before its first row, the heading is above it
            if not run and lead < 0:
                lead = k
            continue
        if rows and run and rows[0].number_first != run[-1].number_first:
            # "Murder: 12" rows and "- 3 women" lines are two lists, never one table
            close(k)
            run = []
        if rows:
            if not run:
                run_first = lead if lead >= 0 else k
            lead = -1
            run.extend(rows)
            continue
        close(k)
        run, lead = [], -1
    close(len(paragraphs))
    return tables


@dataclass(frozen=True)
class NameList:
    """People named one per line under a heading ending in ":" ("the following prisoners:")."""

    heading: tuple          # offsets of the heading line
    start: int              # first and last line of the list
    end: int
    names: tuple
    offences: tuple         # every charge named on the lines


_BULLET = re.compile(r"[ \t]*(?:[-•*–—][ \t]+|\d{1,2}[.)][ \t]+)?")
_AFTER_NAME = re.compile(r"\s*(?:$|[,(;:]|[–—-]\s)")


def _listed_name(text: str, start: int, end: int) -> str | None:
    """The person a list line names ("- Behnam Soltanzadeh, 29, convicted of ..."), or None."""
    from .name_mentions import NAME   # one definition of what a name looks like

    at = _BULLET.match(text, start, end).end()
    m = NAME.match(text, at, end)
    if m is None or not _AFTER_NAME.match(text, m.end(), end):
        return None
    words = m.group(0).split()
    if any(w.strip("'’").lower() in lexicon().name_stopwords for w in words):
        return None
    return m.group(0)


def find_name_lists(text: str, paragraphs: list[tuple[int, int]]) -> list[NameList]:
    """Every run of at least two name lines right after a heading that ends with ":"."""
    lex = lexicon()
    found = []
    k = 0
    while k < len(paragraphs):
        if k == 0 or not text[paragraphs[k - 1][0]:paragraphs[k - 1][1]].rstrip().endswith(":"):
            k += 1
            continue
        names, j = [], k
        while j < len(paragraphs) and (name := _listed_name(text, *paragraphs[j])):
            names.append(name)
            j += 1
        if len(names) >= MIN_ROWS:
            start, end = paragraphs[k][0], paragraphs[j - 1][1]
            offences = tuple(dict.fromkeys(group_label(o) for o in lex.offences.finditer(text, start, end)))
            found.append(NameList(paragraphs[k - 1], start, end, tuple(names), offences))
        k = max(j, k + 1)
    return found


_INLINE_ROW = re.compile(
    rf"(?<![\w'’-])(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})\s+\((?P<num>{NUMBER})\)")


def inline_rows(text: str, start: int, end: int) -> list[Row]:
    """A breakdown written into one sentence as labels with a figure in brackets: "Alabama (four),
    Missouri (three) and Utah (one)". Two such items at least, or none."""
    lex = lexicon()
    rows = []
    for m in _INLINE_ROW.finditer(text, start, end):
        value = parse_number(m.group("num"))
        label = m.group("label")
        country = next((group_label(c) for c in lex.countries.finditer(label)), None)
        if not value or m.group("num").isdigit() and (len(m.group("num")) == 4 or " " in label and not country):
            continue   # "(2019)" is a year; "Ali Rezaei (34)" a person's age
        rows.append(Row(m.start(), m.end(), label, value, "exact", (), country))
    return rows if len(rows) >= MIN_ROWS else []


def each_rows(text: str, start: int, end: int) -> list[Row]:
    """A figure shared out to each of several places in one sentence [start, end): "Alabama, South
    Carolina and Texas each carried out five executions", "Georgia and Ohio each executed three",
    "Missouri and Oklahoma executed four each" (lexicon shared_each, shared_each_after). One Row per
    label, all at the shared number's offsets, or none."""
    lex = lexicon()
    m = lex.shared_each.search(text, start, end) or lex.shared_each_after.search(text, start, end)
    value = parse_number(m.group("num")) if m else None
    if not value:
        return []
    labels = [x.strip() for x in _SPLIT_LABEL.split(m.group("labels")) if x.strip()]
    # "Both Alabama and Texas each ...": a capitalised word that opens the sentence is no part of a label
    first = labels[0].split()
    while first and first[0].lower() in lex.name_stopwords:
        first = first[1:]
    labels[0] = " ".join(first)
    if not all(labels):
        return []
    n0 = m.start("hedge") if m.group("hedge") else m.start("num")
    return [Row(n0, m.end("num"), label, value, qualifier_of(m.group("hedge")), (),
                next((group_label(c) for c in lex.countries.finditer(label)), None)) for label in labels]
