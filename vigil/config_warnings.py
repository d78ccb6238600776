"""What `vigil check` warns about in a valid configuration: values copied from the examples
and settings that make the service do nothing (no job; collect jobs with no source). One line
each, naming the file and field.

Warnings, not errors: the demo and the tests run on example addresses, and a service
with no job is valid while an operator is still setting up; but an operator who starts
`vigil run` with them gets no alert, so `vigil check` (the unit's ExecStartPre) says so.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from vigil.config import ALERTS_FILE, SCHEDULES_FILE, SOURCES_FILE

# RFC 2606 reserves these for examples; deploy/vigil.env.example's values are the others.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")
EXAMPLE_WEBHOOK_PATH = "/services/T000/B000/"
EXAMPLE_PASSWORD = "change-me"
COLLECT_JOBS = ("collect-feeds", "crawl-sites", "collect")


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
    collecting = [job.id for job in config.schedules.jobs if job.run in COLLECT_JOBS]
    if collecting and not config.sources.enabled():  # an emptied or cut sources.yaml is still valid
        found.append(f"{SOURCES_FILE}: sources: no source is enabled, so the collect jobs of {SCHEDULES_FILE} "
                     f"({', '.join(collecting)}) would collect nothing")

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
