"""A country someone came from, not where the report is: after "از" in a clause of coming or fleeing
("او ده سال پیش از افغانستان به ایران مهاجرت کرده بود", "از جنگ سوریه گریخته بود") (vocab-LANG.yaml
came_from_prepositions, came_from_words; read by draft_country.report_country)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import VocabularyFileError, words
from .vocab import alternation, bounded

_BEFORE_REACH = 14   # characters before a country within which "از" (a word between) opens where someone came from
_AFTER_REACH = 60    # characters after a country within which a verb of coming makes it where someone came from
_CLAUSE_END = re.compile(r"[،,؛;:.!?؟\n]")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """"از" right before a country (a word may stand between), and the verbs of coming or fleeing; None
    for a language whose file lists none."""
    try:
        vocab = words(f"vocab-{lang}.yaml")
        verbs, prepositions = vocab.value("came_from_words"), vocab.value("came_from_prepositions")
    except VocabularyFileError:
        return None
    return (re.compile(rf"(?<![\w\u200c])(?:{alternation(prepositions, lang)})[\s\u200c]+(?:[^\s\u200c،,.؛:]+[\s\u200c]+)?\Z"),
            bounded(verbs, lang))


def came_from(lang: str, text: str, start: int, end: int) -> bool:
    """Whether the country at text[start:end] follows "از" (a word may stand between: "از جنگ سوریه") in a
    clause that goes on to a verb of coming or fleeing: someone's past, not the report's country."""
    pair = _patterns(lang)
    if pair is None or not pair[0].search(text, max(0, start - _BEFORE_REACH), start):
        return False
    stop = _CLAUSE_END.search(text, end, end + _AFTER_REACH)
    return pair[1].search(text, end, stop.start() if stop else end + _AFTER_REACH) is not None
