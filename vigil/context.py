"""What every command shares: where the configuration and data live, opened on demand.

Configuration and database are loaded lazily so that `vigil extract jsonl` needs
neither, and so that a command reports a bad file only when it needs that file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vigil.errors import StoreError

if TYPE_CHECKING:  # loaded by the methods that need them, so a command pays only for what it reads
    import sqlite_utils

    from vigil.config import AlertRules, AlertsFile, SchedulesFile, SourcesFile, WeekSettings
    from vigil.config_files import Config



def require_store(data_dir: Path) -> None:
    """Raise StoreError unless `data_dir` holds a Vigil database.

    Opening the store creates it, so without this check a mistyped `--data` answers every
    question with an empty new database ("no executions"), which a user cannot tell from
    a true nothing. Commands that create data (collect, run, demo) and `--init` skip it.
    """
    from vigil.store import DATABASE_NAME

    fix = "give the right one with --data DIR or VIGIL_DATA; `vigil collect` or `vigil run` create it, as does --init"
    database = data_dir / DATABASE_NAME
    if not data_dir.is_dir():
        raise StoreError(f"{data_dir}: no such data directory ({fix})")
    if not database.is_file() or database.stat().st_size == 0:
        raise StoreError(f"{data_dir}: no Vigil database ({DATABASE_NAME}) in this data directory ({fix})")


@dataclass(frozen=True)
class ServiceFiles:
    """sources.yaml and schedules.yaml: all `vigil status` reads, so it needs no delivery secret."""

    sources: SourcesFile
    schedules: SchedulesFile


@dataclass
class AppContext:
    config_dir: Path
    data_dir: Path
    may_create: bool = False  # --init, or a command that creates data (collect, run)
    _config: Config | None = field(default=None, repr=False)
    _db: sqlite_utils.Database | None = field(default=None, repr=False)
    _read_db: sqlite_utils.Database | None = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        """All three files, validated together (raises ConfigError listing every problem)."""
        if self._config is None:
            from vigil.config_files import load_config

            self._config = load_config(self.config_dir)
        return self._config

    def sources(self) -> SourcesFile:
        from vigil.config import SOURCES_FILE, SourcesFile
        from vigil.config_files import load_file

        return self._config.sources if self._config else load_file(self.config_dir / SOURCES_FILE, SourcesFile)

    def schedules(self) -> SchedulesFile:
        from vigil.config import SCHEDULES_FILE, SchedulesFile
        from vigil.config_files import load_file

        return self._config.schedules if self._config else load_file(self.config_dir / SCHEDULES_FILE, SchedulesFile)

    def alerts(self) -> AlertsFile:
        from vigil.config import ALERTS_FILE, AlertsFile
        from vigil.config_files import load_file

        return self._config.alerts if self._config else load_file(self.config_dir / ALERTS_FILE, AlertsFile)

    def alert_rules(self) -> AlertsFile | AlertRules:
        """What dry runs need of alerts.yaml: rules and channel names, without the delivery
        secrets (`${...}` is not expanded, channels' settings are not validated)."""
        if self._config:
            return self._config.alerts
        from vigil.config import ALERTS_FILE, AlertRules
        from vigil.config_files import load_file

        return load_file(self.config_dir / ALERTS_FILE, AlertRules, expand=False)

    def service_files(self) -> ServiceFiles:
        return ServiceFiles(self.sources(), self.schedules())

    def week_settings(self) -> WeekSettings:
        """How weeks are counted, without the delivery secrets that the full alerts.yaml needs."""
        if self._config:
            return self._config.alerts
        from vigil.config import ALERTS_FILE, WeekSettings
        from vigil.config_files import load_file

        return load_file(self.config_dir / ALERTS_FILE, WeekSettings, expand=False)

    def reference_timezone(self) -> str:
        """The time zone publication days are read in (alerts.yaml `timezone`); UTC without an alerts.yaml."""
        from vigil.config import ALERTS_FILE

        if not self._config and not (self.config_dir / ALERTS_FILE).exists():
            return "UTC"
        return self.week_settings().timezone

    @property
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            from vigil.store import open_store

            if not self.may_create:
                require_store(self.data_dir)
            self._db = open_store(self.data_dir)
        return self._db

    @property
    def read_db(self) -> sqlite_utils.Database:
        """The database opened read-only, without migrations: for commands that only read."""
        if self._read_db is None:
            from vigil.store import open_store, open_store_readonly

            if self.may_create:
                open_store(self.data_dir).close()  # --init: create (and migrate) it first
            else:
                require_store(self.data_dir)
            self._read_db = open_store_readonly(self.data_dir)
        return self._read_db

    @property
    def archive_dir(self) -> Path:
        from vigil.store import ARCHIVE_DIR

        return self.data_dir / ARCHIVE_DIR

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._read_db is not None:
            self._read_db.close()
            self._read_db = None
