"""The bundled demo: a static sample site (`site/`), its server and a demo configuration (`config/`)."""

from __future__ import annotations

from pathlib import Path

# Left in a kept directory: its config/ and data/ are the demo's, so another demo may replace them.
DEMO_MARK = ".vigil-demo"


def is_kept_demo(data_dir: Path | str) -> bool:
    """Whether `data_dir` is the data/ of a `vigil demo --keep DIR` (DIR holds DEMO_MARK)."""
    return (Path(data_dir).resolve().parent / DEMO_MARK).is_file()
