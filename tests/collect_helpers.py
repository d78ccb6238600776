"""Running a collection against a config directory and reading the store back, for the collect tests."""

from __future__ import annotations

from pathlib import Path

from vigil.collect import collect_sources
from vigil.config import SourcesFile
from vigil.config_files import load_file
from vigil.store import open_store


def run(config_dir: Path, data_dir: Path, **kwargs):
    db = open_store(data_dir)
    try:
        return collect_sources(db, load_file(config_dir / "sources.yaml", SourcesFile), data_dir, **kwargs)
    finally:
        db.close()


def rows(data_dir: Path, sql: str, params=()):
    db = open_store(data_dir)
    try:
        return [dict(r) for r in db.query(sql, params)]
    finally:
        db.close()
