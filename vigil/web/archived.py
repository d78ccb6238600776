"""The page behind a claim, as archived: read back from its WARC record, never from the live site.

Two views: the article text (extracted afresh from the archived response, as `vigil extract
rerun` reads it) with the evidence sentence highlighted, beside the record's fetch time
and digests; and the raw archived HTML, served under a Content-Security-Policy `sandbox`
that runs no script and loads nothing (no image, stylesheet or font from the live site).
"""

from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, abort, current_app, g, make_response, render_template, request

from crawler.archive import ArchiveError, read_response
from crawler.article import ArticleError
from vigil.extraction import reread_archived
from vigil.provenance import locate, record_info, warc_path
from vigil.store import claims as store_claims
from vigil.store import documents
from vigil.web.claimrows import claim_rows

bp = Blueprint("archived", __name__)
_CHARSET = re.compile(r"charset=\"?([a-z0-9_.:-]{1,40})")

RAW_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; "
    "form-action 'none'; base-uri 'none'; frame-ancestors 'self'"
)


def _warc_path(document: dict) -> Path:
    return warc_path(document, current_app.config["ARCHIVE_DIR"])


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """Cut `text` into (piece, mark) pieces; `mark` is '' or the span's class. Of overlapping
    spans the first is kept, and of spans starting together the selected claim's evidence, then
    its support, then another claim's evidence."""
    out, at = [], 0
    for start, end, mark in sorted(spans, key=lambda s: (s[0], "selected" not in s[2], "support" not in s[2], s[1])):
        if start < at or start >= end or end > len(text):
            continue
        out.append((text[at:start], ""))
        out.append((text[start:end], mark))
        at = end
    out.append((text[at:], ""))
    return [piece for piece in out if piece[0]]


def _document(document_id: int) -> dict:
    document = documents.get_document(g.db, document_id)
    if document is None:
        abort(404)
    return dict(document)


@bp.route("/documents/<int:document_id>/archived")
def page(document_id: int):
    document = _document(document_id)
    claims = claim_rows(g.db, ids=store_claims.claim_ids_of(g.db, document_id))
    selected = request.args.get("claim", type=int)
    info, fresh, problem = None, None, None
    if document["warc_file"]:
        try:
            path = _warc_path(document)
            info = record_info(path, document["warc_offset"])
            fresh = reread_archived(g.db, document, current_app.config["ARCHIVE_DIR"])
        except (ArchiveError, ArticleError, OSError, ValueError) as exc:
            problem = f"The archived record cannot be read: {exc}"
    else:
        problem = "This document has no archived record."
    text = fresh.text if fresh else ""
    title = fresh.title if fresh else (document["title"] or "")
    spans: dict[str, list] = {"text": [], "title": []}
    missing = []
    for c in claims:
        source = title if c["field"] == "title" else text
        where = locate(source, c)
        if where is None:
            missing.append(c)
            continue
        mark = "evidence selected" if c["id"] == selected else "evidence"
        spans["title" if c["field"] == "title" else "text"].append((*where, mark))
        if c["id"] != selected:
            continue
        for s in c["support"]:   # the sentences the selected claim also rests on (its day, its place)
            place = locate(title if s["field"] == "title" else text, s)
            if place is not None:
                spans["title" if s["field"] == "title" else "text"].append((*place, "support"))
    return render_template(
        "archived.html", d=document, info=info, problem=problem, claims=claims, selected=selected,
        title_parts=segments(title, spans["title"]), text_parts=segments(text, spans["text"]), missing=missing,
    )


@bp.route("/documents/<int:document_id>/raw")
def raw(document_id: int):
    document = _document(document_id)
    if not document["warc_file"]:
        abort(404)
    try:
        _url, headers, body = read_response(_warc_path(document), document["warc_offset"])
    except (ArchiveError, OSError) as exc:
        abort(make_response(f"The archived record cannot be read: {exc}", 500, {"Content-Type": "text/plain"}))
    archived_type = (headers.get("Content-Type") or "").lower() if headers else ""
    match = _CHARSET.search(archived_type)
    charset = match.group(1) if match else ""
    kind = "text/html" if "html" in archived_type or not archived_type else "text/plain"
    response = make_response(body)
    response.headers["Content-Type"] = f"{kind}; charset={charset}" if charset else kind
    response.headers["Content-Security-Policy"] = RAW_CSP
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Content-Disposition"] = "inline"
    return response
