"""Loads and checks exercise files, the shipped ones and the person's own, into a catalog.

A file that cannot be used is skipped and reported with its file, field and reason; the
others still load. Nothing here raises for bad input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from app.core.exercise import Exercise, Step, breathing_seconds
from app.storage.exercise_files import MAX_FILE_BYTES, LoadProblem, parse_exercise
from app.storage.private_files import write_private
from app.storage.toml_cache import SHIPPED, parse_toml
from app.storage.translations import exercise_translator, translate_exercise


@dataclass
class Catalog:
    """The exercises that loaded, in display order, and the problems with those that did not."""

    exercises: list[Exercise] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def of_kind(self, kind: str) -> list[Exercise]:
        return [e for e in self.exercises if e.kind == kind]


def resolve(exercise: Exercise, known: dict[str, Exercise]) -> tuple[Exercise | None, list[LoadProblem]]:
    """Fill in what a file refers to by id: breathing inside steps, and a sequence's parts."""
    problems: list[LoadProblem] = []
    if exercise.kind == "steps":
        steps = []
        for i, step in enumerate(exercise.steps):
            if step.breathing:
                target = known.get(step.breathing)
                if target is None or target.pattern is None:
                    problems.append(
                        LoadProblem(
                            exercise.origin, f"steps[{i}].breathing", f"no breathing exercise called {step.breathing!r}"
                        )
                    )
                    continue
                step = replace(step, pattern=target.pattern, seconds=breathing_seconds(target.pattern, step.minutes))
            steps.append(step)
        return (None, problems) if problems else (replace(exercise, steps=tuple(steps)), [])
    if exercise.kind != "sequence":
        return exercise, []
    steps = []
    cautions = list(exercise.cautions)
    for placeholder in exercise.steps:
        target = known.get(placeholder.breathing)
        where = f"{placeholder.part}.exercise"
        if target is None:
            problems.append(LoadProblem(exercise.origin, where, f"no exercise called {placeholder.breathing!r}"))
            continue
        if target.kind == "sequence":
            problems.append(
                LoadProblem(
                    exercise.origin, where, f"{target.id!r} is a sequence; parts must be breathing or steps exercises"
                )
            )
            continue
        if target.pattern is not None:
            seconds = breathing_seconds(target.pattern, placeholder.minutes)
            text = target.summary
            steps.append(
                Step(
                    text=text,
                    pattern=target.pattern,
                    minutes=placeholder.minutes,
                    seconds=seconds,
                    part=target.title,
                    breathing=target.id,
                )
            )
        else:
            steps.extend(replace(step, part=target.title) for step in target.steps)
        if not exercise.cautions:  # a sequence that names its own cautions keeps just those
            cautions += [c for c in target.cautions if c not in cautions]
    if problems:
        return None, problems
    return replace(exercise, steps=tuple(steps), cautions=tuple(cautions)), []


