"""Arabic figures: "جميعها خلال ثلاثة أشهر" (all of them within three months) after a figure says how
long its span lasted; it is no span counted back from the report, so the parts told after it keep
the figure's own period. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", lang="ar")


def test_parts_after_all_of_them_within_a_length_keep_the_figures_period():
    text = ("وأحصت المنظمة تنفيذ 45 حكماً بالإعدام في الربع الأخير من 2022، جميعها خلال ثلاثة أسابيع، بينها 30 "
            "حكماً تعزيرياً و15 حكماً حدياً.")
    assert facts(text, date(2023, 6, 1)) == [(15, "2022-10-01", "2022-12-31"), (30, "2022-10-01", "2022-12-31"),
                                             (45, "2022-10-01", "2022-12-31")]
