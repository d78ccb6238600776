"""Staff accounts for `vigil serve`: a name, a role and an argon2id password hash in the store.

Passwords never touch the YAML files or the command line: `vigil users add` reads them from a
prompt or from stdin. Hashes are argon2-cffi's PHC strings (parameters travel with each hash,
so raising the cost later re-hashes a password at its next login).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from vigil.errors import UsageError

if TYPE_CHECKING:  # the store is loaded when an account is read, not when `vigil --help` lists `users`
    import sqlite_utils

    from vigil.store.users import UserRow

ROLES = ("viewer", "reviewer", "admin")  # each role can do what the ones before it can
MIN_PASSWORD_LENGTH = 12
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verifying an unknown name against this hash costs as much as a real check, so response
    times do not tell which account names exist. Made at first use: hashing takes a while."""
    return _hasher.hash("no such account: constant-time placeholder")


def _users():
    """The store's users table (vigil.store.users), imported on first use (see above)."""
    from vigil.store import users

    return users


class AccountError(UsageError):
    """A bad account name, role or password, or an account that exists (or does not)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    created_at: str
    disabled_at: str | None = None

    def can(self, role: str) -> bool:
        """Whether this account has at least `role` (a reviewer can do what a viewer can)."""
        return ROLES.index(self.role) >= ROLES.index(role)


def _user(row: UserRow) -> User:
    return User(row.id, row.name, row.role, row.created_at, row.disabled_at)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"password: at least {MIN_PASSWORD_LENGTH} characters")
    try:  # bytes that are not UTF-8 on stdin arrive as lone surrogates, which argon2 cannot hash
        password.encode("utf-8")
    except UnicodeEncodeError:
        raise AccountError("password: not UTF-8 text (give it from a UTF-8 terminal or file)") from None


def add_user(db: sqlite_utils.Database, name: str, role: str, password: str) -> User:
    """Create an account; raises AccountError for a bad name, role or password, or a taken name."""
    if not _NAME.match(name):
        raise AccountError(f"name: {name!r}: use letters, digits and . _ @ - (at most 64)")
    if role not in ROLES:
        raise AccountError(f"--role: {role!r} is not one of {', '.join(ROLES)}")
    check_password(password)
    if get_user(db, name) is not None:
        raise AccountError(f"user {name!r} exists (use `vigil users passwd` to set a new password)")
    _users().insert_user(db, name, role, _hasher.hash(password))
    return get_user(db, name)


def set_password(db: sqlite_utils.Database, name: str, password: str) -> None:
    check_password(password)
    user = get_user(db, name)
    if user is None:
        raise AccountError(f"user {name!r}: no such account")
    _users().set_password_hash(db, user.id, _hasher.hash(password))


def set_disabled(db: sqlite_utils.Database, name: str, disabled: bool) -> None:
    user = get_user(db, name)
    if user is None:
        raise AccountError(f"user {name!r}: no such account")
    _users().set_disabled(db, user.id, disabled)


def get_user(db: sqlite_utils.Database, name: str) -> User | None:
    row = _users().user_named(db, name)
    return _user(row) if row else None


def get_user_by_id(db: sqlite_utils.Database, user_id: int) -> User | None:
    row = _users().user_with_id(db, user_id)
    return _user(row) if row else None


def list_users(db: sqlite_utils.Database) -> list[User]:
    return [_user(r) for r in _users().all_users(db)]


def authenticate(db: sqlite_utils.Database, name: str, password: str) -> User | None:
    """The account if `password` is right and the account enabled; None otherwise (never says which)."""
    row = _users().user_named(db, name)
    stored = row.password_hash if row else _dummy_hash()
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if not row or row.disabled_at:
        return None
    if _hasher.check_needs_rehash(stored):
        _users().set_password_hash(db, row.id, _hasher.hash(password))
    return _user(row)