def load_file(path: Path, label: str | None = None, shipped: bool = False) -> tuple[Exercise | None, list[LoadProblem]]:
    """Read and check one exercise file (`shipped` with Steady, so its parsed form may be kept); never raises."""
    file = label or str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None, [
                LoadProblem(file, "", f"is larger than {MAX_FILE_BYTES // 1000} kB; is it really an exercise?")
            ]
        raw = path.read_bytes()
    except OSError as error:
        return None, [LoadProblem(file, "", f"cannot be read ({error.strerror or error})")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [LoadProblem(file, "", f"is not UTF-8 text (bad byte at position {error.start})")]
    try:
        data = SHIPPED.loads(text, path) if shipped else parse_toml(text)
    except ValueError as error:
        return None, [LoadProblem(file, "", f"is not valid TOML ({error})")]
    except RecursionError:
        return None, [LoadProblem(file, "", "is nested too deeply to read")]
    return parse_exercise(data, file)


def load_catalog(shipped: Path, own: Path | None = None, plans: Path | None = None) -> Catalog:
    """Load every exercise file from the shipped folder, then the person's own folder, then their plans."""
    catalog = Catalog()
    seen: dict[str, str] = {}
    translation = exercise_translator(shipped.parent / "translations")  # empty in English
    for folder, is_own in ((shipped, False), (own, True)):
        for path in _exercise_files(folder, catalog, is_own):
            label = str(path) if is_own else f"resources/exercises/{path.name}"
            exercise, problems = load_file(path, label, shipped=not is_own)
            catalog.problems.extend(problems)
            if exercise is None:
                continue
            if not is_own:  # a person's own exercises stay as they wrote them
                exercise = translate_exercise(exercise, translation)
            if exercise.id in seen:
                catalog.problems.append(
                    LoadProblem(
                        label, "id", f"{exercise.id!r} is already used by {seen[exercise.id]}; this file was skipped"
                    )
                )
                continue
            seen[exercise.id] = label
            catalog.exercises.append(replace(exercise, own=is_own))
    # Steps before sequences, so a sequence part that is a steps exercise is already resolved.
    known = {e.id: e for e in catalog.exercises}
    resolved: list[Exercise] = []
    for exercise in sorted(catalog.exercises, key=lambda e: e.kind == "sequence"):
        done, problems = resolve(exercise, known)
        catalog.problems.extend(problems)
        if done is not None:
            known[done.id] = done
            resolved.append(done)
        else:
            known.pop(exercise.id, None)
    resolved += _plan_exercises(plans, resolved, catalog)
    catalog.exercises = sorted(resolved, key=lambda e: (e.order, e.title.casefold()))
    catalog.problems.extend(LoadProblem(p.file, p.field, p.explained) for p in translation.problems)
    return catalog


def import_exercise(path: Path, own_dir: Path, catalog: Catalog) -> tuple[Exercise | None, list[LoadProblem]]:
    """Check a plan file and copy it into the person's folder; nothing is copied if it fails."""
    exercise, problems = load_file(path, path.name)
    if exercise is None:
        return None, problems
    existing = catalog.get(exercise.id)
    if existing is not None:
        reason = f"{exercise.id!r} is already used by “{existing.title}”; give the plan another id to import it"
        return None, [LoadProblem(path.name, "id", reason)]
    resolved, problems = resolve(exercise, {e.id: e for e in catalog.exercises})
    if resolved is None:
        return None, problems
    target = own_dir / f"{exercise.id}.toml"
    if target.exists():
        return None, [LoadProblem(path.name, "", f"{target} already exists; nothing was replaced")]
    try:
        write_private(target, path.read_text(encoding="utf-8"))
    except OSError as error:
        return None, [LoadProblem(path.name, "", f"could not be copied to {own_dir} ({error.strerror or error})")]
    return replace(resolved, own=True, origin=str(target)), []


def _plan_exercises(folder: Path | None, exercises: list[Exercise], catalog: Catalog) -> list[Exercise]:
    """The person's plans, each as an exercise Steady can run; a plan may use only Steady's own exercises."""
    if folder is None or not folder.exists():  # no plans yet: the plan reader is not even loaded (≈ 3 ms)
        return []
    from app.core.plans import plan_exercise
    from app.storage.plan_files import check_plan_file, plan_paths

    shipped = {e.id: e for e in exercises if not e.own}
    used = {e.id: e.origin for e in exercises}
    paths, problems = plan_paths(folder)
    catalog.problems.extend(problems)
    found: list[Exercise] = []
    for path in paths:
        plan, problems = check_plan_file(path, shipped, str(path))
        catalog.problems.extend(problems)
        if plan is None:
            continue
        if plan.id in used:
            reason = f"{plan.id!r} is already used by {used[plan.id]}; this plan was skipped"
            catalog.problems.append(LoadProblem(str(path), "id", reason))
            continue
        used[plan.id] = str(path)
        found.append(plan_exercise(plan, shipped, origin=str(path)))
    return found


def _exercise_files(folder: Path | None, catalog: Catalog, is_own: bool) -> Iterable[Path]:
    if folder is None or (is_own and not folder.exists()):
        return []
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".toml" and not p.name.startswith("."))
    except OSError as error:
        catalog.problems.append(LoadProblem(str(folder), "", f"cannot be listed ({error.strerror or error})"))
        return []
