"""Search finds a Persian word however the reporter typed the joint between its parts: a ZWNJ,
a space or nothing. Real parts: documents stored in a real SQLite store, the web view served
on 127.0.0.1 and queried through /search, and the migration that rebuilds an older index."""

from __future__ import annotations

import urllib.parse

import pytest

from alerts.transliteration import fold_letters
from vigil.store import open_store
from vigil.store.documents import insert_document
from webclient import RunningWeb

ZWNJ = "\u200c"

# Three reports of my own, one per way of writing the joints of "Qezel Hesar" and "executed".
REPORTS = {
    "nothing": ("گزارش یکم", "سه زندانی در زندان قزلحصار کرج اعدامشده‌اند و خانواده‌ها خبر ندارند."),
    "space": ("گزارش دوم", "پیکر یک زندانی اعدام شده از زندان قزل حصار به خانواده تحویل داده شد."),
    "zwnj": ("گزارش سوم", f"نام دو زندانی اعدام{ZWNJ}شده در قزل{ZWNJ}حصار منتشر شد."),
    "apart": ("گزارش چهارم", "قزل، نام روستایی است؛ حصار دیگری در این گزارش نیست."),
}


def store_reports(data_dir) -> None:
    db = open_store(data_dir)
    db["sources"].insert({"id": "hrana-fa", "name": "HRANA (Persian)", "org": "rights-group", "type": "feed"})
    with db.conn:
        for n, (key, (title, text)) in enumerate(REPORTS.items()):
            insert_document(db.conn, {"url": f"https://hrana.example.org/fa/{key}", "source_id": "hrana-fa",
                                      "title": title, "published": f"2026-11-2{n}", "lang": "fa", "text": text})
    db.close()


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    source = tmp_path_factory.mktemp("joints") / "data"
    store_reports(source)
    running = RunningWeb(source, tmp_path_factory.mktemp("joints-web") / "data")
    yield running
    running.close()


@pytest.fixture
def reviewer(web):
    return web.signed_in("reviewer")


def found(client, query: str) -> set[str]:
    page = client.get("/search?" + urllib.parse.urlencode({"q": query}))
    assert page.status == 200
    return {key for key, (title, _) in REPORTS.items() if title in page.text}


@pytest.mark.parametrize("query", ["قزلحصار", "قزل حصار", f"قزل{ZWNJ}حصار", "زندانى قزل حصار"])
def test_a_place_name_is_found_however_its_joint_is_typed(reviewer, query):
    assert found(reviewer, query) >= {"nothing", "space", "zwnj"}


@pytest.mark.parametrize("query", ["اعدام شده", f"اعدام{ZWNJ}شده", "اعدامشده", "زندانى اعدامشده"])
def test_a_participle_is_found_however_its_joint_is_typed(reviewer, query):
    assert found(reviewer, query) == {"nothing", "space", "zwnj"}


def test_a_joint_never_spans_punctuation(reviewer):
    # "قزل، ... حصار" holds both words but not the name: only the two words typed apart find it
    assert "apart" not in found(reviewer, "قزلحصار")
    assert "apart" in found(reviewer, "قزل حصار")


def test_the_snippet_marks_the_word_as_the_text_writes_it(reviewer):
    page = reviewer.get("/search?" + urllib.parse.urlencode({"q": "قزلحصار"}))
    assert "<mark>قزل حصار</mark>" in page.text and f"<mark>قزل{ZWNJ}حصار</mark>" in page.text


def test_an_index_built_before_the_joints_were_folded_is_rebuilt(tmp_path):
    data = tmp_path / "data"
    store_reports(data)
    db = open_store(data)
    # the index as m008 built it: letters folded, a space kept apart from the word
    for document_id, title, text in db.execute("select id, title, text from documents").fetchall():
        db.execute("update documents_search set title = ?, text = ? where rowid = ?",
                   [fold_letters(title), fold_letters(text), document_id])
    db.execute("delete from _sqlite_migrations where name = 'm014_search_joints'")
    db.conn.commit()
    assert db.execute("select count(*) from documents_search where documents_search match ?",
                      ['"قزلحصار"']).fetchone()[0] == 2
    db.close()
    db = open_store(data)  # opening the store applies the pending migration
    assert db.execute("select count(*) from documents_search where documents_search match ?",
                      ['"قزلحصار"']).fetchone()[0] == 3
    db.close()
