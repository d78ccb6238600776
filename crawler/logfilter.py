"""One log line per failed request in the crawl child; tracebacks only in the debug log.

Scrapy logs an unreachable site as an ERROR with a 60-line traceback through Twisted, per
request, even when the parent runs with `-q`; the parent already records and logs each
failure with its source and URL. This filter, on the child's log handler, turns such a
record into one WARNING line ending with the exception's type and message, and re-logs the
traceback at DEBUG, which the child prints only when it runs at debug level.
"""

from __future__ import annotations

import logging
import traceback

from scrapy.logformatter import LogFormatter

# Scrapy's advice on a body cut short of its Content-Length, to switch DOWNLOAD_FAIL_ON_DATALOSS
# off: Vigil never keeps a partial body, and the parent logs the page once with its sizes
# (crawler.http.truncated_body). Shown in the debug log only.
DATALOSS_ADVICE = "Got data loss in "

# Per-request failures from these loggers are the site's problem, not the crawler's.
REQUEST_LOGGERS = ("scrapy.downloadermiddlewares", "scrapy.core.scraper", "scrapy.core.engine", "scrapy.spidermiddlewares")


class OneLineFailures(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and record.msg.startswith(DATALOSS_ADVICE) and record.levelno > logging.DEBUG:
            logging.getLogger(record.name).debug("%s", record.getMessage())
            return False
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            text = "".join(traceback.format_exception(*record.exc_info))
            message = record.getMessage()
            summary = f"{type(exc).__name__}: {exc}"
            if str(exc) and str(exc) in message:
                summary = type(exc).__name__
            record.msg, record.args = f"{message} [{summary}]", ()
            record.exc_info, record.exc_text, record.stack_info = None, None, None
            self._demote(record)
            logger = logging.getLogger(record.name)
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("traceback of the failure logged next:\n%s", text.rstrip())
        elif record.levelno > logging.WARNING and record.name.startswith(REQUEST_LOGGERS):
            self._demote(record)
        return True

    @staticmethod
    def _demote(record: logging.LogRecord) -> None:
        if record.levelno > logging.WARNING:
            record.levelno, record.levelname = logging.WARNING, "WARNING"


def install(logger: logging.Logger | None = None) -> None:
    """Add the filter to every handler of `logger` (default: the root logger Scrapy set up)."""
    for handler in (logger or logging.getLogger()).handlers:
        handler.addFilter(OneLineFailures())


class QuietDrops(LogFormatter):
    """Scrapy logs a dropped item as a WARNING followed by the whole item, so a 300 KB page that is
    not HTML put its body, bytes and all, in the service's journal. The pipeline already reports why
    (an `error` record the parent logs once, with source and URL: crawler.pipelines); here the drop
    is one DEBUG line naming the URL and the reason, never the item."""

    def dropped(self, item, exception, response, spider):
        url = item.get("url") if isinstance(item, dict) else None
        return {"level": logging.DEBUG, "msg": "Dropped %(url)s: %(exception)s",
                "args": {"url": url or "(an item)", "exception": exception}}
