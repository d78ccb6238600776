"""A figure told over a number of countries ("1518 عملية إعدام في 15 دولة"): the world's (or a group's),
of no one country, so never a claim of the report's country. vocab-LANG.yaml lists the prepositions
(world_counted_prepositions) and the nouns of countries (world_counted_nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocab import Vocabulary, alternation, listed


@lru_cache(maxsize=None)
def _counted(lang: str, number: str) -> re.Pattern | None:
    """"في 15 دولة": the preposition, a number in digits or words, a noun of countries; None for a
    language whose file lists none."""
    prepositions, nouns = listed(lang, "world_counted_prepositions"), listed(lang, "world_counted_nouns")
    if not prepositions or not nouns:
        return None
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(prepositions, lang)})[\s\u200c]+(?:\d+|{number})[\s\u200c]*"
                      rf"(?:{alternation(nouns, lang)})(?![\w\u200c])")


def over_countries(v: Vocabulary, text: str, pos: int, end: int) -> bool:
    """Whether "في 15 دولة" stands in text[pos:end] (right after a count, in its clause): a figure over
    that many countries."""
    pattern = _counted(v.lang, v.number)
    if pattern is None:
        return False
    m = pattern.search(text, pos, end)
    return m is not None and not re.search(r"[،,؛;:]", text[pos:m.start()])
