"""A real MBROLA voice, where a person installed one: offered with espeak-ng's voices, and heard at its true rate.

MBROLA and its voices are in Debian's contrib and non-free (no sale, no bundling), so Steady never ships
them. This makes a Debian 12 root with those sources (its own; the machine's apt sources are untouched),
installs mbrola and mbrola-us1 there, and runs Steady's voice worker inside it from this checkout. Slow
(about 40 s), needs root and the network; CI runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, require_program, require_root
from tests.e2e.gnome import interpreter_binds
from tests.packaging.test_bare_machine import INSIDE, Root, host_acquire_settings, remove_root, tail

pytestmark = pytest.mark.slow
SOURCES = "deb http://deb.debian.org/debian bookworm main contrib non-free"
PACKAGES = ("python3", "espeak-ng", "libespeak-ng1", "mbrola", "mbrola-us1")


@pytest.fixture(scope="module")
def mbrola_root() -> Iterator[Root]:
    if os.environ.get(INSIDE):
        pytest.skip("this is the run inside the bare root: MBROLA is tried from the machine itself")
    require_root("making a Debian root with MBROLA and entering it")
    require_program("mmdebstrap")
    folder = Path(tempfile.mkdtemp(prefix="steady-mbrola-", dir="/var/tmp"))
    try:
        root, logs = folder / "root", folder / "logs"
        logs.mkdir()
        done = subprocess.run(
            ["unshare", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc", "mmdebstrap", "--mode=root",
             "--variant=minbase", "--components=main contrib non-free", f"--include={','.join(PACKAGES)}",
             *[f"--aptopt={path}" for path in host_acquire_settings()], "bookworm", str(root), SOURCES],
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        assert done.returncode == 0, f"mmdebstrap failed:\n{tail(done.stdout + done.stderr)}"
        binds = interpreter_binds()
        for bind in binds:
            (root / bind.lstrip("/")).mkdir(parents=True, exist_ok=True)
        yield Root(root, logs, binds)
    finally:
        remove_root(folder)


def worker(inside: Root, *requests: dict[str, object]) -> list[dict[str, object]]:
    """Steady's voice worker inside the root, from this checkout; its answers."""
    (inside.folder / "tmp" / "requests").write_text("".join(json.dumps(r) + "\n" for r in requests))
    code, output, _ = inside.run("worker", f"cd {ROOT} && {sys.executable} -m app --voice-worker </tmp/requests", 120)
    assert code == 0, output
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_an_installed_mbrola_voice_is_offered_and_heard_at_its_own_rate(mbrola_root: Root) -> None:
    start = {"cmd": "start", "voice": "mb/mb-us1", "rate": 150, "volume": 0.8}
    ready, spoken, offered = worker(
        mbrola_root, start, {"id": 1, "text": "Breathe in, slowly. And out.", "path": "/tmp/mb.wav", **start},
        {"id": 2, "cmd": "voices"},
    )  # fmt: skip
    assert ready["ready"] is True and spoken["ok"] is True, (ready, spoken)
    ids = [voice["id"] for voice in offered["voices"]]  # type: ignore[union-attr]
    assert "mb/mb-us1" in ids and "mb/mb-af1" not in ids  # installed, and only installed, MBROLA voices
    code, output, _ = mbrola_root.run(
        "espeak", "espeak-ng -v mb-us1 -s 150 -w /tmp/espeak.wav 'Breathe in, slowly. And out.'", 60
    )
    assert code == 0, output
    made = {}
    for name in ("mb.wav", "espeak.wav"):
        with wave.open(str(mbrola_root.folder / "tmp" / name)) as sound:
            made[name] = (sound.getframerate(), sound.getnframes() / sound.getframerate())
    assert made["mb.wav"][0] == made["espeak.wav"][0] == 16000, made  # not labelled 22 050 Hz: not 1.38× too fast
    assert made["mb.wav"][1] == pytest.approx(made["espeak.wav"][1], rel=0.15), made
