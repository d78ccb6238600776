"""Arabic: the country of a report whose headline and lead name none, and "المملكة" alone. A local
paper's lead often names no country ("نفذت الجهات المختصة ... داخل السجن المركزي"); its body does, and
the report is about the country its body names most, when the body never names Saudi Arabia, the
language's default (draft_country.report_country). "المملكة" alone is the kingdom the report is about:
Jordan's in a report from Jordan (kingdom.py). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", lang="ar")
DAY = date(2023, 5, 9)


def test_a_lead_naming_no_country_takes_the_country_its_body_names():
    title = "شنق أربعة مدانين بالقتل العمد"
    text = ("نفذت الجهات المختصة فجر اليوم الثلاثاء حكم الإعدام شنقاً بحق أربعة مدانين في قضايا قتل عمد، "
            "وذلك داخل السجن المركزي بعد المصادقة على الأحكام.\n\n"
            "وطالبت منظمات حقوقية السلطات الكويتية بإعلان وقف لتنفيذ أحكام الإعدام في الكويت.")
    assert facts(text, DAY, title=title) == [("executed", "KW", 4, "2023-05-09")]


# a lead of more than 600 characters naming no country (the lead is where the country is read first)
LONG_LEAD = ("نفذت وزارة الداخلية اليوم حكم القتل تعزيراً بحق جانٍ أدين بتهريب كميات كبيرة من الحشيش المخدر "
             "وترويجها بين الشباب، بعد أن صدر بحقه حكم ابتدائي أيدته محكمة الاستئناف ثم المحكمة العليا.\n\n"
             "وقالت الوزارة في بيانها إن الجهات الأمنية تمكنت من القبض على الجاني بعد عملية رصد ومتابعة استمرت "
             "أشهراً، وإن التحقيق معه أسفر عن توجيه الاتهام إليه بارتكاب الجريمة، وإنه أحيل إلى المحكمة المختصة "
             "التي أصدرت بحقه حكماً بالقتل تعزيراً، وقد تمت المصادقة على الحكم من المرجع المختص.\n\n"
             "وأكدت الوزارة حرص الحكومة على استتباب الأمن وتحقيق العدل وتنفيذ أحكام الشرع في كل من يتعدى على "
             "الآمنين أو يعتدي على حقوقهم، محذرة كل من تسول له نفسه الإقدام على مثل هذه الأفعال الإجرامية.\n\n")


def test_a_body_naming_saudi_arabia_keeps_the_default():
    # past the lead, the body names Yemen (a convict's homeland) and Saudi Arabia: the default stands
    text = LONG_LEAD + "وكان الجاني قد قدم من اليمن، وقالت الوزارة إن السعودية ماضية في مكافحة المخدرات."
    assert len(LONG_LEAD) > 600
    assert facts(text, DAY) == [("executed", "SA", 1, "2023-05-09")]


def test_the_kingdom_in_a_jordanian_report_is_jordan():
    text = ("نُفذ فجر اليوم الثلاثاء حكم الإعدام شنقاً بحق ستة مدانين في مركز إصلاح وتأهيل سواقة، بحسب مصدر رسمي.\n\n"
            "وكانت المملكة قد أعدمت تسعة مدانين في مارس 2021 بعد توقف دام عامين.")
    assert facts(text, DAY) == [("executed", "JO", 6, "2023-05-09"), ("executed", "JO", 9, "2021-03-01")]


def test_the_kingdom_in_a_saudi_report_stays_saudi_arabia():
    text = ("أعلنت وزارة الداخلية اليوم تنفيذ حكم القتل بحق مواطن أدين بقتل آخر في منطقة تبوك.\n\n"
            "ونفذت المملكة 170 حكماً بالإعدام العام الماضي، بحسب إحصاء لوكالة فرانس برس.")
    assert [f[:3] for f in facts(text, DAY)] == [("executed", "SA", 1), ("executed", "SA", 170)]
