"""Countries by ISO code: `country_filter` and `--country` take codes (or one country's name),
and the filter matches that country's names and adjectives only, as whole words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vigil import countries
from vigil.config import SourcesFile
from vigil.config_files import load_file
from vigil.errors import ConfigError
from vigil.ingest import mentions_country

COUNTRIES = Path(__file__).parents[1] / "extract" / "data" / "countries.yaml"


@pytest.mark.parametrize("text, expected", [
    ("Iran hanged two men on Tuesday", True),
    ("The Iranian judiciary announced", True),
    ("IRAN: TWO HANGED", True),
    ("Iraq executed 21 people", False),
    ("In Ireland the IRA ...", False),
    ("Iraqi courts; an IR-registered aircraft", False),
    ("the Islamic Republic of Iran", True),
])
def test_the_iran_filter_matches_iran_only(text, expected):
    assert mentions_country(text, "IR") is expected


def test_a_name_inside_a_longer_country_name_counts_for_that_country_alone():
    assert mentions_country("South Sudan carried out an execution", "SS")
    assert not mentions_country("South Sudan carried out an execution", "SD")
    assert mentions_country("Sudan and South Sudan", "SD")


def test_codes_and_names_resolve_and_the_rest_is_refused_with_the_known_codes():
    assert countries.resolve("IR") == countries.resolve("ir") == countries.resolve("Iran") == "IR"
    assert countries.resolve("united states") == "US"
    with pytest.raises(countries.UnknownCountry, match=r"unknown country 'Persia' \(known ISO codes: AE, AF, .*IR"):
        countries.resolve("Persia")
    with pytest.raises(countries.UnknownCountry, match=r"'Korea' is ambiguous: it could mean KP \(North Korea\) "
                                                       r"or KR \(South Korea\); give the ISO code"):
        countries.resolve("Korea")


def write_sources(tmp_path, country_filter: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": [{"id": "world", "name": "World", "org": "news", "type": "feed",
                                                 "url": "http://127.0.0.1/feed", "country_filter": country_filter}]}))
    return path


def test_country_filter_is_stored_as_the_iso_code(tmp_path):
    assert load_file(write_sources(tmp_path, "Iran"), SourcesFile).sources[0].country_filter == "IR"


@pytest.mark.parametrize("value, message", [
    ("Korea", "sources.yaml: sources[0] (world).country_filter: 'Korea' is ambiguous: it could mean KP (North Korea) or "
              "KR (South Korea); give the ISO code"),
    ("XX", "sources.yaml: sources[0] (world).country_filter: unknown country 'XX' (known ISO codes: AE, "),
])
def test_an_ambiguous_or_unknown_country_filter_names_the_file_and_field(tmp_path, value, message):
    with pytest.raises(ConfigError) as error:
        load_file(write_sources(tmp_path, value), SourcesFile)
    assert error.value.problems[0].startswith(message), error.value.problems


def test_every_country_the_extractor_assigns_is_known():
    """A claim's country must be a code `--country` accepts, or its totals could not be asked for."""
    table = yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    assigned = {code for code, entry in table.items() if entry.get("report")}
    for lang in ("fa", "ar"):
        vocab = yaml.safe_load((COUNTRIES.parent / f"vocab-{lang}.yaml").read_text(encoding="utf-8"))
        assigned |= set(vocab["countries"])
    assert assigned and assigned - set(countries.countries()) == set()


def test_a_rule_for_an_unknown_country_is_an_error(tmp_path):
    from vigil.config import AlertsFile

    path = tmp_path / "alerts.yaml"
    path.write_text(yaml.safe_dump({"channels": {"chat": {"type": "slack", "webhook_url": "http://127.0.0.1/hook"}},
                                    "rules": [{"id": "r", "type": "imminent", "country": "XX", "channels": ["chat"]}]}))
    with pytest.raises(ConfigError) as error:
        load_file(path, AlertsFile)
    assert error.value.problems[0].startswith("alerts.yaml: rules[0] (r).country: unknown country 'XX' (known ISO codes: ")


@pytest.mark.parametrize("written", ["ir", "Iran", "IR"])
def test_a_rule_takes_a_country_as_the_command_line_does(tmp_path, written):
    from vigil.config import AlertsFile

    path = tmp_path / "alerts.yaml"
    path.write_text(yaml.safe_dump({"channels": {"chat": {"type": "slack", "webhook_url": "http://127.0.0.1/hook"}},
                                    "rules": [{"id": "r", "type": "imminent", "country": written, "channels": ["chat"]}]}))
    assert load_file(path, AlertsFile).rules[0].country == "IR"


@pytest.mark.parametrize("text, code, expected", [
    ("بامداد امروز دو زندانی در زندان قزلحصار اعدام شدند؛ ایران بیشترین اعدام را دارد", "IR", True),
    ("قوه قضاییه ایران اعلام کرد", "IR", True),
    ("زندانیان ایرانی‌ها و افغان‌ها", "IR", True),           # ZWNJ before a suffix ends the word
    ("نفذت السلطات الإيرانية حكم الإعدام", "IR", True),
    ("أعدمت إيران سجيناً", "IR", True),
    ("اعدمت ايران سجينا", "IR", True),                        # hamza dropped, Arabic yeh
    ("وإيران والعراق", "IR", True),                           # a joined conjunction
    ("عراق بیست نفر را اعدام کرد", "IR", False),              # Iraq is not Iran
    ("أعدم العراق ٢١ شخصاً", "IR", False),
    ("أعدم العراق ٢١ شخصاً", "IQ", True),
    ("نفذت السعودية حكم القتل تعزيراً", "SA", True),
    ("نفذت السعودية حكم القتل تعزيراً", "IR", False),
    ("عربستان سعودی سه نفر را اعدام کرد", "SA", True),
    ("سودان جنوبی", "SD", False),                             # the longer name wins its span
    ("اعدام در ایرانشهر", "IR", False),                       # a city name that starts with Iran's
])
def test_the_filter_reads_persian_and_arabic(text, code, expected):
    assert mentions_country(text, code) is expected


def test_a_country_filter_may_be_written_in_persian_or_arabic():
    assert countries.resolve("ایران") == countries.resolve("إيران") == countries.resolve("ايران") == "IR"
    assert countries.resolve("السعودية") == "SA"
