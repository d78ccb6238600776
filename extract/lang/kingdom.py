"""Arabic "المملكة" alone ("the Kingdom"): the kingdom a report is about, not always Saudi Arabia.
A Jordanian report's "وكانت المملكة قد علّقت تنفيذ أحكام الإعدام" is Jordan's; vocab-ar.yaml lists the
word (the_kingdom) and the kingdoms it may point to (kingdoms); in a report about any other country it
keeps the label the country list gives it (Saudi Arabia's)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .vocab import bounded, listed


@lru_cache(maxsize=None)
def _kingdom(lang: str) -> tuple[re.Pattern, frozenset] | None:
    """The pattern of the word and the kingdoms it may name; None for a language whose file lists none."""
    word, kingdoms = listed(lang, "the_kingdom"), listed(lang, "kingdoms")
    if not word or not kingdoms:
        return None
    return bounded(word, lang), frozenset(kingdoms)


def as_reported(found: list, lang: str, report_country: str) -> list:
    """The countries `found` (mentions.Found), "the Kingdom" alone named as the report's own kingdom."""
    kingdom = _kingdom(lang)
    if kingdom is None or report_country not in kingdom[1]:
        return found
    return [replace(f, label=report_country) if f.label != report_country and kingdom[0].fullmatch(f.text) else f
            for f in found]
