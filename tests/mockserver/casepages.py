"""Pages for two failures reported against text extractors, written for these tests.

- `cookie_aside`: a one-sentence report whose body sits in an `<aside>` inside the article,
  after a long cookie-consent dialog (the shape of adbar/trafilatura#569);
- `named_list`: the executed named one per bullet after a colon, as `ul > li > span`
  (adbar/trafilatura#431), and `named_list_bare`, the same list as a bare `body > ul` (#233).

The people, places and dates are invented.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

LISTED = (
    ("Behnam Soltanzadeh", 29, "drug trafficking"), ("Jalal Moradkhani", 41, "drug trafficking"),
    ("Farzad Hosseinabadi", 35, "murder"), ("Omid Kalhori", 27, "drug trafficking"),
    ("Reza Abbaspour", 52, "murder"), ("Naser Dehghani", 38, "drug trafficking"),
    ("Sohrab Teymouri", 44, "drug trafficking"),
)
LIST_LEAD = ("Seven men held in Ghezel Hesar Prison in Karaj were hanged at dawn on Wednesday, 10 September 2025. "
             "Their families have named them to our monitors:")
ASIDE_REPORT = ("Abdolghani Rigi, a Baluch prisoner, was hanged in Zahedan Central Prison on 18 September 2025 "
                "after a conviction on drug charges.")
CONSENT = (
    "This site and its advertising partners use cookies to store and access information on your device, "
    "and with your consent process personal data such as unique identifiers and browsing behaviour.",
    "Choose Accept all to allow every purpose, Reject all to refuse what is not essential, or open Cookie "
    "settings to manage your preferences; see our Cookie Policy and Privacy Policy for details.",
    "Some partners process personal data on the basis of a legitimate interest, to which you may object in "
    "the cookie settings at any time without affecting the lawfulness of earlier processing.",
)


def list_item(name: str, age: int, offence: str) -> str:
    return f"{name}, {age}, convicted of {offence}"


def cookie_aside() -> str:
    dialog = "".join(f"<p>{escape(p)}</p>" for p in CONSENT)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Prisoner hanged in Zahedan</title>
<meta property="article:published_time" content="2025-09-19T07:00:00+00:00"></head><body>
<div class="consent-overlay" role="dialog" aria-label="Privacy choices"><h2>Your privacy</h2>{dialog}
<button>Accept all</button><button>Reject all</button></div>
<main><article class="report"><h1>Prisoner hanged in Zahedan</h1>
<aside class="report-body"><p>{escape(ASIDE_REPORT)}</p></aside></article></main>
<footer>Zahedan Prison Notes</footer></body></html>"""


def named_list() -> str:
    items = "".join(f"<li><span>{escape(list_item(*p))}</span></li>" for p in LISTED)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Seven men hanged in Ghezel Hesar</title>
<meta property="article:published_time" content="2025-09-11T09:00:00+00:00"></head><body>
<article class="post"><h1 class="entry-title">Seven men hanged in Ghezel Hesar</h1>
<div class="entry-content"><p>{escape(LIST_LEAD)}</p><ul class="names">{items}</ul>
<p>The judiciary has not announced any of these executions.</p></div></article></body></html>"""


def named_list_bare() -> str:
    items = "".join(f"<li>{escape(list_item(*p))}</li>" for p in LISTED)
    return f"""<html><head><title>Seven men hanged in Ghezel Hesar</title></head><body>
<h1>Seven men hanged in Ghezel Hesar</h1><p>Published 11 September 2025.</p><p>{escape(LIST_LEAD)}</p>
<ul>{items}</ul><p>The judiciary has not announced any of these executions.</p></body></html>"""


PAGES = {"cookie-aside": cookie_aside, "named-list": named_list, "named-list-bare": named_list_bare}


def feed(base: str, names) -> str:
    items = "".join(f"<item><title>{name}</title><link>{base}/{name}.html</link><guid>{name}</guid></item>"
                    for name in names if name in PAGES)
    return f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cases</title>{items}</channel></rss>'
