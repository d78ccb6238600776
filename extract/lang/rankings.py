"""Rankings of the parts of a statistic in Arabic tallies: "يتصدر الباكستانيون القائمة بـ21 شخصاً،
يليهم اليمنيون (20)، ثم السوريون بـ14" (AFP's count of the foreigners executed in Saudi Arabia by
nationality). Each group named with its figure is a part of the statistic told before, over its
period (SCHEMA.md: a breakdown by nationality is a required claim with the statistic's period)."""
from __future__ import annotations

import re

from ..lexicon import words
from .drafts import Draft

_PA = words("persian-arabic.yaml")
_RANKING = re.compile(rf"(?<![\w\u200c])(?:{_PA['ranking_words']})(?![\w\u200c])")
# a group by its plural name after the article ("و" or "ثم" may come first), then "بـN" or "(N)"
_ITEM = re.compile(rf"(?<![\w\u200c])(?:و|ثم[\s\u200c]+)?(?P<group>ال[^\s\u200c\d()،,.؛:]+(?:{_PA['group_plural_endings']}))"
                   rf"(?:[\s\u200c]+[^\s\u200c\d()،,.؛:]+){{0,5}}?[\s\u200c]*(?:ب[\s\u200c]*|\([\s\u200c]*)(?P<num>\d{{1,4}})(?![\d])")


def ranked_parts(field, s: int, e: int) -> list[Draft]:
    """The drafts of a ranking in sentence text[s:e] of `field` (an assemble._Field): one per group
    with its figure, each smaller than the executed statistic told before, none without a word of
    ranking in the sentence or without such a statistic."""
    text = field.text
    if _RANKING.search(text, s, e) is None:
        return []
    context = field.statistic(s)
    if context is None or context.event != "executed":
        return []
    out = []
    for m in _ITEM.finditer(text, s, e):
        value = int(m.group("num"))
        if not 0 < value < context.count:
            continue
        out.append(Draft(context.event, value, "exact", context.period, "aggregate", context.country, (), None,
                         (s, e), (m.start("num"), m.end("num")),
                         [f"event.{context.event}", "count.ranked_group", "qualifier.exact", "period.context",
                          "kind.of_context", "country.report"]))
    return out
