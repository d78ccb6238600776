"""Attribution: the organisations a sentence says its facts come from (extract/attribution.py,
vocabulary in extract/data/attribution.yaml), in English, Persian and Arabic. Sentences written
for this test, not taken from the labelled sets."""

from __future__ import annotations

import pytest

from extract.attribution import cited


@pytest.mark.parametrize("sentence, orgs", [
    # English: a phrase before the name, with or without a description between
    ("Three men were hanged in Zahedan on Sunday, according to Hengaw.", ("hengaw",)),
    ("Two prisoners were put to death in Urmia, according to the Norway-based Kurdish group Hengaw.", ("hengaw",)),
    ("Citing HRANA, the newspaper said a woman was executed in Qezelhesar.", ("hrana",)),
    ("Six men were executed in Shiraz, as reported by Iran Human Rights.", ("ihr",)),
    # ... or a verb of saying after it
    ("A young man was executed in Birjand, the Kurdistan Human Rights Network reported on Friday.", ("khrn",)),
    ("Amnesty International said at least 12 people were hanged last month.", ("amnesty",)),
    ("Iran Human Rights (IHR) has documented the hanging of five prisoners in Isfahan.", ("ihr",)),
    ("Hengaw and HRANA reported the executions of two cousins in Kermanshah.", ("hengaw", "hrana")),
    # Persian
    ("به گزارش هه‌نگاو، دو زندانی در زندان ارومیه اعدام شدند.", ("hengaw",)),
    ("هرانا گزارش داد که سه زندانی در زندان قزلحصار اعدام شدند.", ("hrana",)),
    ("به نقل از سازمان حقوق بشر ایران، یک زن در زندان یزد اعدام شد.", ("ihr",)),
    # Arabic
    ("وفقاً لمنظمة هنغاو، أُعدم سجينان في سجن أرومية.", ("hengaw",)),
    ("وذكرت منظمة العفو الدولية أن السلطات أعدمت أربعة رجال.", ("amnesty",)),
])
def test_a_sentence_relaying_a_named_organisation_cites_it(sentence, orgs):
    assert cited(sentence) == orgs


@pytest.mark.parametrize("sentence", [
    "Four men were hanged in Qom prison at dawn on Tuesday.",
    # a name without a phrase of telling: a mention, not a relay
    "The prisoner's family had written to Hengaw researchers last year.",
    "A spokesman for HRANA was arrested in 2023.",
    # a phrase without a known organisation
    "Five prisoners were executed in Mashhad, according to local sources.",
    "به گزارش منابع محلی، دو زندانی اعدام شدند.",
    "وفقاً لمصادر محلية، أعدم سجينان.",
    # a comma stops the description between phrase and name
    "According to the family, they were hanged; Hengaw, a rights group, is based in Norway.",
])
def test_no_relay_without_a_phrase_next_to_a_known_name(sentence):
    assert cited(sentence) == ()


def test_explain_shows_whom_a_claim_cites(tmp_path):
    import json

    from extract.jsonl import explain_jsonl

    record = {"id": "r1", "published": "2026-11-20", "lang": "en", "title": "",
              "text": "Three men were hanged in Zahedan prison on Sunday, according to the Baluch rights group Haalvsh."}
    lines = list(explain_jsonl([json.dumps(record)]))
    assert "           cites: halvash" in lines
