"""Arabic: a rounded "more than" figure in the lead ("أكثر من 200 شخص منذ بداية العام") and the exact
figure the body gives for the same span ("ليرتفع إلى 204 عدد من أُعدموا منذ يناير") are one figure, the
exact one (lang/drafts.rounded_restatements, merge.rounded; as in English). A hedged figure that is not
round ("ما لا يقل عن 972") beside another group's exact one stays. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", lang="ar")
DAY = date(2024, 10, 7)


def test_a_rounded_lead_folds_into_the_exact_figure():
    text = ("أعدمت السلطات أكثر من 200 شخص منذ بداية العام الجاري، وفق إحصاء لوكالة الأنباء.\n\n"
            "وبإعدام ثلاثة رجال اليوم يرتفع إلى 204 عدد من نُفذ فيهم الحكم منذ يناير/كانون الثاني.")
    found = facts(text, DAY)
    assert ("executed", 204, "exact", "2024-01-01", "2024-10-07") in found
    assert not any(count == 200 for _, count, *_ in found)


def test_a_hedged_figure_that_is_not_round_stays():
    text = ("قالت منظمة العفو الدولية إن إيران أعدمت ما لا يقل عن 972 شخصاً في عام 2023، بينما أحصت منظمة "
            "أخرى 975 إعداماً في العام نفسه.")
    found = facts(text, DAY)
    assert ("executed", 972, "at_least", "2023-01-01", "2023-12-31") in found
