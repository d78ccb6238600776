"""For admins: the accounts (made with `vigil users`) and the whole review audit trail."""

from __future__ import annotations

from flask import Blueprint, g, render_template

from vigil.accounts import list_users
from vigil.reviews import all_reviews
from vigil.web.security import requires

bp = Blueprint("admin", __name__)


@bp.route("/admin")
@requires("admin")
def overview():
    reviews = list(reversed(all_reviews(g.db)))[:500]
    return render_template("admin.html", users=list_users(g.db), reviews=reviews)
