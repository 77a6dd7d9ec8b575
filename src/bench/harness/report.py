"""Figures from the samples: medians, min–max, ratios between builds of the same round, image facts,
and the issue's targets. Everything is written as Markdown tables."""

from statistics import median


def spread(values):
    """'median (min–max)' of seconds."""
    return f"{median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


def paired_ratios(samples, numerator, denominator, field):
    """numerator's time over denominator's, round by round (builds of the same round ran minutes apart
    at most, under the same load)."""
    by_round = {s.round: getattr(s.timing, field) for s in samples[denominator]}
    return [getattr(s.timing, field) / by_round[s.round] for s in samples[numerator] if s.round in by_round]


def ratio_spread(ratios):
    return f"{median(ratios):.2f}× ({min(ratios):.2f}–{max(ratios):.2f})"


def times_table(contenders, samples):
    lines = ["| contender | goal's own time, s | whole mvn (+ docker build), s |", "|---|---|---|"]
    for contender in contenders:
        runs = samples[contender.key]
        lines.append(f"| {contender.label} | {spread([s.timing.goal for s in runs])}"
                     f" | {spread([s.timing.whole for s in runs])} |")
    return lines


def goal_times_table(contenders, samples, first_column="run"):
    """Times of goals that log how long they took: that figure, Maven's span of the goal, the whole
    process. A run that is not a Maven goal (a shell script) has its wall time in the middle column."""
    lines = [f"| {first_column} | the goal's own figure, s | goal's own time (Maven's log), s | whole process, s |",
             "|---|---|---|---|"]
    for contender in contenders:
        runs = samples[contender.key]
        reported = [s.timing.reported for s in runs if s.timing.reported is not None]
        lines.append(f"| {contender.label} | {spread(reported) if reported else '–'}"
                     f" | {spread([s.timing.goal for s in runs])} | {spread([s.timing.whole for s in runs])} |")
    return lines


def above_floor(samples, goal, skipped):
    """goal's own time less that of the same command with the goal skipped, round by round."""
    floor = {s.round: s.timing.goal for s in samples[skipped]}
    return [s.timing.goal - floor[s.round] for s in samples[goal] if s.round in floor]


def own_part_table(pairs, labels, samples):
    """A goal's own time next to the same command with the goal skipped, and the difference, round by
    round: what the plugin itself spends."""
    lines = ["| goal | goal's own time, s | the same, skipped, s | the difference, same round, s |",
             "|---|---|---|---|"]
    for goal, skipped in pairs:
        part = above_floor(samples, goal, skipped)
        lines.append(f"| {labels[goal]} | {spread([s.timing.goal for s in samples[goal]])}"
                     f" | {spread([s.timing.goal for s in samples[skipped]])} | {spread(part)} |")
    return lines


def parts_table(contenders, samples):
    """The median time of each step (a scenario, say) of runs that report their steps, in the order
    of the first run's steps."""
    names = list(samples[contenders[0].key][0].timing.parts)
    lines = ["| step | " + " | ".join(f"{c.label}, s" for c in contenders) + " |",
             "|---|" + "---|" * len(contenders)]
    for name in names:
        cells = [spread([s.timing.parts[name] for s in samples[c.key]]) for c in contenders]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines


def verdict(met):
    return "met" if met else "**not met**"


def ratios_table(pairs, labels, samples):
    lines = ["| ratio (same round) | goal's own time | whole |", "|---|---|---|"]
    for numerator, denominator in pairs:
        lines.append(f"| {labels[numerator]} / {labels[denominator]}"
                     f" | {ratio_spread(paired_ratios(samples, numerator, denominator, 'goal'))}"
                     f" | {ratio_spread(paired_ratios(samples, numerator, denominator, 'whole'))} |")
    return lines


def megabytes(size):
    return f"{size / 1_000_000:.1f} MB"


