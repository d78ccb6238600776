"""`--env-file`: the service's secrets file, for commands an operator runs by hand.

systemd hands `EnvironmentFile=` to the service only; `vigil check` run from a shell would
otherwise miss every `${VIGIL_...}` the configuration names. The file is read with
python-dotenv without `${...}` interpolation, as systemd reads it.
"""

from __future__ import annotations

import os
from pathlib import Path

from dotenv import dotenv_values

from vigil.errors import ConfigError


def load_env_file(path: Path, environ=os.environ) -> list[str]:
    """Set each NAME=VALUE of `path` that `environ` lacks; return the names set.

    Raises ConfigError naming the file when it cannot be read (a file of mode 600 owned by
    root is unreadable to the vigil user: make it group-readable by vigil).
    """
    try:
        with open(path, encoding="utf-8") as stream:
            values = dotenv_values(stream=stream, interpolate=False)
    except OSError as exc:
        raise ConfigError([f"{path}: cannot read the environment file: {exc.strerror} (--env-file)"])
    added = [name for name, value in values.items() if value is not None and name not in environ]
    for name in added:
        environ[name] = values[name]
    return added
