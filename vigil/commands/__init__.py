"""One module per `vigil` subcommand; each defines `command`."""
