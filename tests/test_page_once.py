"""A collected page is read once: what the template cuts from it is known from its line hashes
alone, so a crawl's documents are not read a second time as if stored under another template."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import time
from pathlib import Path

import lxml.html

from collect_helpers import run
from crawler.blocks import cut_keys, page_hashes, strip_blocks
from vigil import readpool, templates
from vigil.config import SourcesFile
from vigil.config_files import load_file
from vigil.documents import changes_of, reread
from vigil.store import ARCHIVE_DIR
from vigil.store import open_store

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import pages as mocksite  # noqa: E402


def test_the_keys_a_template_cuts_are_known_from_the_page_hashes():
    trees = [lxml.html.document_fromstring(mocksite.article_page("http://127.0.0.1:1/t/x", n)) for n in range(6)]
    template = frozenset.intersection(*(page_hashes(t) for t in trees))  # the lines every page shares
    assert template, "test setup: the fixture pages share their navigation and footer"
    for tree in trees:
        removed = strip_blocks(copy.deepcopy(tree), template)
        assert removed and cut_keys(page_hashes(tree), template) == removed


def test_a_crawls_documents_are_read_as_the_final_template_reads_them_and_not_again(mockserver, sources_config, tmp_path):
    base = mockserver.ns("read-once")
    config = sources_config([{"id": "desk", "type": "site", "start_urls": [f"{base}/bench/site/?pages=2&per=6"],
                              "article_links": "h2.entry-title a", "next_page": "a.next", "max_pages": 20}])
    report = run(config, tmp_path / "data")
    assert report.get("desk").new_documents == 12, report.summary()
    assert report.get("desk").refreshed == 0
    db = open_store(tmp_path / "data")
    try:
        template = templates.template_of(db, "desk")
        assert template
        assert templates.stale_documents(db, "desk", template) == []
        # pages read ahead during the crawl (under the template known so far) are stored as a
        # reading under the final template would store them
        source = load_file(config / "sources.yaml", SourcesFile).get("desk")
        for document in db.query("select * from documents where source_id = 'desk'"):
            assert changes_of(document, reread(db, source, document, tmp_path / "data" / ARCHIVE_DIR)) == {}
    finally:
        db.close()


def _pid_unless_odd(n: int) -> int:
    """Runs in a reader process: its pid, or a failure for an odd item."""
    if n % 2:
        raise ValueError(f"item {n} is odd")
    return os.getpid()


def test_a_batch_is_read_in_worker_processes_and_one_item_fails_alone():
    items = list(range(readpool.PROCESS_BATCH * 2))
    readers = readpool.readers("feeds", 1)
    read = readers.read_pages(_pid_unless_odd, items)
    assert len(read) == len(items)
    pids = {pid for pid, exc in read if exc is None}
    assert os.getpid() not in pids
    failures = [(n, exc) for n, (_, exc) in zip(items, read) if exc is not None]
    assert [n for n, _ in failures] == [n for n in items if n % 2]
    assert all(isinstance(exc, ValueError) and str(exc) == f"item {n} is odd" for n, exc in failures)
    small = readers.read_pages(_pid_unless_odd, [0, 2])  # a few pages are read here
    assert [pid for pid, _ in small] == [os.getpid()] * 2


def test_the_readers_go_when_the_reading_process_is_killed(tmp_path):
    """A collector killed outright (SIGKILL) leaves no reader processes behind."""
    script = tmp_path / "reader.py"
    script.write_text(
        "import sys\n"
        "from vigil import readpool\n"
        "if __name__ == '__main__':\n"
        "    readers = readpool.readers('feeds', 2)\n"
        "    readers.read_pages(abs, list(range(readpool.PROCESS_BATCH)))  # starts the workers\n"
        "    print(*readers.pids(), flush=True)\n"
        "    sys.stdin.read()\n")
    child = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in child.stdout.readline().split()]
        assert workers
    finally:
        child.kill()
        child.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
