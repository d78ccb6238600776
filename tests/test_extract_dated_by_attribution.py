"""Kind: a group told without its day, dated by the next sentence's "X said the executions took place on ...".

"Iraq has hanged 13 men convicted of terrorism, the ministry said. Rights groups said the executions
took place on Sunday at Nasiriyah prison." The group is one incident on that Sunday, neither an
undated figure refused as a statistic nor an incident on the day a wire story was filed.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2020, 9, 3),
                     where={"event": "executed"})


def test_said_the_executions_took_place_dates_the_group():
    assert facts("Iraq has hanged 13 men convicted of terrorism, the justice ministry said.\n\n"
                 "Rights groups said the executions took place on Sunday at Nasiriyah prison.") == [
        (13, "2020-08-30", "2020-08-30")]


def test_wire_head_day_yields_to_the_day_told_after_a_present_perfect_lead():
    assert facts("BAGHDAD, Sept 3 (Reuters) - Iraq has hanged 13 men convicted of terrorism, the justice "
                 "ministry said.\n\nRights groups said the hangings were carried out on Monday at Nasiriyah "
                 "prison.") == [(13, "2020-08-31", "2020-08-31")]


def test_wire_head_day_stays_without_a_later_day():
    assert facts("BAGHDAD, Sept 3 (Reuters) - Iraq has hanged 13 men at Nasiriyah prison, the justice "
                 "ministry said.") == [(13, "2020-09-03", "2020-09-03")]


def test_a_said_sentence_about_something_else_dates_nothing():
    # no executions pointed back at: the large undated group stays refused, as before
    assert facts("Iraq has hanged 13 men convicted of terrorism, the ministry said.\n\n"
                 "Officials said the verdicts were issued on Sunday.") == []
