"""The names of people found in a report (`find_names`), with character offsets: each a Count of one
(noun "name"), joined when listed together ("A, B and C"), and `NAME`, what a person's name looks
like (tables.py reads it too). Words from data/mentions.yaml.
"""
from __future__ import annotations

import re

from .casefold import search
from .date_names import MONTHS, WEEKDAYS
from .lexicon import alternation, read_yaml, words
from .mentions import Count
from .numbers import NUMBER, parse_number
from .sentences import scan

_W = words("mentions.yaml")

_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?)"
# the space between the words of one name: never a line break, so the last word of a heading with no
# full stop ("Executions in Shiraz") does not join the first name of the paragraph under it
_GAP = r"[^\S\n]+"
# "Robert W. Roberson", "Kenneth E. Smith": a middle initial (or two) between the given name and the next
_INITIALS = rf"(?:[A-Z]\.{_GAP}){{1,2}}"
NAME = re.compile(
    # "Shahrouz 'Alex' Sokhanvari": a nickname in quotes after the given name is part of the name; so is
    # another form of the given name in brackets ("Gholamreza (Reza) Rasaei", "Reza (Gholamreza) Rasaei")
    rf"(?<![\w.])(?:(?:{_W['name_titles']}){_GAP})?{_NAME_WORD}(?:{_GAP}['‘\"“]{_NAME_WORD}['’\"”](?={_GAP}[A-Z])"
    rf"|{_GAP}\({_NAME_WORD}\)(?={_GAP}[A-Z]))?"
    rf"(?:{_GAP}(?:{_INITIALS})?(?:{_W['name_joined_particles']}|(?:{_W['name_particles']}){_GAP})?"
    rf"{_NAME_WORD}){{1,3}}(?![\w-])")
_NAME_ORIGIN = rf"\s+(?:{_W['name_origins']})\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# "A, 67, B, 67, and C, 48": an age set off by commas after each name of a list
_NAME_AGE = r"(?:\s*,\s*\d{1,3}(?=\s*,))"
# "A of the Bangladesh Nationalist Party and B of Jamaat-e-Islami": the party each belonged to
_NAME_AFFILIATION = r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
# "A, known as Dr B, and C": the alias set off by commas after a name, part of the gap to the next
_NAME_ALIAS = rf"(?:\s*,\s*(?:{_W['name_aliases']})\s+[^,.;:]{{1,40}}?(?=\s*,))"
_ALIAS_BEFORE = re.compile(rf",\s*(?:{_W['name_aliases']})\s+$")
_NAME_LIST_SEP = re.compile(
    rf"^(?:{_NAME_ORIGIN}|{_NAME_AFFILIATION})?{_NAME_AGE}?{_NAME_ALIAS}?"
    # "A, his cousin B and C": a relation after the comma, as after "and"
    rf"(?:\s*,\s*(?:and\s+)?(?:(?:{_W['name_list_possessives']})\s+(?-i:[a-z][\w-]*)\s+)?"
    rf"|\s+and\s+(?:{_W['name_list_possessives']})?\s*(?:\w+\s+)?"
    # "A and former home minister B": an office the next one once held (mentions.yaml former_words)
    rf"|\s+and\s+(?:{_W['former_words']})\s*(?:[\w-]+\s+){{0,2}}?(?i:{_W['office_titles']})\s+"
    rf"|\s+and\s+"
    rf"(?:(?:{_W['name_list_prepositions']})\s+)?)$")
_ORIGIN_AFTER = re.compile(rf"^{_NAME_ORIGIN}(?![\w'’-])")
# the group's noun phrase is read to its end ("and three other Kurdish prisoners"), so that the verb after it
# stands right beside the names' count, as it would after the names alone
_OTHERS = re.compile(rf"^\s+(?:{_W['others_joiners']})\s+(?P<num>{NUMBER})\s+(?:{_W['others_words']})\b"
                     rf"(?:\s+(?:[A-Za-z-]+\s+)?(?:[A-Za-z-]+s|{_W['others_plurals']})\b)?", re.IGNORECASE)


_SPEAKER_AFTER = re.compile(rf"^(?:,[^,.]{{0,70}},)?\s+(?:{_W['speaker_verbs']})\b")
# "the death sentence handed to X": the person the sentence was given to, never a place "to" names
_GIVEN_TO = re.compile(rf"\b(?:{_W['sentence_given_verbs']})\s+to\s+$", re.IGNORECASE)
_ROLE_BEFORE = re.compile(
    rf"(?:\b(?:{_W['role_words']}|(?:{_W['role_stems_longer']})\w+)|-based)\s*,?\s*$")
