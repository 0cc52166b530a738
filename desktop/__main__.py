"""Run Protest Kit with ``python -m desktop``."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen app's unsealing workers start here
    sys.exit(main())
