"""Persian reports: kinds of wording found in the errors of the spent set heldout_fa14, tested on
sentences written for these tests: a month of the riots («اغتشاشات») told in a charge dates the
deed, not the hanging (dating.other_event_date); "دو برابر" after a stated total is a multiple
(`reject.rate`); a figure of several countries together is none of theirs (`reject.world_figure`);
people named in the clause a verb of saying takes ("اعلام کرد که X، Y و Z ... اعدام شدند", `count.name`)."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
rules = claim_reader("count", "rules", lang="fa")
DAY = date(2021, 3, 2)


# --- a month after a noun of another event, inside the charge: the deed's, not the execution's -------

def test_the_month_of_the_riots_in_a_charge_leaves_the_day_told_before():
    text = ("دستگاه قضا روز یکشنبه ۱۰ اسفند ۱۳۹۹ اعلام کرد که حکم اعدام کامران رحیمی اجرا شده است. "
            "خبرگزاری دولتی ایرنا به نقل از دادستان استان نوشت که آقای رحیمی به اتهام آتش زدن اموال عمومی در "
            "«اغتشاشات» آبان ۱۳۹۸ به دار آویخته شد.")
    assert facts(text, DAY) == [("executed", 1, "2021-02-28", "2021-02-28", "event")]


# --- "X برابر" after a stated total, and the figure of several countries together ---------------

def test_a_total_multiplied_is_no_figure():
    text = ("عربستان سعودی شمار اعدام‌های خود را سه برابر کرد و از ۲۰ مورد در سال ۲۰۱۹ به ۶۰ مورد در سال "
            "۲۰۲۰ رساند.")
    got = facts(text, DAY)
    assert sorted(f[1] for f in got) == [20, 60]


def test_a_figure_of_several_countries_together_is_no_country_s():
    text = "به گفته عفو بین‌الملل، این چهار کشور در مجموع ۱۲۰۰ اعدام را در سال ۲۰۲۰ انجام داده‌اند."
    assert facts(text, DAY) == []


def test_one_country_s_figure_in_all_stays():
    text = "به گفته عفو بین‌الملل، ایران در مجموع دست‌کم ۲۴۶ نفر را در سال ۲۰۲۰ اعدام کرد."
    assert facts(text, DAY) == [("executed", 246, "2020-01-01", "2020-12-31", "aggregate")]


# --- names in the object clause of a verb of saying ---------------------------------------------

def test_names_after_a_verb_of_announcing_and_that_are_one_each():
    text = ("دادگستری استان اعلام کرد که فرهاد کریمی، ناصر امینی و جواد رستمی بامداد امروز، سه‌شنبه ۱۲ اسفند "
            "۱۳۹۹، در زندان مرکزی زاهدان اعدام شدند.")
    assert facts(text, DAY) == [("executed", 3, "2021-03-02", "2021-03-02", "event")]
    assert "count.name" in dict(rules(text, DAY))[3]


def test_names_after_a_verb_of_reporting_and_that():
    text = "یک منبع مطلع گفت که حامد نوری و سعید پاکزاد صبح دوشنبه در زندان قزلحصار به دار آویخته شدند."
    assert facts(text, DAY) == [("executed", 2, "2021-03-01", "2021-03-01", "event")]
