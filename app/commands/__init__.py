"""The commands that answer by themselves and never open the window: one module each.

`steady --list` (listing), `--self-check` (self_check), `--speak` (speak) and `--screenshot`
(screenshot). app/main.py parses the command line and calls them; they never import it back.
"""
