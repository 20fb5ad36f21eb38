"""What the optional voice says, and when: one short prompt per phase or step, never queued."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.exercise import Exercise, Phase, Step
from app.core.playback import Finished
from app.core.session import PhaseStarted
from app.core.steps import StepStarted
from app.core.timeline import breathing_timeline


@dataclass(frozen=True)
class VoiceWords:
    """The words the voice uses for breathing phases and its closing line (from data)."""

    phases: dict[str, str] = field(default_factory=dict)
    closing: str = ""
    sample: str = ""

    def for_phase(self, phase: Phase) -> str:
        return phase.spoken or self.phases.get(phase.kind.value, "") or phase.label


@dataclass(frozen=True)
class Prompt:
    """Something to say now, and the most time it may take (None: no limit)."""

    text: str
    limit: float | None


def step_words(step: Step, notice_wording: bool) -> str:
    """What the voice reads for a step: its spoken text, else the words shown."""
    if notice_wording and step.notice:
        return step.notice
    return step.words_to_say


def prompt_for(event: object, words: VoiceWords, notice_wording: bool = False) -> Prompt | None:
    """The prompt for a phase start, a step start or the finish; None when nothing is said."""
    if isinstance(event, PhaseStarted):
        return Prompt(words.for_phase(event.segment.phase), event.segment.duration - event.late_by)
    if isinstance(event, StepStarted):
        step = event.step
        if step.pattern is not None:
            return None  # a breathing step speaks through its phases instead
        limit = None if step.seconds is None else max(0.0, step.seconds - event.late_by)
        return Prompt(step_words(step, notice_wording), limit)
    if isinstance(event, Finished):
        return Prompt(words.closing, None) if words.closing else None
    return None


def phases_of(exercise: Exercise) -> list[Phase]:
    """The breathing phases an exercise (or its breathing steps) begins with: what its cues and words must cover."""
    phases: list[Phase] = []
    if exercise.pattern is not None:
        phases += list(exercise.pattern.lead_in + exercise.pattern.phases)
    for step in exercise.steps:
        if step.pattern is not None:
            phases += [s.phase for s in breathing_timeline(step.pattern, step.minutes).segments[:8]]
    return phases


def texts_for(exercise: Exercise, words: VoiceWords, notice_wording: bool = False) -> list[str]:
    """Every text an exercise may say, so the voice can prepare them before the first one."""
    texts = [step_words(step, notice_wording) for step in exercise.steps if step.pattern is None]
    texts += [words.for_phase(p) for p in phases_of(exercise)]
    if words.closing:
        texts.append(words.closing)
    return list(dict.fromkeys(t for t in texts if t))
