"""Lines that link to other reports in a Persian report ("مرتبط: بازداشت ۱۲ فعال ... | انتقال ...",
"مطالب مرتبط:" over a list of headlines): other stories' headlines, whose figures are none of this
report's (`reject.link_line`, as extract/candidates.py rejects "Related: ..." in English)."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocab import alternation, listed

_ITEM = re.compile(r"[\s\u200c]*(?:[-–—•*▪●]|\d+[.)])[\s\u200c]")   # a line opening an item of a list


@lru_cache(maxsize=None)
def _label(lang: str) -> re.Pattern | None:
    labels = listed(lang, "link_labels")
    return re.compile(rf"[\s\u200c]*(?:{alternation(labels, lang)})[\s\u200c]*[:：]") if labels else None


def link_spans(lang: str, text: str, lines: list[int]) -> list[tuple[int, int]]:
    """The spans of text (folded) that link elsewhere: a line opening on a link label, and the items
    of a list right under a label that ends its line. `lines` are the starts of the lines."""
    label = _label(lang)
    if label is None:
        return []
    ends = lines[1:] + [len(text)]
    out, under = [], False
    for a, b in zip(lines, ends):
        m = label.match(text, a)
        if m is not None:
            out.append((a, b))
            under = not text[m.end():b].strip()   # "مطالب مرتبط:" alone: the items below are links
        elif under and _ITEM.match(text, a):
            out.append((a, b))
        elif text[a:b].strip():
            under = False
    return out
