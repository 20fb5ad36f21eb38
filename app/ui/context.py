"""What the window's screens and services share: the clock, settings, the person's data, and what loads later."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.clock import Clock
from app.storage.personal import PersonalData
from app.storage.settings import Settings
from app.ui.parts.accessibility import Announcer

if TYPE_CHECKING:
    from app.storage.care import Care
    from app.storage.catalog import Catalog
    from app.storage.history import History
    from app.ui.services.narration import Narrator


class Context:
    """Handed to each service instead of the window, so none of them reaches into another.

    The exercises, care texts, history and voice arrive just after the first frame: until then
    `care` is empty, `history` and `narrator` are None, and `catalog` loads when first asked for.
    `on_catalog` is told whenever a catalog is loaded (the start screen fills its lists).
    """

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        personal: PersonalData,
        catalog: Catalog | None = None,
        reload_catalog: Callable[[], Catalog] | None = None,
    ) -> None:
        self.clock = clock
        self.settings = settings
        self.personal = personal
        self._catalog = catalog
        self.reload_catalog = reload_catalog
        self._care: Care | None = None
        self.history: History | None = None
        self.narrator: Narrator | None = None
        self.announcer = Announcer(settings.get("keys/announce"))
        self.on_catalog: Callable[[Catalog], None] = lambda _catalog: None

    @property
    def catalog(self) -> Catalog:
        """The exercises: given, or loaded just after the first frame (or at once, when wanted sooner)."""
        if self._catalog is None:
            self.load_catalog()
        assert self._catalog is not None
        return self._catalog

    @property
    def catalog_loaded(self) -> bool:
        return self._catalog is not None

    def load_catalog(self) -> Catalog:
        """Read the exercise files (again: after a plan is imported)."""
        assert self.reload_catalog is not None, "a window given no catalog loads one with reload_catalog"
        self._catalog = self.reload_catalog()
        self.on_catalog(self._catalog)
        return self._catalog

    @property
    def care(self) -> Care:
        """Facts, helplines, check-in words and gentle lines; empty until loaded, just after the first frame."""
        if self._care is None:
            from app.storage.care import Care

            self._care = Care()
        return self._care

    @care.setter
    def care(self, care: Care) -> None:
        self._care = care
