"""CSV and JSON export of claims (with the filters on screen) and of weekly totals.

CSV cells that a spreadsheet would read as a formula (=, +, -, @, tab, CR at the start) get a
leading apostrophe: report text is attacker-controlled and must not run in a colleague's
spreadsheet (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
import json
from flask import Blueprint, Response, abort, g, request

from alerts.plaintext import plain
from vigil.provenance import support_note
from vigil.web.claimrows import Filters, claim_rows
from vigil.web.figures import figures, week_row

bp = Blueprint("export", __name__)

CLAIM_COLUMNS = ("id", "event", "country", "count", "qualifier", "period_start", "period_end", "kind", "offences",
                 "location", "names", "status", "review", "as_extracted", "source_id", "url", "title", "published",
                 "evidence", "support", "rules", "extractor_version")
TOTAL_COLUMNS = ("week", "week_start", "country", "total", "reported", "confirmed", "incidents", "bound", "sources")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = "; ".join(f"{k} {'-' if v is None else v}" for k, v in value.items())
    text = plain(value, multiline=True)  # no bidi override may reverse a cell in a colleague's spreadsheet
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_value(column: str, value):
    """A value as its CSV cell shows it: each supporting sentence as `text 42-166 (count, period):
    sentence`, one after the other (the JSON export keeps their fields)."""
    if column == "support" and value:
        return " | ".join(f"{support_note(s)}: {s.get('evidence') or ''}" for s in value)
    return value


def _claim_dict(row: dict) -> dict:
    """One exported claim with the values that count, as totals and `vigil claims` count it: a
    corrected claim carries the corrected fields, and `as_extracted` the values they replaced."""
    out = {k: row.get(k) for k in CLAIM_COLUMNS}
    review = row.get("review")
    out["review"] = review.describe() if review else None
    out["as_extracted"] = None
    if review is not None and review.action == "correct":
        changes = review.changes()
        out.update({name: after for name, _, after in changes})
        out["as_extracted"] = {name: before for name, before, _ in changes}
    return out


def _send(rows: list[dict], columns, fmt: str, name: str) -> Response:
    if fmt == "json":
        body, mimetype = json.dumps(rows, indent=2, ensure_ascii=False), "application/json"
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(_csv_value(c, row.get(c))) for c in columns])
        body, mimetype = buffer.getvalue(), "text/csv"
    else:
        abort(404)
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@bp.route("/export/claims.<fmt>")
def claims(fmt: str):
    filters = Filters.from_args(request.args)
    return _send([_claim_dict(r) for r in claim_rows(g.db, filters)], CLAIM_COLUMNS, fmt, "vigil-claims")


@bp.route("/export/totals.<fmt>")
def totals(fmt: str):
    """Weekly totals as `vigil totals` gives them, every week with data (or `weeks` up to `week`)."""
    fig = figures()
    country = (request.args.get("country") or "").upper() or None
    label = request.args.get("week")
    if label:
        try:
            last = fig.scheme.parse(label)
        except ValueError:
            abort(404)
        count = min(max(request.args.get("weeks", 12, type=int), 1), 520)
        weeks = fig.totals.weeks(last, count, country)
    else:
        weeks = [w for w in fig.totals.all_weeks() if country is None or w.country == country]
    return _send([week_row(w) for w in weeks], TOTAL_COLUMNS, fmt, "vigil-totals")

