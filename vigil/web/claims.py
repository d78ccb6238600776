"""One claim (its fields, the rules that made it, its review history) and reviewing it;
the review queue of unreviewed claims, those behind alerted weeks first."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import HiddenField, StringField
from wtforms.validators import AnyOf, Length, Optional

from alerts.trace import listed_week, span_note
from vigil.reviews import EVENTS, ClaimNotFound, ReviewError, history, record_review
from vigil.web.claimrows import Filters, choices, claim_row, claim_rows, decode_row
from vigil.web.figures import alerted_weeks, behind_alerts, figures
from vigil.web.security import local_path, requires

bp = Blueprint("claims", __name__)
QUEUE_PAGE = 100


class ReviewForm(FlaskForm):
    action = HiddenField(validators=[AnyOf(("confirm", "reject", "correct"))])
    reason = StringField("Reason", validators=[Optional(), Length(max=1000)])
    count = StringField("Count", validators=[Optional(), Length(max=8)])
    period_start = StringField("From", validators=[Optional(), Length(max=10)])
    period_end = StringField("To", validators=[Optional(), Length(max=10)])
    event = StringField("Event", validators=[Optional(), AnyOf(EVENTS)])
    country = StringField("Country", validators=[Optional(), Length(max=2)])
    location = StringField("Place", validators=[Optional(), Length(max=200)])
    next = HiddenField()


def _week_of(claim_id: int) -> tuple[str | None, str]:
    """(label of the week the claim is listed in, as `vigil claims` lists it (alerts.trace.listed_week),
    or None; the note on a period that runs over several weeks, or '')."""
    fig = figures()
    record = fig.record(claim_id)
    week = listed_week(fig.totals, record) if record is not None else None
    if week is None:
        return None, ""
    return fig.scheme.label(week), span_note(record, fig.scheme, week)


@bp.route("/claims/<int:claim_id>")
def claim(claim_id: int):
    row = claim_row(g.db, claim_id)
    if row is None:
        abort(404)
    week, spans = _week_of(claim_id)
    return render_template("claim.html", c=row, history=history(g.db, claim_id), form=ReviewForm(),
                           week=week, spans=spans, counted=figures().record(claim_id))


@bp.route("/claims/<int:claim_id>/review", methods=["POST"])
@requires("reviewer")
def review(claim_id: int):
    form = ReviewForm()
    back = local_path(form.next.data, url_for("claims.claim", claim_id=claim_id))
    if not form.validate():
        flash("The review was not saved: " + "; ".join(f"{k}: {' '.join(v)}" for k, v in form.errors.items()), "error")
        return redirect(back)
    corrections = {name: getattr(form, name).data for name in
                   ("count", "period_start", "period_end", "event", "country", "location")}
    try:
        saved = record_review(g.db, claim_id, form.action.data, g.user.name, form.reason.data or "", corrections)
    except ClaimNotFound:
        abort(404)
    except ReviewError as exc:
        flash(f"The review was not saved: {exc}", "error")
        return redirect(back)
    flash(f"Claim #{claim_id} {saved.describe()}.", "ok")
    return redirect(back)


@bp.route("/review")
def queue():
    """Unreviewed claims: those behind the figures of weeks that alerted first (newest week
    first), then executions, then the rest, newest first."""
    filters = Filters.from_args(request.args, status="unreviewed")
    rows = claim_rows(g.db, filters, decode=False)
    fig = figures()
    behind = behind_alerts(fig, alerted_weeks(g.db))
    for row in rows:
        record = fig.record(row["id"])
        week = listed_week(fig.totals, record) if record is not None else None
        row["week"] = fig.scheme.label(week) if week is not None else None
        row["alerted"] = behind.get(row["id"])
    rows.sort(key=lambda r: (r["alerted"] is None, _descending(r["alerted"]), r["event"] != "executed",
                             -_ordinal(r["day"]), r["id"]))
    return render_template("queue.html", rows=[decode_row(r) for r in rows[:QUEUE_PAGE]], total=len(rows),
                           filters=filters,
                           choices=choices(g.db), form=ReviewForm())


def _descending(label: str | None) -> tuple:
    return tuple(-ord(ch) for ch in label) if label else ()


def _ordinal(day: str | None) -> int:
    return date.fromisoformat(day[:10]).toordinal() if day else 0
