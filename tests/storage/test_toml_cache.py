"""Steady's own files are parsed once: later starts read them from the cache, and a change is never missed."""

from __future__ import annotations

import json
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.catalog import load_catalog
from app.storage.resources import resource
from app.storage.toml_cache import SHIPPED, ShippedToml
from tests.conftest import ROOT, isolated_env

START = """
import json, sys
from pathlib import Path
from app.storage.toml_cache import SHIPPED
SHIPPED.keep_in(Path(sys.argv[1]))
from app.storage.care import load_care
from app.storage.catalog import load_catalog
from app.storage.resources import resource
from app.storage.voice_words import load_voice_words
catalog = load_catalog(resource("exercises"))
care = load_care(resource("care"))
words, problem = load_voice_words(resource("voice", "words.toml"))
SHIPPED.save()
print(json.dumps({"parser": "tomllib" in sys.modules, "loaded": repr((catalog, care, words, problem))}))
"""


@pytest.fixture
def kept(tmp_path: Path) -> Iterator[Path]:
    """The shared cache, kept in a file of this test's own (and in memory only again afterwards)."""
    file = tmp_path / "cache" / "steady" / "shipped-files.json"
    SHIPPED.keep_in(file)
    yield file
    SHIPPED.keep_in(None)


def start(python: str, cache: Path, home: Path) -> dict[str, object]:
    done = subprocess.run(
        [python, "-c", START, str(cache)], env=isolated_env(home), cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_a_second_start_reads_steadys_own_files_without_the_toml_parser(python: str, tmp_path: Path) -> None:
    cache = tmp_path / "cache" / "steady" / "shipped-files.json"
    first = start(python, cache, tmp_path / "home")
    second = start(python, cache, tmp_path / "home")
    assert first["parser"] is True and second["parser"] is False
    assert second["loaded"] == first["loaded"]  # every exercise, care text and voice word exactly as parsed
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600 and stat.S_IMODE(cache.parent.stat().st_mode) == 0o700


def test_a_changed_file_is_read_afresh(tmp_path: Path) -> None:
    cache, shipped = tmp_path / "cache.json", tmp_path / "resources" / "care" / "lines.toml"
    first = ShippedToml()
    first.keep_in(cache)
    assert first.loads('during = ["Breathe out slowly."]\n', shipped) == {"during": ["Breathe out slowly."]}
    first.save()
    later = ShippedToml()  # the next start, after an update changed the file
    later.keep_in(cache)
    assert later.loads('during = ["Let your shoulders drop."]\n', shipped) == {"during": ["Let your shoulders drop."]}


def test_a_damaged_cache_is_simply_built_again(tmp_path: Path) -> None:
    cache, shipped = tmp_path / "cache.json", tmp_path / "resources" / "voice" / "words.toml"
    text = '[phases]\nin = "In"\n'
    bad_entry = json.dumps({"version": 1, "files": {"resources/voice/words.toml": [text, "{not json"]}})
    for damage in (b"\x00\xff garbage", bad_entry.encode(), b"[]"):
        cache.write_bytes(damage)
        files = ShippedToml()
        files.keep_in(cache)
        assert files.loads(text, shipped) == {"phases": {"in": "In"}}
        files.save()
        assert json.loads(cache.read_text())["files"]["resources/voice/words.toml"][0] == text


def test_text_that_is_not_toml_is_refused_as_before(tmp_path: Path) -> None:
    files = ShippedToml()
    files.keep_in(tmp_path / "cache.json")
    with pytest.raises(ValueError, match="Invalid value"):
        files.loads("title = \n", tmp_path / "resources" / "exercises" / "broken.toml")
    files.save()
    assert not (tmp_path / "cache.json").exists()  # nothing was parsed, so nothing is written


def test_the_persons_own_exercises_never_go_into_the_cache(kept: Path, tmp_path: Path) -> None:
    own = tmp_path / "own"
    own.mkdir()
    text = (resource("exercises") / "box.toml").read_text().replace('id = "box"', 'id = "my-own-box"')
    (own / "mine.toml").write_text(text.replace('title = "', 'title = "Private words for Sam: '))
    catalog = load_catalog(resource("exercises"), own)
    assert catalog.get("my-own-box") is not None
    SHIPPED.save()
    assert kept.exists() and "Private words for Sam" not in kept.read_text(encoding="utf-8")
    assert "resources/exercises/box.toml" in json.loads(kept.read_text())["files"]
