"""Shared set-up for the storage tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.storage.data_language import use_language


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    """The test starts and ends with the data in English, whatever the machine's locale."""
    use_language("en")
    yield
    use_language("en")
