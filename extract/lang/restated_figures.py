"""The figure a sentence restates just before a breakdown ("در فاصله ۱ تا ۱۸ مه حکم اعدام این ۲۵ زندانی
اجرا شده است. از این تعداد، ۱۸ نفر ..."): "of this number" splits the figure named last, even when a
larger running total was told after that figure and before the restatement (rule part.restated_figure).
"""
from __future__ import annotations

from .drafts import Draft
from .mentions import find_counts


def restated_before(host, s: int, context: list[Draft]) -> Draft | None:
    """The one draft of `context` (the figures a breakdown at sentence start `s` may split) whose count
    the sentence right before `s` restates with no claim of its own, when it is not the last of them;
    None otherwise. `host` is an assemble._Field (its v, text, sentences and drafts)."""
    i = next((k for k, x in enumerate(host.sentences) if x[0] == s), None)
    if not i or len(context) < 2:
        return None
    a, b = host.sentences[i - 1]
    if any(a <= d.span[0] < b for d in host.drafts):
        return None   # the sentence before tells a figure of its own: that one is named last
    values = {c.value for c in find_counts(host.v, host.text, a, b)}
    named = [d for d in context if d.count in values]
    if len({d.count for d in named}) != 1 or named[-1] is context[-1]:
        return None
    return named[-1]


def whole_split_before(host, s: int, value: int) -> Draft | None:
    """The figure a list at sentence start `s` splits when the claims just before it are parts of a
    restated figure ("از این تعداد، ۱۸ نفر ... اعدام شده‌اند." then "تفکیک بر اساس زندان:" and its rows):
    that same figure, if larger than `value`; None otherwise."""
    before = [d for d in host.drafts if d.span[0] < s]
    run = []   # the parts told last, of one period (the rows of the list so far among them)
    for d in reversed(before):
        if "part.breakdown" not in d.rules or d.period != before[-1].period:
            break
        run.append(d)
    if not any("part.restated_figure" in d.rules for d in run):
        return None
    whole = next((d for d in reversed(before) if d.period == before[-1].period and "part.breakdown" not in d.rules
                  and d.kind == "aggregate"), None)
    return whole if whole is not None and whole.count > value else None
