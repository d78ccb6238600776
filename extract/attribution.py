"""Who a sentence says its facts come from: `cited(text)` -> the ids of the organisations it
attributes them to ("according to Hengaw", "IHR reported", "به گزارش هرانا", "وفقاً لمنظمة هنغاو").

A report that relays a named organisation is that organisation's word, not a second witness
(alerts/incidents.py `independent`). The names and phrases are data (data/attribution.yaml);
only a phrase next to a name counts, so a report that merely mentions Hengaw cites nothing.
Pure: text in, ids out.
"""

from __future__ import annotations

import re

from .lang.normal import fold_phrase, table_key
from .lexicon import alternation, words

_DATA = words("attribution.yaml")
# folded, spaceless name -> organisation id
_NAMES: dict[str, str] = {table_key(name).casefold(): org
                          for org, names in _DATA.value("organisations").items() for name in names}
_NAME = alternation(fold_phrase(n)
                     for names in _DATA.value("organisations").values() for n in names)
# description between phrase and name: words, never a comma, full stop or semicolon
_BETWEEN = rf"(?:[^\s,.;:،؛]+\s+){{0,{int(_DATA.value('between_words'))}}}?"
_BEFORE = alternation(fold_phrase(p) for p in _DATA.value("before"))
_AFTER = alternation(fold_phrase(p) for p in _DATA.value("after"))
# A phrase or name is whole-word (\w: Latin, Persian and Arabic letters alike). The Arabic "لـ" /
# "ل" prefix joins what follows ("لمنظمة"), so no boundary is asked for after a before-phrase.
_EDGE_L, _EDGE_R = r"(?<!\w)", r"(?!\w)"
_PATTERN = re.compile(
    rf"(?:{_EDGE_L}(?:{_BEFORE})\s*{_BETWEEN}(?P<a>{_NAME}){_EDGE_R})"
    rf"|(?:{_EDGE_L}(?P<b>{_NAME})(?:\s*\([^()]{{1,60}}\))?\s+{_BETWEEN}(?:{_AFTER}){_EDGE_R})",
    re.IGNORECASE,
)


def cited(text: str) -> tuple[str, ...]:
    """The organisation ids `text` attributes its facts to, in order of first mention."""
    found: list[str] = []
    folded = fold_phrase(text)
    position = 0
    while (m := _PATTERN.search(folded, position)) is not None:
        name = "a" if m.group("a") else "b"
        org = _NAMES.get(table_key(m.group(name)).casefold())
        if org and org not in found:
            found.append(org)
        position = m.end(name)  # "Hengaw and IHR reported": the next name may share the phrase
    return tuple(found)


def cited_in(texts) -> tuple[str, ...]:
    """The organisations any of `texts` (a claim's evidence sentence and those supporting it)
    attributes the facts to, in order of first mention."""
    found: list[str] = []
    for text in texts:
        found.extend(org for org in cited(text or "") if org not in found)
    return tuple(found)
