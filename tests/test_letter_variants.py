"""One table of Persian/Arabic letter variants serves extraction and the comparison of names and
places: a letter the extractor folds one way and alerts/ another would make the same name two."""
from alerts.transliteration import fold_letters, unify_letters
from extract.lang.normal import LETTER_VARIANTS, fold


def test_extraction_and_name_comparison_fold_every_letter_variant_alike():
    for letter, form in LETTER_VARIANTS.items():
        assert fold(letter).text == form, letter
        assert unify_letters(letter) == form, letter


def test_a_kurdish_ae_reads_as_heh_in_a_report_and_in_a_name():
    # "هەنگاو" (Hengaw) is written with the Kurdish ae in Kurdish-language reports
    assert fold("سازمان هەنگاو").text == fold("سازمان ههنگاو").text
    assert fold_letters("هەنگاو") == fold_letters("ههنگاو")
