"""The `users` table: staff accounts for `vigil serve`. Each write commits at once. Callers:
vigil.accounts (the rules: names, roles, password hashing) and vigil.web.security.
"""

from __future__ import annotations

from typing import NamedTuple

from vigil.store import utcnow


class UserRow(NamedTuple):
    id: int
    name: str
    role: str  # viewer | reviewer | admin
    password_hash: str  # argon2id, PHC string
    created_at: str
    disabled_at: str | None


_COLUMNS = ", ".join(UserRow._fields)


def insert_user(db, name: str, role: str, password_hash: str) -> None:
    db["users"].insert({"name": name, "role": role, "password_hash": password_hash, "created_at": utcnow()})


def user_named(db, name: str) -> UserRow | None:
    row = db.execute(f"select {_COLUMNS} from users where name = ?", [name]).fetchone()
    return UserRow(*row) if row else None


def user_with_id(db, user_id: int) -> UserRow | None:
    row = db.execute(f"select {_COLUMNS} from users where id = ?", [user_id]).fetchone()
    return UserRow(*row) if row else None


def all_users(db) -> list[UserRow]:
    """Every account, by name."""
    return [UserRow(*row) for row in db.execute(f"select {_COLUMNS} from users order by name").fetchall()]


def set_password_hash(db, user_id: int, password_hash: str) -> None:
    db.execute("update users set password_hash = ? where id = ?", [password_hash, user_id])
    db.conn.commit()


def set_disabled(db, user_id: int, disabled: bool) -> None:
    """Disable an account from now on, or enable it again."""
    db.execute("update users set disabled_at = ? where id = ?", [utcnow() if disabled else None, user_id])
    db.conn.commit()


def password_hash_of(db, user_id: int) -> str | None:
    user = user_with_id(db, user_id)
    return user.password_hash if user else None
