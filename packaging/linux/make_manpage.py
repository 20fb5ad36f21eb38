"""Writes steady.1, Steady's manual page, from its argument parser (app.main.build_parser), so the two never drift.

Run `python packaging/linux/make_manpage.py > packaging/linux/steady.1` after changing an option;
tests/packaging/test_metadata.py fails until the checked-in page matches. Loaded by path, never
imported as a package (packaging/ must not shadow the `packaging` library). The page's date is
the newest entry's in packaging/linux/changelog, so regenerating it on another day changes nothing.
"""

from __future__ import annotations

import argparse
import email.utils
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHANGELOG = ROOT / "packaging" / "linux" / "changelog"

FILES = (
    ("~/.local/share/steady/", "Everything Steady keeps about you: history.sqlite3 (how you felt before and after "
     "each exercise), memories, kept words, your own plans (plans/) and exercises (exercises/). "
     "Readable by you only. $XDG_DATA_HOME/steady when XDG_DATA_HOME is set."),
    ("~/.config/steady/steady.conf", "Your settings. $XDG_CONFIG_HOME/steady when XDG_CONFIG_HOME is set."),
    ("~/.cache/steady/", "Copies Steady can make again (nothing of yours); safe to delete."),
    ("*.steady", "A plan file (type application/x-steady-plan): a plan someone shared, in TOML. "
     "steady FILE shows what it holds before anything is added."),
    ("/opt/steady/", "The program and everything it brings, from the Debian package."),
)  # fmt: skip
ENVIRONMENT = (
    ("STEADY_AUDIO_DEVICE", "The ALSA device the voice plays to with aplay(1), for example null on a machine "
     "with no sound card. When set, only aplay is used."),
    ("STEADY_VOICE_DEBUG", "When set, the speech engine's own output goes to standard error instead of nowhere."),
    ("STEADY_TTS_DRIVER", "The pyttsx3 speech driver to use instead of the system's default (espeak on Linux)."),
    ("STEADY_REDUCE_MOTION", "1 keeps animation to a minimum (a still pacer), 0 allows it, whatever the desktop "
     "asks."),
    ("XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME", "Where the folders under FILES are."),
    ("DISPLAY, WAYLAND_DISPLAY", "The desktop Steady opens its window on; without either it says so and exits."),
)  # fmt: skip
EXIT_STATUS = (
    ("0", "Success."),
    ("1", "Steady cannot run here (no display, or --self-check found a problem)."),
    ("2", "The command line was wrong, or a running Steady refused the request; the reason is on standard error."),
)
SEE_ALSO = (".BR espeak\\-ng (1),", ".BR aplay (1),", "and the README in /usr/share/doc/steady/.")
OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")


def text(words: str) -> str:
    """Plain words as roff text: backslashes kept, options' hyphens as minus signs, no line read as a request."""
    words = words.replace("\\", "\\e")
    words = OPTION.sub(lambda found: found.group().replace("-", "\\-"), words)
    return "\\&" + words if words[:1] in (".", "'") else words


def release_date(changelog: Path = CHANGELOG) -> str:
    """The newest changelog entry's date, YYYY-MM-DD."""
    trailer = next(line for line in changelog.read_text(encoding="utf-8").splitlines() if line.startswith(" -- "))
    return email.utils.parsedate_to_datetime(trailer.split(">", 1)[1].strip()).date().isoformat()


def argument(action: argparse.Action) -> str:
    """What follows an option on the command line: its metavar or its choices, in italics or bold."""
    if action.nargs == 0:
        return ""
    if action.metavar is not None:
        return f" \\fI{text(action.metavar)}\\fR"
    if action.choices is not None:
        return " {" + "|".join(f"\\fB{text(str(choice))}\\fR" for choice in action.choices) + "}"
    return f" \\fI{text(action.dest.upper())}\\fR"


def help_text(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    """An option's help as argparse prints it (%(prog)s and %% expanded)."""
    words = action.help or ""
    if "%" in words:
        words = words % dict(vars(action), prog=parser.prog)
    return words[:1].upper() + words[1:] + ("" if words.endswith(".") else ".")


def options(parser: argparse.ArgumentParser) -> list[str]:
    """One tagged paragraph for each argument a person may give (hidden ones left out)."""
    lines: list[str] = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS:
            continue
        if action.option_strings:
            names = ", ".join(f"\\fB{text(name)}\\fR" for name in action.option_strings)
            lines += [".TP", names + argument(action)]
        else:
            lines += [".TP", f"\\fI{text(action.metavar or action.dest.upper())}\\fR"]
        lines.append(text(help_text(parser, action)))
    return lines


def tagged(items: tuple[tuple[str, str], ...], bold: bool = True) -> list[str]:
    lines: list[str] = []
    for name, meaning in items:
        lines += [".TP", f"\\fB{text(name)}\\fR" if bold else f"\\fI{text(name)}\\fR", text(meaning)]
    return lines


def manpage(parser: argparse.ArgumentParser, version: str, date: str) -> str:
    """The whole page, in the man macros."""
    summary = "a calm companion for the moment you are crying or overwhelmed"
    lines = [
        '.\\" Generated by packaging/linux/make_manpage.py from app.main.build_parser(): do not edit by hand.',
        f'.TH STEADY 1 "{date}" "Steady {version}" "User Commands"',
        ".SH NAME",
        f"steady \\- {summary}",
        ".SH SYNOPSIS",
        ".B steady",
        ".RI [ FILE ]",
        ".br",
        ".B steady",
        ".RI [ options ]",
        ".SH DESCRIPTION",
        text(parser.description or ""),
        ".PP",
        text(
            "Started with no arguments, from the desktop's menu or a terminal, Steady opens its window: it says "
            "plainly that crying is OK, then offers two doors, Let it out (company and a soft breath) or short, "
            "timed exercises. When Steady is already open for you on this display, a second start hands its "
            "request to the open one."
        ),
        ".PP",
        text("Steady needs no network and never connects to one: nothing leaves your computer."),
        ".SH OPTIONS",
        *options(parser),
        ".SH EXIT STATUS",
        *tagged(EXIT_STATUS),
        ".SH FILES",
        *tagged(FILES, bold=False),
        ".SH ENVIRONMENT",
        *tagged(ENVIRONMENT),
        ".SH SEE ALSO",
        *SEE_ALSO,
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from app import __version__
    from app.main import build_parser

    sys.stdout.write(manpage(build_parser(), __version__, release_date()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
