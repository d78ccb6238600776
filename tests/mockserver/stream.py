"""A six-week stream of invented execution reports from three fixture sources, with the truth.

The incidents (who, where, how many, which day) are invented and numbered; `truth(week)`
is how many people they count in each week. Three sources report them, each in its own
layout (layouts.py) and words, each page with a sidebar of execution headlines that are
not incidents of the stream at all (a leak shows as phantom claims every week):

- `oldtown`: a site crawl, table layout, every incident, and on each Monday a weekly tally
  ("At least N people were executed in Iran last week"); the date is only in the text;
- `ledger`: an RSS feed, WordPress layout, the even-numbered incidents; its pages carry a
  later "modified" date in their metadata, which must not date the report;
- `desk`: a site crawl, Drupal layout, every third incident.

Everything is a pure function of the arguments, so a test and the server agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

from layouts import Report, listing, render

START = date(2025, 9, 1)  # a Monday
WEEKS = 6
PER_PAGE = 6
SIDEBAR_POOL = (
    "Twelve prisoners executed in Karaj on Sunday",
    "Four men hanged in Shiraz at dawn",
    "Woman executed in Qezelhesar Prison on Tuesday",
    "Three Baluch prisoners hanged in Zahedan on Monday",
    "Two brothers executed in Isfahan on Saturday",
    "Seven prisoners executed in Ghezel Hesar this week",
    "Juvenile offender hanged in Mashhad on Wednesday",
    "Five men executed in Urmia on Thursday",
)
# The ledger's sidebar after its redesign (the `redesign` query of its feed): new headlines.
REDESIGN_POOL = (
    "Eleven prisoners hanged in Qarchak on Friday",
    "Six men executed in Kerman at dawn",
    "Three women executed in Yazd on Monday",
    "Nine prisoners executed in Arak this week",
    "Two Kurdish prisoners hanged in Sanandaj on Tuesday",
)
PRISONS = (
    ("Isfahan Central Prison", "Isfahan"), ("Adelabad Prison", "Shiraz"), ("Urmia Central Prison", "Urmia"),
    ("Zahedan Central Prison", "Zahedan"), ("Qom Central Prison", "Qom"), ("Birjand Central Prison", "Birjand"),
    ("Vakilabad Prison", "Mashhad"), ("Tabriz Central Prison", "Tabriz"), ("Lakan Prison", "Rasht"),
)
NAMES = (
    "Kaveh Ranjbar", "Saman Eskandari", "Dariush Mohebbi", "Yaser Golzari", "Hamid Sorkhabi", "Majid Tavakkoli",
    "Arash Behrouzi", "Nader Khalili", "Pouya Shirazi", "Ebrahim Fattahi", "Mehdi Zarrin", "Farhad Yazdanpanah",
)
NUMBERS = ("", "One", "Two", "Three", "Four", "Five", "Six")
OFFENCES = ("drug-related charges", "murder", "drug trafficking")


@dataclass(frozen=True)
class Incident:
    number: int
    day: date
    count: int
    prison: str
    city: str
    name: str | None  # the one person executed, when the count is 1


def incidents() -> list[Incident]:
    """Three or four incidents a week, on different days, counts 1 to 4."""
    found = []
    for week in range(WEEKS):
        for slot in range(3 + week % 2):
            number = len(found)
            count = (1, 2, 3, 1, 4, 2, 1)[number % 7]
            prison, city = PRISONS[number % len(PRISONS)]
            found.append(Incident(number, START + timedelta(days=7 * week + 2 * slot), count, prison, city,
                                  NAMES[number % len(NAMES)] if count == 1 else None))
    return found


def truth() -> dict[date, int]:
    """People executed per week (keyed by the week's Monday)."""
    weeks = {START + timedelta(days=7 * w): 0 for w in range(WEEKS)}
    for incident in incidents():
        weeks[incident.day - timedelta(days=incident.day.weekday())] += incident.count
    return weeks


def sidebar(day: date) -> tuple[str, ...]:
    """The "most read" headlines on a page of `day`: five of the pool, rotating weekly."""
    week = (day - START).days // 7
    return tuple(SIDEBAR_POOL[(week + i) % len(SIDEBAR_POOL)] for i in range(5))


def _day(d: date) -> str:
    return f"{d:%A}, {d.day} {d:%B %Y}"


def _who(incident: Incident) -> str:
    if incident.name:
        return f"A prisoner named {incident.name} was"
    return f"{NUMBERS[incident.count]} prisoners were"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def oldtown() -> list[Report]:
    reports = []
    for i in incidents():
        published = i.day + timedelta(days=1)
        reports.append(Report(
            slug=f"report-{i.number}", published=published, sidebar=sidebar(published),
            title=f"{NUMBERS[i.count] if i.count > 1 else 'Prisoner'} executed in {i.city}",
            paragraphs=(
                f"{_who(i)} executed in {i.prison} on {_day(i.day)}, Old Town Monitor has learned.",
                f"According to a source close to the families in {i.city}, the case concerned "
                f"{OFFENCES[i.number % 3]}; report {i.number} of the monitor was not announced by the official media.",
            ),
        ))
    for week in range(WEEKS):
        monday = START + timedelta(days=7 * (week + 1))
        total = truth()[START + timedelta(days=7 * week)]
        reports.append(Report(
            slug=f"weekly-{week + 1}", published=monday, sidebar=sidebar(monday),
            title=f"Weekly tally, week {week + 1}",
            paragraphs=(f"At least {total} people were executed in Iran last week, according to Old Town "
                        "Monitor's weekly tally of reports from prisons.",),
        ))
    return sorted(reports, key=lambda r: (r.published, r.slug), reverse=True)


def ledger() -> list[Report]:
    reports = []
    for i in incidents():
        if i.number % 2:
            continue
        published = i.day + timedelta(days=1)
        reports.append(Report(
            slug=f"{i.city.lower()}-executions-{i.number}", published=published, sidebar=sidebar(published),
            modified=published + timedelta(days=23),
            title=f"{i.prison}: {i.count} executed",
            paragraphs=(
                f"According to information obtained by Rights Ledger, {_lower_first(_who(i))} "
                f"hanged in {i.prison} on {_day(i.day)}.",
                f"Rights Ledger calls on the authorities in {i.city} to halt all executions (case file {i.number}).",
            ),
        ))
    return sorted(reports, key=lambda r: r.published, reverse=True)


def desk() -> list[Report]:
    reports = []
    for i in incidents():
        if i.number % 3:
            continue
        published = i.day + timedelta(days=2)
        reports.append(Report(
            slug=f"execution-{i.number}", published=published, sidebar=sidebar(published),
            modified=published + timedelta(days=9),
            title=f"Execution in {i.city}",
            paragraphs=(f"{_who(i)} executed in {i.prison} on {_day(i.day)}, Prison Watch Desk has confirmed.",),
        ))
    return sorted(reports, key=lambda r: r.published, reverse=True)


SOURCES = {"oldtown": ("table", oldtown), "ledger": ("wordpress", ledger), "desk": ("drupal", desk)}


def article_url(base: str, source: str, report: Report) -> str:
    return {"oldtown": f"{base}/oldtown/read.php?id={report.slug}", "ledger": f"{base}/ledger/{report.slug}/",
            "desk": f"{base}/desk/news/{report.slug}"}[source]


def listing_page(base: str, source: str, page: int) -> str | None:
    """Listing page `page` (from 1) of a site source, newest first; None past the last one."""
    layout, reports = SOURCES[source][0], SOURCES[source][1]()
    chunk = reports[(page - 1) * PER_PAGE: page * PER_PAGE]
    if not chunk:
        return None
    more = len(reports) > page * PER_PAGE
    nxt = f"{base}/{source}/index?page={page + 1}" if more else None
    links = [(article_url(base, source, r), r.title) for r in chunk]
    return listing(layout, f"{base}/{source}", links, nxt, sidebar(chunk[0].published))


def article_page(base: str, source: str, slug: str, redesigned: bool = False) -> str | None:
    """A report's page; `redesigned`: in the table layout with the REDESIGN_POOL sidebar (the ledger's new theme)."""
    layout, reports = SOURCES[source][0], SOURCES[source][1]()
    report = next((r for r in reports if r.slug == slug), None)
    if report is None:
        return None
    if redesigned:
        return render("table", f"{base}/{source}", replace(report, sidebar=REDESIGN_POOL))
    return render(layout, f"{base}/{source}", report)


def feed(base: str, source: str, upto: int | None = None, redesign: int | None = None) -> str:
    """The source's feed: its `upto` oldest reports (default all), those from the `redesign`-th on
    linked to their redesigned pages."""
    oldest_first = list(reversed(SOURCES[source][1]()))[:upto]
    items = "".join(
        f"<item><title>{escape(r.title)}</title><link>{article_url(base, source, r)}"
        f"{'?theme=2' if redesign is not None and index >= redesign else ''}</link>"
        f"<guid isPermaLink=\"false\">{source}-{r.slug}</guid>"
        f"<pubDate>{format_datetime(datetime.combine(r.published, datetime.min.time(), timezone.utc).replace(hour=8))}</pubDate>"
        "</item>"
        for index, r in enumerate(oldest_first)
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Rights Ledger</title>'
            f"<link>{base}/{source}/</link><description>reports</description>{items}</channel></rss>")