def images_table(contenders, cold, warm):
    """Size and layers of the last clean build; whether every clean build gave the same digest; whether
    no-change builds left the previous output alone."""
    lines = ["| contender | output | size | layers | same digest in every clean build | no-change build left the output untouched |",
             "|---|---|---|---|---|---|"]
    for contender in contenders:
        clean = cold[contender.key]
        digests = {s.facts.digest for s in clean}
        last = clean[-1].facts
        place = "tarball" if last.place == "tar" else "Docker daemon (uncompressed)"
        same = (f"yes, {len(clean)}/{len(clean)}: {last.digest[:19]}…" if len(digests) == 1
                else f"no: {len(digests)} digests in {len(clean)} builds")
        untouched = sum(1 for s in warm[contender.key] if s.untouched)
        lines.append(f"| {contender.label} | {place} | {megabytes(last.size)} | {last.layers} | {same}"
                     f" | {untouched}/{len(warm[contender.key])} |")
    return lines


class Target:
    """One of the issue's targets: a ratio of medians of paired goal times, at most a bound."""

    def __init__(self, text, scenario, numerator, denominator, bound):
        self.text = text
        self.scenario = scenario
        self.numerator = numerator
        self.denominator = denominator
        self.bound = bound

    def row(self, results):
        ratios = paired_ratios(results[self.scenario], self.numerator, self.denominator, "goal")
        value = median(ratios)
        return (f"| {self.text} | ≤ {self.bound:.1f}× | {value:.2f}× ({min(ratios):.2f}–{max(ratios):.2f})"
                f" | {verdict(value <= self.bound)} |")


class FloorTarget:
    """The no-change target: the goal's own part above Maven's floor (the same command with the goal
    skipped), as a share of the other contender's time, round by round, at most a bound."""

    def __init__(self, text, goal, skipped, denominator, bound):
        self.text = text
        self.goal = goal
        self.skipped = skipped
        self.denominator = denominator
        self.bound = bound

    def row(self, results):
        warm = results["warm"]
        floor = {s.round: s.timing.goal for s in warm[self.skipped]}
        other = {s.round: s.timing.goal for s in warm[self.denominator]}
        shares = [(s.timing.goal - floor[s.round]) / other[s.round] for s in warm[self.goal]
                  if s.round in floor and s.round in other]
        value = median(shares)
        return (f"| {self.text} | floor + {self.bound:.2f}× | floor + {value:.2f}×"
                f" ({min(shares):.2f}–{max(shares):.2f}) | {verdict(value <= self.bound)} |")


BUILD_TARGETS = [
    Target("cold vs jib:buildTar", "cold", "entrypoint-tar", "jib-tar", 0.7),
    Target("cold, docker target, vs jib:dockerBuild", "cold", "entrypoint-docker", "jib-docker", 0.7),
    FloorTarget("warm, no change, vs jib:buildTar", "entrypoint-tar", "entrypoint-tar-skipped", "jib-tar", 0.05),
    Target("incremental vs jib:buildTar", "incremental", "entrypoint-tar", "jib-tar", 0.5),
    Target("incremental, docker target, vs jib:dockerBuild", "incremental", "entrypoint-docker", "jib-docker", 0.5),
    Target("incremental, docker target, vs docker build", "incremental", "entrypoint-docker", "dockerfile", 1.0),
]


def targets_table(results, cold, warm):
    lines = ["| target (goal's own time) | bound | measured, median of same-round ratios (min–max) | |",
             "|---|---|---|---|"]
    lines += [target.row(results) for target in BUILD_TARGETS]
    for key in ("entrypoint-tar", "entrypoint-docker"):
        digests = {s.facts.digest for s in cold[key]}
        lines.append(f"| reproducible digest, {key} | always | {len(cold[key])} clean builds,"
                     f" {len(digests)} digest(s) | {verdict(len(digests) == 1)} |")
    untouched = sum(1 for s in warm["entrypoint-tar"] if s.untouched)
    lines.append(f"| no-change build keeps image.tar byte-identical (and untouched) | always |"
                 f" {untouched}/{len(warm['entrypoint-tar'])} | {verdict(untouched == len(warm['entrypoint-tar']))} |")
    return lines
