"""What every command shares: where the configuration and data live, opened on demand.

Configuration and database are loaded lazily so that `vigil extract --jsonl` needs
neither, and so that a command reports a bad file only when it needs that file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from vigil.config import (
    ALERTS_FILE,
    SCHEDULES_FILE,
    SOURCES_FILE,
    AlertsFile,
    SchedulesFile,
    SourcesFile,
    WeekSettings,
)
from vigil.config_files import Config, load_config, load_file
from vigil.store import ARCHIVE_DIR, open_store


@dataclass
class AppContext:
    config_dir: Path
    data_dir: Path
    _config: Config | None = field(default=None, repr=False)
    _db: sqlite_utils.Database | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        """All three files, validated together (raises ConfigError listing every problem)."""
        if self._config is None:
            self._config = load_config(self.config_dir)
        return self._config

    def sources(self) -> SourcesFile:
        return self._config.sources if self._config else load_file(self.config_dir / SOURCES_FILE, SourcesFile)

    def schedules(self) -> SchedulesFile:
        return self._config.schedules if self._config else load_file(self.config_dir / SCHEDULES_FILE, SchedulesFile)

    def alerts(self) -> AlertsFile:
        return self._config.alerts if self._config else load_file(self.config_dir / ALERTS_FILE, AlertsFile)

    def week_settings(self) -> WeekSettings:
        """How weeks are counted, without the delivery secrets that the full alerts.yaml needs."""
        if self._config:
            return self._config.alerts
        return load_file(self.config_dir / ALERTS_FILE, WeekSettings, expand=False)

    def reference_timezone(self) -> str:
        """The time zone publication days are read in (alerts.yaml `timezone`); UTC without an alerts.yaml."""
        if not self._config and not (self.config_dir / ALERTS_FILE).exists():
            return "UTC"
        return self.week_settings().timezone

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            self._db = open_store(self.data_dir)
        return self._db

    @property
    def archive_dir(self) -> Path:
        return self.data_dir / ARCHIVE_DIR

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
