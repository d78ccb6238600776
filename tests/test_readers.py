"""The reader processes of each collection path (vigil.readpool, sources.yaml `readers:`).

The feed poll and the site crawl may run at once in `vigil run`; each reads its pages with
its own readers, in the count set for it, and a reader that dies costs no page. Readers are
found as `ps` shows them: processes below this one named "vigil feed read" or "vigil site read".
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from collect_helpers import rows, run
from conftest import job_runs, wait_for
from vigil import readpool
from vigil.cli import cli
from vigil.config import SourcesFile
from vigil.config_files import ConfigError, load_file

DIED = "a reader process ended abruptly (killed, or out of memory); the pages it held are read again"


def reader_processes(root: int) -> dict[str, list[int]]:
    """The live reader processes below `root` (any depth: they are the forkserver's children), by name."""
    parents, names = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        name, rest = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
        if rest[0] != "Z":
            parents[int(entry.name)], names[int(entry.name)] = int(rest[1]), name
    below, found = {root}, {}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in below and pid not in below:
                below.add(pid)
                grew = True
    for pid in sorted(below - {root}):
        if names[pid].startswith("vigil ") and names[pid].endswith(" read"):
            found.setdefault(names[pid], []).append(pid)
    return found


def site(base: str, pages: int, per: int, **fields) -> dict:
    return {"id": "desk", "type": "site", "start_urls": [f"{base}/bench/site/?pages={pages}&per={per}"],
            "article_links": "h2.entry-title a", "next_page": "a.next", "max_pages": pages * (per + 1) + 5, **fields}


def feed(source_id: str, base: str, number: int) -> dict:
    return {"id": source_id, "type": "feed", "url": f"{base}/bench/feed/{number}.xml?per=10"}


def readpool_messages(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "vigil.readpool" and r.levelno >= logging.WARNING]


def test_each_path_reads_with_its_own_readers_in_the_count_set_for_it(mockserver, sources_config, tmp_path):
    readpool.shutdown_all()  # readers earlier tests of this process started
    base = mockserver.ns("readers-own")
    config = sources_config([feed("wire", base, 0), site(base, 2, 6)], readers={"feeds": 2, "sites": 1})
    data = tmp_path / "data"
    assert reader_processes(os.getpid()) == {}
    report = run(config, data, kinds=("feed",))
    assert report.get("wire").new_documents == 10, report.summary()
    feed_readers = reader_processes(os.getpid())
    assert list(feed_readers) == ["vigil feed read"] and len(feed_readers["vigil feed read"]) == 2
    report = run(config, data, kinds=("site",))
    assert report.get("desk").new_documents == 12, report.summary()
    after = reader_processes(os.getpid())
    # the crawl started its own reader and left the feed path's as they were: nothing was resized
    assert after["vigil feed read"] == feed_readers["vigil feed read"]
    assert len(after["vigil site read"]) == 1
    readpool.shutdown_all()
    assert reader_processes(os.getpid()) == {}


def test_no_readers_reads_in_the_collecting_process(mockserver, sources_config, tmp_path):
    readpool.shutdown_all()
    base = mockserver.ns("readers-none")
    config = sources_config([feed("wire", base, 1), site(base, 2, 6)], readers={"feeds": 0, "sites": 0})
    report = run(config, tmp_path / "data")
    assert report.get("wire").new_documents == 10 and report.get("desk").new_documents == 12, report.summary()
    assert reader_processes(os.getpid()) == {}


def _square_but_die_once(job) -> int:
    """Runs in a reader: item 3 kills its reader the first time it is read (a marker file says so)."""
    n, marker = job
    if n == 3 and not os.path.exists(marker):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def test_a_reader_killed_mid_batch_loses_no_page_and_says_so_once(tmp_path, caplog):
    readers = readpool.readers("feeds", 2)
    items = [(n, str(tmp_path / "died")) for n in range(readpool.PROCESS_BATCH * 3)]
    with caplog.at_level(logging.WARNING, logger="vigil.readpool"):
        read = readers.read_pages(_square_but_die_once, items)
    assert (tmp_path / "died").exists(), "test setup: the reader did not die"
    assert read == [(n * n, None) for n, _ in items]
    assert readpool_messages(caplog) == [f"feed readers: {DIED}"]
    # the pool goes on with new readers
    assert readers.read_pages(_square_but_die_once, items) == [(n * n, None) for n, _ in items]
    assert readers.pids()


def test_a_feed_reader_killed_between_polls_costs_no_document(mockserver, sources_config, tmp_path, caplog):
    readpool.shutdown_all()  # the only feed readers are this test's
    base = mockserver.ns("readers-feed-kill")
    config = sources_config([feed("wire", base, 2), feed("agency", base, 3)], readers={"feeds": 2})
    data = tmp_path / "data"
    assert run(config, data, source_ids=["wire"]).get("wire").new_documents == 10
    readers = reader_processes(os.getpid())["vigil feed read"]
    os.kill(readers[0], signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger="vigil.readpool"):
        report = run(config, data, source_ids=["agency"])
    assert report.get("agency").new_documents == 10 and not report.errors, report.summary()
    assert readpool_messages(caplog) == [f"feed readers: {DIED}"]
    assert len(rows(data, "select id from documents where source_id = 'agency' and text != ''")) == 10


def test_a_site_reader_killed_mid_crawl_costs_no_document(mockserver, sources_config, tmp_path, caplog):
    """The crawl reads its articles ahead, as they arrive; the reader is killed while it does."""
    readpool.shutdown_all()
    base = mockserver.ns("readers-site-kill")
    # 44 pages at one request every 0.05 s: the crawl goes on well after its readers start
    config = sources_config([site(base, 4, 10, politeness={"per_domain": 1, "download_delay": 0.05})],
                            readers={"sites": 1})
    killed: list[int] = []
    stop = threading.Event()

    def kill_the_first_reader() -> None:
        while not stop.is_set():
            found = reader_processes(os.getpid()).get("vigil site read")
            if found:
                os.kill(found[0], signal.SIGKILL)
                killed.append(found[0])
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_the_first_reader, daemon=True)
    killer.start()
    try:
        with caplog.at_level(logging.WARNING, logger="vigil.readpool"):
            report = run(config, tmp_path / "data")
    finally:
        stop.set()
        killer.join(5)
    assert killed, "test setup: no site reader was started"
    assert report.get("desk").new_documents == 40 and not report.errors, report.summary()
    assert readpool_messages(caplog) == [f"site readers: {DIED}"]


