"""``python -m chaterror``: the command line."""

import sys

from chaterror.cli import main

sys.exit(main())
