"""No text Steady shows may use the words CONTENT.md §0 rules out."""

import re

import pytest

from tests.conftest import ROOT

NEVER = ["stop crying", "calm down", "pull yourself together", "deep breath", "weak", "breakdown"]
# The same in German (steady_de.ts and the German data): "calm down", "breathe deeply", "stop crying",
# "pull yourself together", "weak", "breakdown".
NEVER += [
    "beruhig", "tief durchatm", "tief einatm", "tiefer atemzug", "tiefen atemzug", "tiefe atemzüge",
    "hör auf zu weinen", "hören sie auf zu weinen", "nicht weinen", "reiß dich zusammen", "reiss dich zusammen",
    "zusammenreißen", "schwach", "schwäche", "zusammenbruch", "heulsuse",
]  # fmt: skip
FILES = sorted(
    p for folder in ("app", "resources") for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".toml", ".ts")
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_shaming_or_commanding_words(path) -> None:
    text = path.read_text(encoding="utf-8").lower()
    found = [w for w in NEVER if re.search(rf"\b{w}", text)]
    assert found == [], f"{path.relative_to(ROOT)} says {found}"
