"""`--env-file`: the service's secrets file, for commands an operator runs by hand.

systemd hands `EnvironmentFile=` to the service only; `vigil check` run from a shell would
otherwise miss every `${VIGIL_...}` the configuration names. The file is read with
python-dotenv without `${...}` interpolation, as systemd reads it.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from dotenv import dotenv_values
from dotenv.parser import parse_stream

from vigil.errors import ConfigError


def load_env_file(path: Path, environ=os.environ) -> list[str]:
    """Set each NAME=VALUE of `path` that `environ` lacks; return the names set.

    Raises ConfigError naming the file when it cannot be read (a file of mode 600 owned by
    root is unreadable to the vigil user: make it group-readable by vigil), and naming each
    line that is not NAME=VALUE (python-dotenv would only log the line number and go on
    without that variable).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise ConfigError([f"{path}: cannot read the environment file: {reason} (--env-file)"])
    # a name alone ("VIGIL_SMTP_PASSWORD", its value forgotten) is no error to python-dotenv, and
    # systemd ignores it: the variable would be reported unset with this file named as the cure
    bad = [binding.original.line for binding in parse_stream(io.StringIO(text))
           if binding.error or binding.key is not None and binding.value is None]
    if bad:
        raise ConfigError([f"{path}: line {line}: not a NAME=VALUE line (--env-file)" for line in bad])
    values = dotenv_values(stream=io.StringIO(text), interpolate=False)
    added = [name for name, value in values.items() if value is not None and name not in environ]
    for name in added:
        environ[name] = values[name]
    return added
