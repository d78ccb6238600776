"""Reports a report corrects: "IHRNGO yesterday reported the execution of three prisoners ...
Further information shows that only two men were executed on Wednesday"; "Several websites
reported on Monday that all three had been hanged ... HRANA has since corrected its report".

A count told as what someone reported (a reporting verb before its trigger), in a report that says
an earlier report was wrong (data/assembly.yaml `corrections`), is the report corrected, not a fact,
when the report also tells a smaller count of the same event on the same day: that one is the fact
(SCHEMA.md: one claim per fact). One pass of assemble.PASSES.
"""
from __future__ import annotations

import re

from .casefold import search
from .lexicon import words

_W = words("assembly.yaml")
_CORRECTION = re.compile(rf"\b(?:{_W['corrections']})\b", re.IGNORECASE)
# "reported the execution of", "reported on Monday that all three had been"
_REPORTED = re.compile(rf"\b(?:{_W['reported_verbs']})\b[^.;:]{{0,60}}$", re.IGNORECASE)


def corrected_reports(r) -> None:
    """Drops (as reject.corrected_report) each executed incident told as reported, when the report
    says a report was corrected and tells fewer executed on that day. After the sentences' passes."""
    f = r.f
    if not search(_CORRECTION, f.text, 0, len(f.text)) and not search(_CORRECTION, f.original, 0, len(f.original)):
        return
    events = [d for d in r.drafts if d.kind == "event" and d.event == "executed" and d.period[0]]
    for d in events:
        t = d.source_trigger
        s = f.sentences[d.sentence][0]
        if t is None or not search(_REPORTED, f.text, s, t.start):
            continue
        if any(o is not d and o.period == d.period and o.count < d.count and o.sentence != d.sentence
               for o in events):
            r.drafts.remove(d)
            r.reject_span(d.sentence, *d.span, "reject.corrected_report")
