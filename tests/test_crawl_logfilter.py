"""The crawl child's log: one WARNING line per failed request; the traceback only at debug."""

from __future__ import annotations

import io
import logging

import pytest

from crawler.logfilter import OneLineFailures


@pytest.fixture
def child_log():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(OneLineFailures())
    root, scrapy = logging.getLogger(), logging.getLogger("scrapy")
    saved = root.level, scrapy.level
    scrapy.setLevel(logging.NOTSET)  # in the child, the root level decides (vigil.cli sets "scrapy" in the parent)
    root.addHandler(handler)
    yield stream, root
    root.removeHandler(handler)
    root.setLevel(saved[0])
    scrapy.setLevel(saved[1])


def fail(logger_name: str) -> None:
    try:
        raise ConnectionRefusedError("Connection was refused by other side")
    except ConnectionRefusedError:
        logging.getLogger(logger_name).error("Error downloading <GET %s>", "http://127.0.0.1:9/", exc_info=True)


def test_a_failure_with_traceback_becomes_one_warning_line(child_log):
    stream, root = child_log
    root.setLevel(logging.WARNING)
    fail("scrapy.core.scraper")
    assert stream.getvalue() == ("WARNING scrapy.core.scraper: Error downloading <GET http://127.0.0.1:9/> "
                                 "[ConnectionRefusedError: Connection was refused by other side]\n")


def test_at_debug_the_traceback_is_logged_before_the_line(child_log):
    stream, root = child_log
    root.setLevel(logging.DEBUG)
    fail("scrapy.core.scraper")
    lines = stream.getvalue().splitlines()
    assert lines[0] == "DEBUG scrapy.core.scraper: traceback of the failure logged next:"
    assert lines[1] == "Traceback (most recent call last):"
    assert lines[-1].startswith("WARNING scrapy.core.scraper: Error downloading")


def test_other_errors_keep_their_level(child_log):
    stream, root = child_log
    root.setLevel(logging.WARNING)
    logging.getLogger("crawler.sitecrawl").error("the parent process has gone; stopping the crawl")
    logging.getLogger("scrapy.downloadermiddlewares.retry").error("Gave up retrying <GET http://127.0.0.1:9/>")
    assert stream.getvalue().splitlines() == [
        "ERROR crawler.sitecrawl: the parent process has gone; stopping the crawl",
        "WARNING scrapy.downloadermiddlewares.retry: Gave up retrying <GET http://127.0.0.1:9/>",
    ]
