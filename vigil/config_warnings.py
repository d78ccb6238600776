"""What `vigil check` warns about in a valid configuration: values copied from the examples
and settings that make the service do nothing (no job; collect jobs with no enabled source). One line
each, naming the file and field.

Warnings, not errors: the demo and the tests run on example addresses, and a service
with no job is valid while an operator is still setting up; but an operator who starts
`vigil run` with them gets no alert, so `vigil check` (the unit's ExecStartPre) says so.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from vigil.config import ALERTS_FILE, SCHEDULES_FILE, SOURCES_FILE
from vigil.config.schedules import COLLECTS

# RFC 2606 reserves these for examples; deploy/vigil.env.example's values are the others.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")
EXAMPLE_WEBHOOK_PATH = "/services/T000/B000/"
EXAMPLE_PASSWORD = "change-me"


def _example_domain(host: str | None) -> str | None:
    host = (host or "").lower().rstrip(".")
    return next((d for d in EXAMPLE_DOMAINS if host == d or host.endswith("." + d)), None)


def config_warnings(config) -> list[str]:
    """Warnings for a loaded Config (vigil.config_files.Config), in file order."""
    found: list[str] = []

    def placeholder(file: str, field: str, value: str, domain: str) -> None:
        found.append(f"{file}: {field}: {value} is an example placeholder ({domain}); write the real value")

    contact = config.sources.user_agent
    for word in contact.replace("(", " ").replace(")", " ").replace(";", " ").split():
        domain = _example_domain(word.rsplit("@", 1)[-1] if "@" in word else urlsplit(word.lstrip("+")).hostname)
        if domain:
            placeholder(SOURCES_FILE, "user_agent", word.lstrip("+"), domain)

    if not config.schedules.jobs:
        found.append(f"{SCHEDULES_FILE}: jobs: no job is scheduled, so `vigil run` would do nothing")
    collecting = [job.id for job in config.schedules.jobs if job.run in COLLECTS]
    if collecting and not config.sources.enabled():  # an emptied or cut sources.yaml is still valid
        found.append(f"{SOURCES_FILE}: sources: no source is enabled, so the collect jobs of {SCHEDULES_FILE} "
                     f"({', '.join(collecting)}) would collect nothing")
    else:
        found.extend(_idle_collect_jobs(config))

    for name, channel in config.alerts.channels.items():
        where = f"channels.{name}"
        if channel.type == "email":
            if domain := _example_domain(channel.host):
                placeholder(ALERTS_FILE, f"{where}.host", channel.host, domain)
            for field, address in [("from", channel.from_)] + [(f"to[{i}]", a) for i, a in enumerate(channel.to)]:
                if domain := _example_domain(address.rsplit("@", 1)[-1].rstrip(">")):
                    placeholder(ALERTS_FILE, f"{where}.{field}", address, domain)
            if channel.password == EXAMPLE_PASSWORD:
                found.append(f"{ALERTS_FILE}: {where}.password: still the example's {EXAMPLE_PASSWORD!r}")
        elif EXAMPLE_WEBHOOK_PATH in urlsplit(channel.webhook_url).path or _example_domain(
                urlsplit(channel.webhook_url).hostname):
            found.append(f"{ALERTS_FILE}: {where}.webhook_url: still the example's webhook URL; write the real one")
    return found


def _idle_collect_jobs(config) -> list[str]:
    """A collect job none of whose sources is enabled (the shipped site sources all wait to be
    checked, so a `crawl-sites` job of the example schedule would run and fetch nothing, every time)."""
    found = []
    for index, job in enumerate(config.schedules.jobs):
        kinds = COLLECTS.get(job.run)
        if kinds is None:
            continue
        own = [s for s in config.sources.sources if s.type in kinds]
        what = " and ".join(f"{kind} sources" for kind in kinds)
        where = f"{SCHEDULES_FILE}: jobs[{index}] ({job.id})"
        if not own:
            found.append(f"{where}: {job.run} fetches the {what} of {SOURCES_FILE}, and it has none, "
                         f"so the job would collect nothing (remove it, or add a source)")
        elif not any(s.enabled for s in own):
            found.append(f"{where}: {job.run} fetches the {what} of {SOURCES_FILE}, and all of them are disabled "
                         f"({', '.join(s.id for s in own)}), so the job would collect nothing "
                         f"(enable one, or remove the job)")
    return found
