"""`vigil review CLAIM`: confirm, reject or correct a claim from the shell, as the web view's review
form does (vigil.reviews), for a server without a browser. The review is made in the name of a staff
account with the reviewer role (`vigil users`), so the audit trail names a person either way."""

from __future__ import annotations

import click

from vigil.context import AppContext
from vigil.errors import UsageError


@click.command("review")
@click.argument("claim_id", type=int, metavar="CLAIM")
@click.option("--confirm", "action", flag_value="confirm", help="The claim is right as extracted.")
@click.option("--reject", "action", flag_value="reject", help="The claim is wrong: it counts nowhere (give --reason).")
@click.option("--correct", "action", flag_value="correct",
              help="The claim counts with the values given (--count, --period-start, ...).")
@click.option("--as", "reviewer", required=True, metavar="USER",
              help="The staff account the review is recorded for (a reviewer or admin of `vigil users`).")
@click.option("--reason", default="", help="Why; required with --reject.")
@click.option("--count", default=None, help="Corrected number of people.")
@click.option("--period-start", default=None, metavar="YYYY-MM-DD", help="Corrected first day.")
@click.option("--period-end", default=None, metavar="YYYY-MM-DD", help="Corrected last day (default: the first).")
@click.option("--event", default=None, help="Corrected event: executed, sentenced or imminent.")
@click.option("--country", default=None, metavar="CC", help="Corrected country (ISO code).")
@click.option("--location", default=None, help="Corrected place.")
@click.pass_obj
def command(app: AppContext, claim_id: int, action: str | None, reviewer: str, reason: str, **corrections) -> None:
    """Confirm, reject (with --reason) or correct claim CLAIM, as USER.

    The review is appended to the claim's audit trail and changes totals, alerts and the digest
    from their next computation, exactly as a review in the web view does.
    """
    from vigil.accounts import get_user
    from vigil.reviews import ClaimNotFound, record_review

    if action is None:
        raise UsageError("give one of --confirm, --reject or --correct")
    given = {name: value for name, value in corrections.items() if value is not None}
    if given and action != "correct":
        raise UsageError(f"--{next(iter(given)).replace('_', '-')}: corrected values go with --correct only")
    user = get_user(app.db, reviewer)
    if user is None or user.disabled_at:
        raise UsageError(f"--as: no active account named {reviewer!r} (see `vigil users list`)")
    if not user.can("reviewer"):
        raise UsageError(f"--as: {user.name} is a {user.role}; reviews need the reviewer or admin role")
    try:
        saved = record_review(app.db, claim_id, action, user.name, reason, given)
    except ClaimNotFound as exc:
        raise UsageError(str(exc).replace(" (re-extracted since the page was loaded?)", " (see `vigil claims`)"))
    click.echo(f"Claim #{claim_id} {saved.describe()}.")
