"""vigil: collect execution reports, extract the figures, alert on weekly totals."""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)
