"""A town told after words describing it ("the Shi'ite holy city of Mashhad", "the ancient desert city
of Yazd") is the town, never the first describing word; a prison told "of the western city of X" is
that town's prison. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

places = claim_reader("location", published=date(2024, 6, 20))


def test_a_town_after_describing_words_is_the_town():
    for text, town in (
        ("A man convicted of murder was hanged on Tuesday in the Shi'ite holy city of Mashhad.", "Mashhad"),
        ("Two prisoners were executed on Monday in the ancient desert city of Yazd.", "Yazd"),
        ("A Kurdish man was hanged on Sunday in the border town of Piranshahr.", "Piranshahr"),
        ("A woman was hanged in the northeastern city of Mashhad on Monday.", "Mashhad"),
    ):
        assert places(text) == [town], text


def test_a_prison_of_a_described_town_names_the_town():
    got = places("A prisoner was executed at dawn on Tuesday in the central prison of the western city of Kermanshah.")
    assert len(got) == 1 and got[0].endswith("Kermanshah")


def test_describing_words_with_no_town_after_them_give_no_place():
    assert places("Two men were hanged in the old city prison yard on Monday, a local source said.") == [None]


def test_a_country_named_in_a_border_region_is_not_where_it_happened():
    countries = claim_reader("country", "count", published=date(2024, 6, 20))
    text = ("Hengaw: Soran Veisi, a Kurdish prisoner who fled Mahabad Prison last month, was hanged in the same prison "
            "on Tuesday. He had been caught near the Iraqi Kurdistan border a week after his escape.")
    assert countries(text) == [("IR", 1)]
