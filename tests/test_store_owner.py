"""The store owns the SQL: no module outside vigil/store/ runs a statement, opens a connection,
touches a sqlite-utils table or holds SQL text. Each table group's queries live in one module
of the store, which the rest of Vigil calls (issue 14)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("vigil", "alerts", "crawler", "extract")
STORE = REPO / "vigil" / "store"

# Connection and Database calls that run SQL (sqlite3 and sqlite-utils).
STATEMENT_CALLS = {"execute", "executemany", "executescript", "query", "table"}
# sqlite-utils Table methods and properties, on `db["name"]` or `db[table]` (also `g.db[...]`).
TABLE_CALLS = {"insert", "insert_all", "upsert", "upsert_all", "update", "get", "delete", "delete_where",
               "rows_where", "count_where", "lookup", "create", "create_index", "add_column", "enable_fts",
               "transform", "drop", "search"}
TABLE_PROPERTIES = {"count", "rows", "columns", "columns_dict", "pks"}
CONNECTS = {("sqlite3", "connect"), ("sqlite_utils", "Database")}
SQL_TEXT = re.compile(r"^\s*(select\s.+\sfrom\s|insert\s+(or\s+\w+\s+)?into\s|update\s+\w+\s+set\s|delete\s+from\s"
                      r"|create\s+(unique\s+)?(table|index|trigger|view)\s|pragma\s|alter\s+table\s|drop\s+table\s)",
                      re.IGNORECASE | re.DOTALL)


def _is_table(node: ast.AST) -> bool:
    """`db[...]` or `<anything>.db[...]`: a sqlite-utils table (a Database is called db throughout)."""
    if not isinstance(node, ast.Subscript):
        return False
    owner = node.value
    return (isinstance(owner, ast.Name) and owner.id == "db") or (isinstance(owner, ast.Attribute) and owner.attr == "db")


def sql_uses(source: str) -> list[tuple[int, str]]:
    """(line, what) for each place the Python `source` runs SQL or holds SQL text."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, receiver = node.func.attr, node.func.value
            if name in STATEMENT_CALLS:
                found.append((node.lineno, f".{name}()"))
            elif name in TABLE_CALLS and _is_table(receiver):
                found.append((node.lineno, f"[...].{name}()"))
            elif isinstance(receiver, ast.Name) and (receiver.id, name) in CONNECTS:
                found.append((node.lineno, f"{receiver.id}.{name}()"))
        elif isinstance(node, ast.Attribute) and node.attr in TABLE_PROPERTIES and _is_table(node.value):
            found.append((node.lineno, f"[...].{node.attr}"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings \
                and SQL_TEXT.match(node.value):
            found.append((node.lineno, f"SQL text {node.value.strip()[:40]!r}"))
        elif isinstance(node, ast.JoinedStr):
            head = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if SQL_TEXT.match(head):
                found.append((node.lineno, f"SQL text {head.strip()[:40]!r}"))
    return sorted(found)


def modules_outside_the_store() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (REPO / package).rglob("*.py")
                  if STORE not in path.parents and ".venv" not in path.parts)


def test_no_module_outside_the_store_runs_or_holds_sql():
    offenders = [f"{path.relative_to(REPO)}:{line}: {what}"
                 for path in modules_outside_the_store()
                 for line, what in sql_uses(path.read_text(encoding="utf-8"))]
    assert offenders == [], "SQL outside vigil/store/ (move it into the store module of its table):\n" + "\n".join(offenders)


def test_the_scan_covers_the_source_tree():
    scanned = {str(p.relative_to(REPO)) for p in modules_outside_the_store()}
    assert {"vigil/collect.py", "vigil/web/claimrows.py", "alerts/outbox.py", "crawler/http.py",
            "extract/__init__.py"} <= scanned
    assert not any(name.startswith("vigil/store/") for name in scanned)
    assert sql_uses((STORE / "claims.py").read_text(encoding="utf-8")), "the store's own SQL is what the scan must see"


@pytest.mark.parametrize("snippet", [
    'db.execute("update sources set feed_url = ? where id = ?", [url, source_id])',
    'rows = list(db.query(sql, params))',
    'conn.executemany(statement, rows)',
    'db["documents"].update(document_id, changes)',
    'db[name].insert_all(rows)',
    'g.db["users"].get(user_id)',
    'total = db["claims"].count',
    'conn = sqlite3.connect(path)',
    'db = sqlite_utils.Database(conn)',
    '_SQL = """\n  select c.id from claims c\n"""',
    'sql = f"SELECT count(*) FROM {table} WHERE x = ?"',
    'DELETE = "delete from page_blocks where source_id = ?"',
    'cursor = run("insert or ignore into feed_entries (source_id) values (?)")',
])
def test_the_scan_finds_each_kind_of_sql(snippet):
    assert sql_uses(snippet), snippet


@pytest.mark.parametrize("snippet", [
    'def f():\n    """Select the sources whose feeds are due, from the config."""',
    'message = "update the config and run again"',
    'value = row.get("count")',
    'filters.args()',
    'settings["count"] + 1',
    'match = PATTERNS["date"].search(text)',
    'value = config["sources"].get("timeout")',
])
def test_the_scan_leaves_plain_code_alone(snippet):
    assert sql_uses(snippet) == [], snippet
