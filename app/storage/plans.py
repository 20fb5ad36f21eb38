"""The person's own plans: one user-only `<id>.steady` file each; an import never overwrites anything."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.exercise import Exercise
from app.core.plans import MAX_TITLE, Plan, id_for
from app.storage.exercise_files import LoadProblem
from app.storage.plan_files import PLAN_SUFFIX, check_plan_file, plan_paths, plan_text, read_plan
from app.storage.private_files import write_private


@dataclass(frozen=True)
class ImportOffer:
    """A plan file looked at, nothing copied yet: the plan as it would be added (or None) and what is wrong with it.

    `renamed_from` is the id the file gave, when a shipped exercise or one of the person's
    plans already uses it: the offered plan then has a new id and a numbered title, so both are kept.
    """

    plan: Plan | None
    problems: tuple[LoadProblem, ...] = ()
    renamed_from: str | None = None


class PlanStore:
    """The plans folder (`PersonalData.plans_dir`): load, save, delete, export, and import with a look first."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, Path] | None = None  # each plan's file, by the plan's id, once loaded

    def load(self) -> tuple[list[tuple[Path, Plan]], list[LoadProblem]]:
        """Every plan in the folder with its file; a file that can't be used is reported and left as it is."""
        files: dict[str, Path] = {}
        paths, problems = plan_paths(self.folder)
        plans: list[tuple[Path, Plan]] = []
        for path in paths:
            plan, found = read_plan(path)
            problems += found
            if plan is None:
                continue
            if plan.id in files:
                reason = f"{plan.id!r} is already used by {files[plan.id]}; this file was left as it is"
                problems.append(LoadProblem(str(path), "id", reason))
                continue
            files[plan.id] = path
            plans.append((path, plan))
        self._files = files
        return plans, problems

    def path_for(self, plan_id: str) -> Path:
        """The file that holds (or would hold) the plan `plan_id`."""
        return self._known().get(plan_id) or self.folder / f"{plan_id}{PLAN_SUFFIX}"

    def save(self, plan: Plan, previous_id: str | None = None) -> Path:
        """Write `plan` (user-only, atomically); `previous_id` is its id before a rename, or None for a new plan.

        A new or renamed plan never replaces another file (FileExistsError); a renamed plan's
        old file goes only once the new one is written. OSError when the disk refuses.
        """
        target = self.path_for(plan.id)
        old = self.path_for(previous_id) if previous_id is not None else None
        known = self._known()
        if plan.id != previous_id and target != old and (plan.id in known or target.exists()):
            raise FileExistsError(errno.EEXIST, "a plan with this id is already kept", str(target))
        write_private(target, plan_text(plan))
        if previous_id is not None:
            known.pop(previous_id, None)
        known[plan.id] = target
        if old is not None and old != target:
            old.unlink(missing_ok=True)
        return target

    def delete(self, plan_id: str) -> None:
        """Remove the plan's file (nothing else); OSError when it can't be removed."""
        self.path_for(plan_id).unlink(missing_ok=True)
        self._known().pop(plan_id, None)

    def export(self, plan: Plan, target: Path) -> None:
        """Write `plan` as one self-contained file to hand over, e.g. ~/Documents/Before the call.steady."""
        write_private(target, plan_text(plan), own_folder=False)

    def offer(self, path: Path, exercises: Mapping[str, Exercise], taken: set[str]) -> ImportOffer:
        """Look at a plan file before anything is copied; `exercises` are Steady's own, `taken` the ids in use."""
        plan, problems = check_plan_file(path, exercises, path.name)
        if plan is None:
            return ImportOffer(None, tuple(problems))
        used = set(taken) | set(exercises) | set(self._known()) | {p.stem for p in plan_paths(self.folder)[0]}
        if plan.id not in used:
            return ImportOffer(plan)
        return ImportOffer(_kept_apart(plan, used), renamed_from=plan.id)

    def add(self, offer: ImportOffer) -> Path:
        """Keep the offered plan as the person's own; never replaces a file (FileExistsError)."""
        if offer.plan is None:
            raise ValueError("a plan file with problems can't be added")
        return self.save(offer.plan)

    def _known(self) -> dict[str, Path]:
        """Each plan's file by the plan's id: read from the folder the first time it is needed."""
        if self._files is None:
            self.load()
        assert self._files is not None
        return self._files


def _kept_apart(plan: Plan, used: set[str]) -> Plan:
    """`plan` under a numbered title ("Before the call (2)") and an id not in `used`, so both plans are kept."""
    title = plan.title.strip()
    numbered = title
    for number in range(2, len(used) + 3):
        suffix = f" ({number})"
        numbered = title[: MAX_TITLE - len(suffix)].rstrip() + suffix
        if id_for(numbered) not in used:
            break
    return replace(plan, id=id_for(numbered, used), title=numbered)
