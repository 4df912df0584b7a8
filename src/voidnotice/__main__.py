"""``python -m voidnotice``: the command line, as ``voidnotice``."""

import sys

from voidnotice.cli import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
