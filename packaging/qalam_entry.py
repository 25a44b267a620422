"""What the bundled `qalam` executable runs: the same entry point as the installed command."""

import sys

from studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
