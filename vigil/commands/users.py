"""`vigil users`: staff accounts for the web view. Passwords come from a prompt or stdin, never a file."""

from __future__ import annotations

import sys

import click

from vigil.accounts import ROLES
from vigil.context import AppContext
from vigil.errors import UsageError


@click.group("users")
def command() -> None:
    """Manage the accounts that can log in to `vigil serve`."""


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        try:
            line = sys.stdin.readline()
        except UnicodeDecodeError:  # a locale whose stdin is strict; under C.UTF-8 see check_password
            raise UsageError("password: not UTF-8 text (give it from a UTF-8 terminal or file)") from None
        if not line:
            raise UsageError("--password-stdin: nothing on standard input")
        return line.rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


_stdin_option = click.option("--password-stdin", "from_stdin", is_flag=True,
                             help="Read the password from the first line of standard input instead of a prompt.")


@command.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="viewer: read and export; reviewer: also confirm, reject, correct; admin: everything.")
@_stdin_option
@click.pass_obj
def add(app: AppContext, name: str, role: str, from_stdin: bool) -> None:
    """Create an account NAME with a role; the password is asked for (or read from stdin)."""
    from vigil.accounts import add_user

    user = add_user(app.db, name, role, read_password(from_stdin))
    click.echo(f"Added {user.name} ({user.role}).")


@command.command("passwd")
@click.argument("name")
@_stdin_option
@click.pass_obj
def passwd(app: AppContext, name: str, from_stdin: bool) -> None:
    """Set a new password for NAME; its open sessions end."""
    from vigil.accounts import set_password

    set_password(app.db, name, read_password(from_stdin))
    click.echo(f"Password of {name} changed.")


@command.command("disable")
@click.argument("name")
@click.option("--enable", is_flag=True, help="Enable the account again.")
@click.pass_obj
def disable(app: AppContext, name: str, enable: bool) -> None:
    """Stop NAME from logging in (its sessions end at once); --enable undoes it."""
    from vigil.accounts import set_disabled

    set_disabled(app.db, name, not enable)
    click.echo(f"{name} {'enabled' if enable else 'disabled'}.")


@command.command("list")
@click.pass_obj
def list_(app: AppContext) -> None:
    """List the accounts with their roles."""
    from vigil.accounts import list_users

    users = list_users(app.db)
    if not users:
        click.echo("No accounts.")
    for user in users:
        state = f"  disabled {user.disabled_at}" if user.disabled_at else ""
        click.echo(f"{user.name:<24} {user.role:<9} created {user.created_at}{state}")
