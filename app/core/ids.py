"""What an exercise's or a plan's id may be: lower-case letters, digits and dashes, at most 64."""

import re

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")  # use fullmatch: a trailing newline must not slip by
