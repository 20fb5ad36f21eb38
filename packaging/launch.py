"""The program PyInstaller freezes: Steady's command line, exactly as `steady` runs it."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())
