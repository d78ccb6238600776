"""A Candidate's copy with changes (Candidate.but, made twice per claim) is the one
dataclasses.replace makes, and leaves the candidate it was made from as it was."""
from dataclasses import asdict, replace
from datetime import date

import pytest

from extract.decisions import Candidate
from extract.mentions import Count, Trigger


def _candidate() -> Candidate:
    count = Count(10, 14, 4, "exact", "person")
    trigger = Trigger(20, 31, "executed", "passive", False)
    return Candidate("report", 2, 0, 60, count, "executed", trigger, [], None, False, [count], None, " were ", None)


def test_but_makes_what_replace_makes():
    x = _candidate()
    changes = {"event": "sentenced", "period": (date(2024, 1, 1), date(2024, 1, 31)), "weak": True, "place": "Karaj"}
    copy = x.but(**changes)
    assert type(copy) is Candidate and copy == replace(x, **changes)
    assert asdict(copy) == asdict(replace(x, **changes))
    assert x.event == "executed" and x.period == (None, None) and x.place is None   # the original is unchanged
    assert x.but(kind="event").kind == "event" and x.kind is None


def test_but_refuses_a_field_a_candidate_lacks():
    with pytest.raises(TypeError, match="kinds"):
        _candidate().but(kinds="event")
