"""Persian reports: "حکم X ... اجرا شد" is an execution however long the description of the people
between "حکم" and "اجرا شد" (a relative clause with their charge and sentence, a place), and the
pluperfect sentence inside that clause is not the count's verb (vocab-fa.yaml "حکم …… اجرا {شدن}").
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_the_sentence_of_three_prisoners_described_at_length_carried_out_is_their_execution():
    text = ("۱۵ مهر ۱۴۰۳: حکم سه زندانی، از جمله یک زندانی اهل سراوان، که پیش‌تر با اتهام‌های مرتبط با «مواد "
            "مخدر» به اعدام محکوم شده بودند، سحرگاه دوشنبه ۱۶ مهر در زندان مرکزی زاهدان اجرا شد.")
    assert facts(text, date(2024, 10, 7)) == [("executed", 3, "2024-10-07", "2024-10-07", "event")]


def test_a_sentence_to_be_carried_out_stays_no_execution():
    text = ("به گفته خانواده، حکم این زندانی که سال گذشته به اتهام قتل به قصاص محکوم شده بود، قرار است به‌زودی "
            "در زندان مرکزی زاهدان اجرا شود.")
    assert not [f for f in facts(text, date(2024, 10, 7)) if f[0] == "executed"]
