"""Finding things: full-text search over documents (the store's FTS index), the claim list with
filters, and the imminent-execution and death-sentence lists (the same list, one event each)."""

from __future__ import annotations

import re

from flask import Blueprint, g, render_template, request

from vigil.search import fts_query, snippet
from vigil.store import documents
from vigil.web.claimrows import Filters, choices, claim_rows, count_claims

bp = Blueprint("browse", __name__)
PAGE = 200
LISTS = {
    "claims": ("All claims", ""),
    "imminent": ("Imminent executions", "imminent"),
    "sentences": ("Death sentences", "sentenced"),
}


@bp.route("/search")
def search():
    q = (request.args.get("q") or "").strip()[:200]
    results = []
    if fts_query(q):
        results = documents.search(g.db, fts_query(q), 100)
        for r in results:
            # The snippet's markers are control characters no report contains; the template escapes
            # each piece and marks the matches, so a report cannot inject markup through a snippet.
            cut = snippet(r.pop("text") or "", q)
            r["pieces"] = [(piece, i % 2 == 1) for i, piece in enumerate(re.split("[\x02\x03]", cut))]
    return render_template("search.html", q=q, results=results)


@bp.route("/claims")
@bp.route("/lists/<name>")
def claims(name: str = "claims"):
    title, event = LISTS.get(name, LISTS["claims"])
    filters = Filters.from_args(request.args, **({"event": event} if event else {}))
    rows = claim_rows(g.db, filters, limit=PAGE)
    return render_template("claims.html", rows=rows, total=count_claims(g.db, filters), filters=filters, title=title,
                           list_name=name if name in LISTS else "claims", choices=choices(g.db))
