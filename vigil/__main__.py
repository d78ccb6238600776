"""`python -m vigil`: the same as the `vigil` command (for `python -X importtime -m vigil ...`)."""

from vigil.cli import main

main()
