"""The builders of the Lexicon's big compiled patterns from the data files load() reads: the count
mention, the triggers, offences and countries (one grouped alternation each), the rows of a listed
breakdown, and `compile_lexicon`, which builds the whole Lexicon (the rule modules' tables through
lexicon_rules.rule_tables).

Called only through lexicon.load(), inside its choice of data directory (lexicon.read_data).
"""
from __future__ import annotations

import json
import re

from .lexicon import alternation, check_pattern, in_order, read_data, read_yaml, where_read
from .lexicon_fields import Lexicon
from .lexicon_rules import hedged_qualifiers, rule_tables


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
    occasion = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in vocab["occasion_modifiers"])
    return re.compile(
        rf"\b(?<![\w,.-]){designated}(?:(?P<hedge>{hedges})\s+)?"
        rf"(?:(?P<num>{NUMBER})(?:-(?:{alternation(w for ws in vocab['attached_qualifiers'].values() for w in ws)})"
        rf"|\s+(?:{alternation(w for ws in vocab['after_qualifiers'].values() for w in ws)}))?"
        rf"|(?P<one>{in_order(vocab['single_determiners'])}))(?![\w-])\s+"
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
        rf"(?!\s+[A-Za-z-]+\s+(?:{bodies})\b)|{occasion}(?P<event>{events})|(?P<dsent>{sentences})"
        rf"|(?P<more>more|other)(?=\s+(?:{alternation(vocab['more_before'])})\b)"
        # "two men were shot dead on 22 February, and a third was executed": one further person
        rf"|(?(one)(?P<nth>{alternation(vocab['further_ordinals'])})(?=\s+(?:{alternation(vocab['further_ordinal_verbs'])})\b)|(?!)))\b",
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


def _shared_each_after(vocab: dict, hedges: str) -> re.Pattern:
    """As `_shared_each`, with "each" after the number: several labels, at most six lower-case words (a
    verb phrase), an optional hedge, the number, an optional noun, then "each". Examples: "Alabama,
    South Carolina and Texas tied for second place with five executions each", "Missouri and
    Oklahoma executed four each" (tables.each_rows)."""
    from .numbers import NUMBER
    label = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    return re.compile(
        rf"(?<![\w'’-])(?P<labels>{label}(?:\s*,\s*{label})*,?\s+and\s+{label})\s+"
        rf"(?:[a-z][\w-]*\s+){{0,6}}?(?:(?P<hedge>{hedges})\s+)?"
        rf"(?P<num>{NUMBER})(?:\s+[a-z][\w-]*)?\s+(?:{alternation(vocab['table']['each'])})(?![\w-])")


def _table_row(vocab: dict, hedges: str) -> re.Pattern:
    """One line of a listed breakdown: an optional bullet, a label, a colon or dash, an optional
    hedge, the number, "each" when the label lists several, an optional noun and share.

    Examples: "- Kurdish prisoners: 72 (27%)", "Alborz – 93 hangings", "Zahedan: 27 cases",
    "Golestan, Qazvin and Isfahan: 3 each", "drug offences – 632", and the dot leaders of an
    annual report's set-out figures, "Murder (qisas) ........ 689", "Political charges . 57"
    (the group `leader`: a run of dots, or one dot with a space either side, between label and number),
    and "Iran: 253+", at least the figure (the group `plus`).
    """
    from .numbers import NUMBER
    table = vocab["table"]
    return re.compile(
        rf"^[ \t]*(?:[-•*–—][ \t]+)?(?P<label>[^\n:–—;]{{1,80}}?)[ \t]*"
        rf"(?::|[ \t][-–—]|[–—]|(?P<leader>(?<=[ \t])\.[ \t]|\.{{2,}}[ \t]*))[ \t]*"
        # "31, including nine for espionage": a comma may close the figure, never split one ("1,000")
        # "Iran: 253+": a plus after the figure says at least that many
        rf"(?:(?P<hedge>{hedges})\s+)?(?P<num>{NUMBER})(?P<plus>\+)?(?![\w%.+-]|,\d|\s*(?:%|per\s*cent|percent))"
        rf"(?:\s+(?P<each>{alternation(table['each'])}))?"
        rf"(?:\s+(?P<noun>{alternation(table['row_nouns'])}))?(?:\b|(?<=\+))"
        rf"(?:\s*\([^()\n]{{0,60}}\))?(?P<rest>[^\n]{{0,200}})$",
        re.IGNORECASE | re.MULTILINE)


def _table_row_number_first(vocab: dict, hedges: str) -> re.Pattern:
    """One line of a listed breakdown that opens on its number, the label after it: an optional bullet,
    an optional hedge, the number, the label to the line's end (an optional closing ";", "," or ".").

    Examples: "- 72 Kurdish prisoners", "16 Baluch prisoners", "- 419 for murder", "- at least 9 women;".
    Read only under a heading ending in ":" that tells of executions (tables.find_tables, table_passes).
    """
    from .numbers import NUMBER
    return re.compile(
        rf"^[ \t]*(?:[-•*–—][ \t]+)?(?:(?P<hedge>{hedges})\s+)?(?P<num>{NUMBER})(?![\w%.,-])(?!\s*(?:%|per\s*cent|percent))"
        rf"[ \t]+(?P<label>[A-Za-z(][^\n:;]{{0,80}}?)[ \t]*(?P<rest>[;,.]?)[ \t]*$",
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


def english_names(entry: dict) -> list[str]:
    """A countries.yaml entry's own names in English (its `names` in ASCII): "North Korea"."""
    return [n for n in entry.get("names") or () if n.isascii()]


def _country_names(table: dict) -> re.Pattern:
    """The English names of the countries that can be a claim's (countries.yaml `names` of an entry
    with `report` words), one group `<ISO>__<n>` each: what a row label that is a country, not a
    state, city or nationality, reads ("North Korea: at least 60")."""
    rows = [(iso, english_names(entry)) for iso, entry in table.items() if entry.get("report")]
    body = "|".join(rf"(?P<{iso}__{i}>{alternation(names)})" for i, (iso, names) in enumerate(rows) if names)
    return re.compile(rf"\b(?:{body})\b")


def _national_bodies(table: dict, nouns: list) -> re.Pattern:
    """A country's adjective before a noun of its state ("Nigerian courts", "Kuwaiti authorities",
    data/places.yaml state_bodies), one group `<ISO>__<n>` each over the adjective alone: the body
    of a state acts where that state is, as the country's name does (adjectives already among a
    country's `report` words are found there)."""
    rows = [(iso, [a for a in entry.get("adjectives") or () if a.isascii() and a not in entry["report"]])
            for iso, entry in table.items() if entry.get("report")]
    body = "|".join(rf"(?P<{iso}__{i}>{alternation(adj)})" for i, (iso, adj) in enumerate(rows) if adj)
    return re.compile(rf"\b(?:{body})(?=\s+(?:{alternation(nouns)})\b)")


def _nationals(table: dict) -> list[str]:
    """The plural nationality words of countries.yaml, each listed there beside its singular
    ("Somalis" by "Somali"): "four Somalis and three Ethiopians were executed" counts people."""
    return [a for entry in table.values() for adjectives in [entry.get("adjectives") or ()]
            for a in adjectives if a.isascii() and a.endswith("s") and a[:-1] in adjectives]


def compile_lexicon() -> Lexicon:
    """Compile the vocabulary files load() is reading."""
    vocab = read_yaml("vocab.yaml")
    table = read_yaml("countries.yaml")   # one table for every use of a country's name
    vocab["person_nouns_plural"] = list(vocab["person_nouns_plural"]) + _nationals(table)
    events = read_yaml("events.yaml")
    alternatives = []
    for event, voices in events.items():
        for voice, patterns in (voices or {}).items():
            for i, pattern in enumerate(patterns or ()):
                check_pattern(f"{where_read('events.yaml')}, {event}.{voice}[{i}]", pattern)
                alternatives.append(rf"(?P<{event}__{voice}__{len(alternatives)}>{pattern})")
    # one pass over the text; at a given position the first listed phrasing wins. The single
    # leading \b lets the engine skip mid-word positions at once.
    triggers = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)
    hedged = hedged_qualifiers(vocab)
    qualifiers = tuple(
        (re.compile(rf"^(?:{alternation(words)})$", re.IGNORECASE), name)
        for name, words in hedged.items()
    )
    after_qualifiers = tuple(
        (re.compile(rf"-(?:{alternation(words)})\b", re.IGNORECASE), name)
        for name, words in vocab["attached_qualifiers"].items()) + tuple(
        (re.compile(rf"\s+(?:{alternation(words)})\b", re.IGNORECASE), name)
        for name, words in vocab["after_qualifiers"].items())
    offences = _grouped(read_data("offences.jsonl"), "offence", re.IGNORECASE)
    countries = _countries(table)
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
        table_row_number_first=_table_row_number_first(vocab, hedges),
        shared_each=_shared_each(vocab, hedges),
        shared_each_after=_shared_each_after(vocab, hedges),
        each_word=re.compile(rf"\b(?:{alternation(vocab['table']['each'])})\b", re.IGNORECASE),
        place_heading=re.compile(rf"\b(?:{alternation(vocab['table']['place_headings'])})\b", re.IGNORECASE),
        nationality_after=re.compile(
            # "Pakistani nationals", "Afghan migrant workers"; never across a verb or a preposition ("in Iran were women")
            rf"(?:-born|\s+(?:(?!(?:{alternation(vocab['noun_phrase_stops'])})\b)[a-z][\w-]*\s+)?"
            rf"(?:{plural}|{alternation(vocab['person_nouns_singular'])})\b)"),
        name_stopwords=frozenset(w.lower() for w in vocab["name_stopwords"]),
        # (the dot of an initial or abbreviation ends no clause: "since the U.S. Supreme Court struck down ... in 1972")
        since_before=re.compile(rf"\b(?:{alternation(vocab['since_words'])})\b(?:[^.;:]|(?<=\b(?-i:[A-Z]))\.){{0,80}}$",
                                re.IGNORECASE),
        carried_out_after=re.compile(
            rf"^[^.;]{{0,120}}?\b(?:{alternation(vocab['auxiliaries'])})\s+(?:\w+\s+)?"
            rf"(?:{alternation(vocab['carried_out_verbs'])})\b", re.IGNORECASE),
        country_heading=re.compile(rf"\b(?:{alternation(vocab['table']['country_headings'])})\b", re.IGNORECASE),
        nationality_heading=re.compile(rf"\b(?:{alternation(vocab['table']['nationality_headings'])})\b", re.IGNORECASE),
        country_name=_country_names(table),
        country_names=frozenset(n for entry in table.values() for n in english_names(entry)),
        national_bodies=_national_bodies(table, read_yaml("places.yaml")["state_bodies"]),
        **rule_tables(),
    )
