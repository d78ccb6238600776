"""Typed errors raised by Vigil's library code; only the CLI turns them into messages and exit codes."""


class VigilError(Exception):
    """Base class: the message names what failed and where (file, field, URL)."""

    exit_code = 1


class ConfigError(VigilError):
    """A configuration file is missing, unreadable or invalid; `problems` holds one line each."""

    exit_code = 2

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class UsageError(VigilError):
    """A command was called with arguments that cannot work (unknown source id, bad date)."""

    exit_code = 2


class StoreError(VigilError):
    """The database cannot be opened or migrated."""
