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

    The care texts and history arrive just after the first frame (until then `care` is empty and
    `history` is None), and the voice when first wanted. `catalog` loads when first asked for, if not given.
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
        self._narrator: Narrator | None = None
        self.make_narrator: Callable[[], Narrator] | None = None  # builds the voice when it is first wanted
        self.announcer = Announcer(settings.get("keys/announce"))

    @property
    def narrator(self) -> Narrator | None:
        """The voice: given, or built by `make_narrator` when first wanted; None until one of them is there."""
        if self._narrator is None and self.make_narrator is not None:
            self._narrator = self.make_narrator()
        return self._narrator

    @narrator.setter
    def narrator(self, narrator: Narrator | None) -> None:
        self._narrator = narrator

    @property
    def catalog(self) -> Catalog:
        """The exercises: given, or loaded when first wanted."""
        if self._catalog is None:
            self.load_catalog()
        assert self._catalog is not None
        return self._catalog

    def load_catalog(self) -> Catalog:
        """Read the exercise files (again: after a plan is imported)."""
        assert self.reload_catalog is not None, "a window given no catalog loads one with reload_catalog"
        self._catalog = self.reload_catalog()
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
