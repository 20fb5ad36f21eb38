"""Lets `python -m app` run the same program as the `steady` command."""

import sys

from app.main import main

sys.exit(main())
