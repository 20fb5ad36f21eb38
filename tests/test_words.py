"""No text Steady shows may use the words CONTENT.md §0 rules out."""

import re

import pytest

from app.ui.i18n import LANGUAGES
from tests.conftest import ROOT

# CONTENT.md §0's never-words and their equivalents in each of Steady's languages, as a translator for a
# person in tears would avoid them: "stop crying", "calm down", "pull yourself together", "deep breath",
# "weak", "breakdown" (each matched at the start of a word, so "schwach" catches "Schwäche" too).
NEVER: dict[str, list[str]] = {
    "en": ["stop crying", "calm down", "pull yourself together", "deep breath", "weak", "breakdown"],
    "de": [
        "beruhig", "tief durchatm", "tief einatm", "tiefer atemzug", "tiefen atemzug", "tiefe atemzüge",
        "hör auf zu weinen", "hören sie auf zu weinen", "nicht weinen", "reiß dich zusammen", "reiss dich zusammen",
        "zusammenreißen", "zusammenreiß", "zusammenreiss", "schwach", "schwäche", "zusammenbruch",
        "nervenzusammenbruch", "heul", "atme tief", "atmen sie tief", "tief atmen", "tief luft", "kopf hoch",
        "stell dich nicht so an", "reiß dich am riemen", "hysterisch",
    ],
    "es": [
        "deja de llorar", "dejar de llorar", "no llores", "cálmate", "calmate", "tranquilízate", "tranquilizate",
        "contrólate", "respira hondo", "respira profundo", "respiración profunda", "respiraciones profundas",
        "débil", "debilidad", "crisis nerviosa", "colapso", "respirar hondo", "respirar profund",
        "respira profundamente", "aire hondo", "cálmese", "tranquilícese", "no llore", "ataque de nervios",
        "sé fuerte", "llorica", "llorón", "recomponte",
    ],
    "fr": [
        "arrête de pleurer", "arrêtez de pleurer", "ne pleure pas", "calme-toi", "calmez-vous", "ressaisis-toi",
        "ressaisissez-vous", "respire profondément", "respirez profondément", "respiration profonde",
        "inspire profondément", "grande inspiration", "faible", "faiblesse", "effondrement", "pleurnich",
        "grandes inspirations", "inspirez profondément", "respire un bon coup", "respirez un bon coup",
        "grande respiration", "grandes respirations", "du calme", "reprends-toi", "crise de nerfs",
        "dépression nerveuse",
    ],
    "it": [
        "smetti di piangere", "non piangere", "calmati", "si calmi", "datti una regolata", "riprenditi",
        "respiro profondo", "respira profondamente", "respiri profondi", "debole", "debolezza", "crollo",
        "esaurimento nervoso", "calmarti", "calmarsi", "tranquillizzati", "datti un contegno", "ricomponiti",
        "controllati", "respira a fondo", "respirazione profonda", "inspira profondamente", "fai un bel respiro",
        "crolli", "smettila di piangere", "piagnucol", "frign",
    ],
    "nl": [
        "stop met huilen", "hou op met huilen", "niet huilen", "kalmeer", "beheers je", "herpak je",
        "diep ademhalen", "haal diep adem", "adem diep", "diepe ademhaling", "diepe adem", "zwak", "instorting",
        "inzinking", "diep inadem", "kalm", "rustig maar", "stel je niet aan", "aansteller", "huilebalk", "jank",
        "vermand je", "wees flink", "ineenstorting", "zenuwinzinking",
    ],
    "pt": [
        "pare de chorar", "para de chorar", "não chore", "se acalme", "acalme-se", "acalma-te", "controle-se",
        "respire fundo", "respiração profunda", "respirações profundas", "fraco", "fraca", "fraqueza", "colapso",
        "surto", "respira fundo", "inspire fundo", "se controle", "não chora", "engole o choro", "engula o choro",
        "recomponha-se", "se recomponha", "fique calmo", "fique calma", "chorão", "chorona", "crise nervosa",
        "ataque de nervos", "frescura",
    ],
}  # fmt: skip
FILES = sorted(
    p for folder in ("app", "resources") for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".toml", ".ts")
)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_shaming_or_commanding_words(path) -> None:
    text = path.read_text(encoding="utf-8").lower()
    found = [w for words in NEVER.values() for w in words if re.search(rf"\b{w}", text)]
    assert found == [], f"{path.relative_to(ROOT)} says {found}"


def test_every_language_steady_speaks_has_its_never_words() -> None:
    assert sorted(NEVER) == sorted(LANGUAGES)