@pytest.mark.parametrize(
    "readers, message",
    [({"feeds": -1}, "readers.feeds: Input should be greater than or equal to 0"),
     ({"sites": 33}, "readers.sites: Input should be less than or equal to 32"),
     ({"site": 1}, "readers.site: ")],
)
def test_a_bad_reader_count_names_file_and_field(tmp_path, readers, message):
    body = {"readers": readers, "sources": [{"id": "wire", "name": "Wire", "org": "news", "type": "feed",
                                             "url": "https://wire.example.org/feed"}]}
    (tmp_path / "sources.yaml").write_text(yaml.safe_dump(body), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_file(tmp_path / "sources.yaml", SourcesFile)
    problems = raised.value.problems
    assert len(problems) == 1 and problems[0].startswith(f"sources.yaml: {message}"), problems


def test_the_default_counts_leave_the_crawl_a_core(tmp_path):
    config = SourcesFile()
    cores = os.cpu_count() or 1
    assert config.readers.count("feeds") == min(4, cores)
    assert config.readers.count("sites") == min(4, cores - 1)


def test_check_shows_the_reader_counts(tmp_path):
    write_service_config(tmp_path, [], [], readers={"sites": 3})
    result = CliRunner().invoke(cli, ["--config", str(tmp_path), "check"])
    assert result.exit_code == 0, result.output
    cores = os.cpu_count() or 1
    feeds = min(4, cores)
    assert (f"Readers: feeds {feeds} process{'es' if feeds != 1 else ''} (default for {cores} "
            f"core{'s' if cores != 1 else ''}), sites 3 processes (set in sources.yaml)") in result.output.splitlines()


def write_service_config(directory: Path, sources: list[dict], jobs: list[dict], **settings) -> Path:
    sources_yaml = {"user_agent": "VigilTest/1.0 (+http://example.org/vigil)", "timeout": 5.0,
                    "allow_private_addresses": True, "politeness": {"autothrottle": False, "per_domain": 4}, **settings,
                    "sources": [{"name": s["id"], "org": "news", "lang": "en", **s} for s in sources]}
    files = {"sources.yaml": sources_yaml, "schedules.yaml": {"timezone": "UTC", "jobs": jobs},
             "alerts.yaml": {"timezone": "UTC", "channels": {}, "rules": []}}
    for name, body in files.items():
        (directory / name).write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return directory


@pytest.mark.slow
def test_the_feed_and_site_jobs_run_at_once_and_the_service_stops_its_readers(mockserver, tmp_path, vigil_service):
    base = mockserver.ns("readers-service")
    config = tmp_path / "config"
    config.mkdir()
    write_service_config(config, [feed("wire", base, 4), feed("agency", base, 5), site(base, 3, 8)],
                         [{"id": "feeds", "run": "collect-feeds", "every": "1h"},
                          {"id": "sites", "run": "crawl-sites", "every": "1h"}],
                         readers={"feeds": 2, "sites": 1})
    data = tmp_path / "data"
    service = vigil_service(config, data)
    try:
        done = wait_for(lambda: (lambda r: r if len(r) == 2 else None)(
            [r for r in job_runs(data) if r["finished_at"]]), 120, "both jobs to finish", service)
        readers = reader_processes(service.proc.pid)
    finally:
        code, took = service.stop()
    assert code == 0, service.log()[-3000:]
    assert {r["job_id"]: r["outcome"] for r in done} == {"feeds": "ok", "sites": "ok"}, done
    first, second = sorted(done, key=lambda r: r["started_at"])
    assert second["started_at"] < first["finished_at"], f"the jobs did not overlap: {done}"
    counted = rows(data, "select source_id, count(*) n from documents group by source_id")
    documents = {r["source_id"]: r["n"] for r in counted}
    assert documents == {"wire": 10, "agency": 10, "desk": 24}
    assert len(readers["vigil feed read"]) == 2 and len(readers["vigil site read"]) == 1, readers
    # stopped with the service, before it exited: none is left to notice its parent has gone
    assert [pid for pid in readers["vigil feed read"] + readers["vigil site read"] if _alive(pid)] == []
    assert "stopped cleanly" in service.log()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
