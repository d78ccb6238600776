"""A site that moved its reports, for the moved-report tests: the same report at a new address.

`/moved/feed.xml?phase=1` lists three reports at their first addresses; `phase=2` lists them
again under new GUIDs (a CMS migration), each reaching its new address another way:
- report a: the feed links a short link that redirects to the old address, which redirects to the new;
- report b: the new page names the old address as its rel=canonical;
- report c: the new page has no link to the old one, and its text has a correction added;
plus report d, with c's title on another day: a report of its own.
`/moved/move` is the move itself: report a's old address redirects from then on.
`/moved/feed-old.xml` answers 301 to `/moved/feed.xml` (a feed that moved).
"""

from __future__ import annotations

TITLE = {"a": "Two men hanged in Qom", "b": "Prisoner executed in Rasht", "c": "Weekly bulletin",
         "d": "Weekly bulletin"}
DAY = {"a": "2025-09-03", "b": "2025-09-04", "c": "2025-09-05", "d": "2025-09-12"}
TEXT = {
    "a": "Two men, Hassan Rostami and Javad Nouri, were hanged in Qom Central Prison on 2 September 2025 after "
         "convictions for murder. Their families were told to collect the bodies the next morning.",
    "b": "A prisoner named Ali Karimi was executed in Lakan Prison in Rasht on 3 September 2025. He had been "
         "arrested three years earlier on drug charges and was held in the prison's quarantine ward.",
    "c": "This week our monitors recorded executions in four prisons. In Isfahan Central Prison two men were "
         "hanged on Tuesday, and in Urmia a prisoner was executed on Thursday. Families were not told in advance "
         "and the bodies were buried without them. Lawyers said the trials lasted less than an hour.",
    "d": "This week our monitors recorded executions in two prisons. In Shiraz three men were hanged on Monday, "
         "and in Tabriz a woman was executed on Wednesday. The authorities announced neither execution. Lawyers "
         "said none of the defendants had seen a lawyer before the trial.",
}
CORRECTION = " Correction: an earlier version of this report gave the wrong prison for the Urmia execution."


def page(base: str, key: str, new: bool) -> str:
    text = TEXT[key] + (CORRECTION if new and key == "c" else "")
    canonical = f'<link rel="canonical" href="{base}/old/report-{key}">' if new and key == "b" else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE[key]}</title>{canonical}'
            f'<meta property="article:published_time" content="{DAY[key]}T09:00:00+00:00"></head><body>'
            f"<article><h1>{TITLE[key]}</h1><p>{text}</p></article></body></html>")


def feed(base: str, phase: int) -> str:
    if phase == 1:
        entries = [(f"{k}-1", f"{base}/old/report-{k}") for k in "abc"]
    else:
        entries = [("a-2", f"{base}/p?id=a"), ("b-2", f"{base}/new/report-b"), ("c-2", f"{base}/new/report-c"),
                   ("d-2", f"{base}/new/report-d")]
    items = "".join(f"<item><title>{TITLE[guid[0]]}</title><link>{link}</link><guid>{guid}</guid></item>"
                    for guid, link in entries)
    return f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Moved</title>{items}</channel></rss>'