# "A, his cousin B and C", "A and her brother B": a relative named inside a list of people, one of them
# (a role word before a name is otherwise an official's: "the prosecutor, X")
_LISTED_RELATIVE = re.compile(rf"(?:,|\band)\s+(?:{_W['name_list_possessives']})\s+(?-i:[a-z][\w-]*)\s+$")
_NOT_FIRST = frozenset(_W.value("not_first_words"))
# "Yen May Woen": a month that is also a given name, inside a name between two of its words
_INNER_NAME_WORDS = frozenset(_W.value("inner_name_words"))
# "convicted of attacking former military ruler Pervez Musharraf": the deed's victim, a few lower-case
# words (a role, an article) after its verb
_VICTIM_BEFORE = re.compile(rf"\b(?:{_W['victim_deeds']})\s+(?:(?-i:[a-z][\w-]*)\s+){{0,3}}$", re.IGNORECASE)


def _is_victim_name(text: str, m: re.Match, stopwords: frozenset) -> bool:
    """A capitalised sequence that can be a person put to death: no organisation or place
    word, not a speaker ("X said"), not an official ("the prosecutor, X")."""
    words = m.group(0).split()
    if words[0].lower() in _NOT_FIRST or any(w.strip("'’").lower() in stopwords and not (
            0 < k < len(words) - 1 and w in _INNER_NAME_WORDS) for k, w in enumerate(words)):
        return False
    if _NATIONALITY.fullmatch(m.group(0)):
        return False   # "a Sri Lankan housemaid": who she was, no name
    if any(w.lower().endswith("-based") for w in words):
        return False
    if text[m.end():m.end() + 2] in ("'s", "’s") or text[m.end():m.end() + 1] in ("'", "’"):
        return False
    official = search(_ROLE_BEFORE, text, max(0, m.start() - 40), m.start()) \
        and not search(_FORMER_ROLE, text, max(0, m.start() - 60), m.start()) \
        and not search(_LISTED_RELATIVE, text, max(0, m.start() - 30), m.start()) \
        and not search(_GIVEN_TO, text, max(0, m.start() - 30), m.start())
    return not (_SPEAKER_AFTER.match(text[m.end():m.end() + 110]) or official
                or search(_VICTIM_BEFORE, text, max(0, m.start() - 70), m.start()))


# "sentenced former home minister X", "ousted Prime Minister X": an office held once is a description of
# the person in the dock, no official speaking or acting (a speaker is still one: _SPEAKER_AFTER)
_FORMER_ROLE = re.compile(
    rf"\b(?:{_W['former_words']})\s*(?:[\w-]+\s+){{0,2}}(?:{_W['role_words']}|{_W['office_titles']})\s*,?\s*$",
    re.IGNORECASE)
_FORMER_OFFICE = re.compile(rf"(?:{_W['office_titles']})\s+")


_ROLE_NOUN = re.compile(rf"(?:{_W['role_nouns_before_names']})\s+")
# "a Sri Lankan housemaid", "Singaporean Abdul Kahar Othman": a nationality (countries.yaml adjectives)
# is who someone is, never their name; before a name it is stripped from it
_NATIONALITIES = [a for entry in read_yaml("countries.yaml").values() for a in entry.get("adjectives") or ()
                  if a.isascii()]
_NATIONALITY = re.compile(rf"(?:{alternation(_NATIONALITIES)})(?![\w'’-])")
_NATIONALITY_BEFORE = re.compile(rf"(?:{alternation(_NATIONALITIES)})\s+")


_FORMER_BEFORE = re.compile(rf"\b(?:{_W['former_words']})\s*$", re.IGNORECASE)


def _without_role(text: str, m: re.Match) -> re.Match:
    """"Prisoners Amin Rostami", "former Prime Minister X", "Singaporean X": the name after a capitalised
    role noun (or an office once held, or a nationality), when one follows it."""
    role = _ROLE_NOUN.match(text, m.start()) or _NATIONALITY_BEFORE.match(text, m.start(), m.end())
    if role is None and search(_FORMER_BEFORE, text, max(0, m.start() - 12), m.start()):
        role = _FORMER_OFFICE.match(text, m.start())   # "former Prime Minister X": X, once in office
    again = NAME.match(text, role.end()) if role else None
    return again if again is not None and again.end() == m.end() else m


