"""The settings of the three configuration files, as typed, validated models.

Each setting is declared once, on a pydantic model, with its default and a description.
Unknown keys are errors: a misspelt key must not be silently ignored. Reading the files,
`${NAME}` expansion and the one-line-per-problem messages are in vigil.config_files.

One module per file (sources, schedules, alerts) and one for what they share (fields);
import the models from here.
"""

from vigil.config.alerts import AlertRules, AlertsFile, Channel, EmailChannel, Rule, SlackChannel, WeekSettings
from vigil.config.fields import ACROSS_ENTRIES, EmailAddress, Strict, parse_duration
from vigil.config.schedules import JOB_KINDS, Job, SchedulesFile
from vigil.config.sources import (
    MAX_DEFAULT_READERS,
    MAX_READERS,
    PolitenessOverride,
    PolitenessSettings,
    ReadersSettings,
    Source,
    SourcesFile,
    default_readers,
)

SOURCES_FILE = "sources.yaml"
SCHEDULES_FILE = "schedules.yaml"
ALERTS_FILE = "alerts.yaml"

__all__ = [
    "ACROSS_ENTRIES", "ALERTS_FILE", "JOB_KINDS", "MAX_DEFAULT_READERS", "MAX_READERS", "SCHEDULES_FILE",
    "SOURCES_FILE", "AlertRules", "AlertsFile", "Channel", "EmailAddress", "EmailChannel", "Job",
    "PolitenessOverride", "PolitenessSettings", "ReadersSettings", "Rule", "SchedulesFile", "SlackChannel",
    "Source", "SourcesFile", "Strict", "WeekSettings", "default_readers", "parse_duration",
]
