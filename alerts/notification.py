"""The channel-neutral message: what to tell staff, before any channel formats it.

Everything in here is plain text exactly as reports and totals gave it, hostile or not;
each channel escapes it for its own medium (email headers, HTML, Slack mrkdwn).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    text: str
    url: str | None = None  # a link to the report; shown only if http(s)
    note: str = ""  # secondary text: source, date, evidence sentence


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Notification:
    kind: str  # alert | resolved | digest | test
    title: str
    summary: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    sections: tuple[Section, ...] = ()
    chart: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # series name -> (week, total)
    chart_title: str = ""
    dedup_key: str = ""

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "facts": [list(f) for f in self.facts],
            "sections": [
                {"heading": s.heading, "items": [{"text": i.text, "url": i.url, "note": i.note} for i in s.items]}
                for s in self.sections
            ],
            "chart": {k: [list(p) for p in v] for k, v in self.chart.items()},
            "chart_title": self.chart_title,
            "dedup_key": self.dedup_key,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Notification":
        return cls(
            kind=d["kind"],
            title=d["title"],
            summary=d.get("summary", ""),
            facts=tuple(tuple(f) for f in d.get("facts", ())),
            sections=tuple(
                Section(s["heading"], tuple(Item(i["text"], i.get("url"), i.get("note", "")) for i in s["items"]))
                for s in d.get("sections", ())
            ),
            chart={k: [tuple(p) for p in v] for k, v in d.get("chart", {}).items()},
            chart_title=d.get("chart_title", ""),
            dedup_key=d.get("dedup_key", ""),
        )


def sparkline(points: list[tuple[str, int]]) -> str:
    """A text rendering of a weekly series for channels that cannot show an image."""
    bars = "▁▂▃▄▅▆▇█"
    values = [v for _, v in points]
    top = max(values, default=0) or 1
    return "".join(bars[min(len(bars) - 1, v * (len(bars) - 1) // top)] for v in values)