def _without_lead_word(text: str, m: re.Match, stopwords: frozenset) -> re.Match:
    """"On Monday Jack Jones and X were put to death": the name after a capitalised word that opens
    no name (a weekday, a month, "On"), when a name of two words or more follows it."""
    at = m.start()
    for word in m.group(0).split()[:-2]:   # ("On Monday Jack Jones": each such word in turn)
        if word.lower() not in _NOT_FIRST and word.lower() not in WEEKDAYS and word.lower() not in MONTHS:
            break   # (a title, "President Omar Haddad", is no such word: the name stays refused)
        at = text.index(word, at) + len(word)
        again = NAME.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
        if again is not None and again.end() == m.end() and len(again.group(0).split()) > 1 \
                and again.group(0).split()[0].lower() not in _NOT_FIRST | WEEKDAYS.keys() | MONTHS.keys() \
                and again.group(0).split()[0].strip("'’").lower() not in stopwords:
            return again
    return m


# a run of the characters a surname is made of, where no such character (nor a full stop) is before it
_SURNAME_RUN = re.compile(r"(?<![\w.’'-])[\w’'-]+")


def _surnames_in(text: str, surnames: set, spans=None):
    r"""The matches of (?<![\w.’'-])(?:S1|S2|...)(?![\w’'-]) over `spans`, surnames in sorted order.
    A surname made only of word characters, apostrophes and hyphens matches exactly where it is a
    whole _SURNAME_RUN, so each is sought with str.find and kept where the run there is the surname
    alone: compiling the alternation for each report cost more than reading the report's words,
    and reading every word in Python more than a few finds."""
    if all(_SURNAME_RUN.fullmatch(s) for s in surnames):
        return _whole_runs(text, surnames, spans)
    pattern = re.compile(r"(?<![\w.’'-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w’'-])")
    return scan(pattern, text, spans)


def _whole_runs(text: str, surnames: set, spans) -> list[re.Match]:
    """The _SURNAME_RUN matches over `spans` (the whole text when None) that are one of `surnames`, in
    order: what scan(_SURNAME_RUN) filtered by its group finds (a run starts only where the
    look-behind holds, so no match before it can hold the place found)."""
    found = []
    for start, end in spans if spans is not None else [(0, len(text))]:
        for surname in surnames:
            at = text.find(surname, start, end)
            while at >= 0:
                m = _SURNAME_RUN.match(text, at, end)
                if m is not None and m.end() == at + len(surname):
                    found.append(m)
                at = text.find(surname, at + 1, end)
    found.sort(key=lambda m: m.start())
    return found


def find_names(text: str, stopwords: frozenset, spans=None) -> list[Count]:
    """Named people as counts of one each, joined when listed together ("A, B and C");
    "A and two other prisoners" counts three. A surname used alone after the full name
    ("Mazarzehi and two other inmates") is a name too."""
    capitalised = list(scan(NAME, text, spans))
    names = [m for m in (_without_lead_word(text, _without_role(text, x), stopwords) for x in capitalised)
             if _is_victim_name(text, m, stopwords)]
    surnames = {m.group(0).split()[-1] for m in names if len(m.group(0).split()) > 1}
    if surnames:
        taken = [(m.start(), m.end()) for m in capitalised]
        for m in _surnames_in(text, surnames, spans):
            if not any(a <= m.start() < b for a, b in taken) and _is_victim_name(text, m, stopwords | {"x"}):
                names.append(m)
        names.sort(key=lambda m: m.start())
    # an alias names the person before it again, never another person
    names = [m for m in names if not _ALIAS_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    groups: list[list[re.Match]] = []
    for m in names:
        if groups and _NAME_LIST_SEP.match(text[groups[-1][-1].end():m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    result = []
    for group in groups:
        start, end = group[0].start(), group[-1].end()
        value = len(group)
        origin = _ORIGIN_AFTER.match(text[end:end + 60])
        if origin:
            end += origin.end()   # "... and B from Urmia were hanged": the list ends after the last home town
        others = _OTHERS.match(text[end:end + 40])
        if others and parse_number(others.group("num")):
            value += parse_number(others.group("num"))
            end += others.end()
        result.append(Count(start, end, value, "exact", "name",
                            names=tuple(g.group(0) for g in group)))
    return result
