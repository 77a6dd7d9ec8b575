"""Runs contenders in alternating rounds: a warm-up round that is not counted, then N counted rounds,
each contender once per round and the order rotated every round (A B C, B C A, C A B ...), so that a
burst of load from elsewhere on the machine falls on all of them alike. Ratios are taken between
builds of the same round."""

from dataclasses import dataclass
from typing import Optional

from .contenders import ImageFacts, Timing
from .workspace import progress


@dataclass(frozen=True)
class Sample:
    """One counted build: its round, its times, what it produced, and whether it left the previous
    output exactly as it was (None when that was not watched)."""

    round: int
    timing: Timing
    facts: Optional[ImageFacts]
    untouched: Optional[bool]


def alternate(contenders, runs, before, logs, facts=True, watch_output=False):
    """Runs 1 + runs rounds; returns the counted samples by contender key. before(contender, round)
    prepares each build (a cold reset, an edit, or nothing); logs(key, round) names its log file."""
    samples = {c.key: [] for c in contenders}
    for round_number in range(runs + 1):
        shift = round_number % len(contenders)
        for contender in contenders[shift:] + contenders[:shift]:
            before(contender, round_number)
            state = contender.output.state() if watch_output else None
            timing = contender.build(logs(contender.key, round_number))
            untouched = (state is not None and contender.output.state() == state) if watch_output else None
            label = "warm-up" if round_number == 0 else f"run {round_number}/{runs}"
            progress(f"    {label:9} {contender.label:28} goal {timing.goal:6.2f} s  whole {timing.whole:6.2f} s")
            if round_number > 0:
                samples[contender.key].append(
                    Sample(round_number, timing, contender.output.facts() if facts else None, untouched))
    return samples
