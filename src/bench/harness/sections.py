"""The benchmark's sections. Each takes the workspace and the number of counted runs, prints its
progress, and returns Markdown lines for the report."""

import os
from pathlib import Path
from statistics import median

from . import check as checks
from . import reactor, report
from .answer import edit_to_answer
from . import verify as verifies
from .contenders import NoOutput, SkippedGoal, build_contenders, floor_contenders, smoke
from .rounds import alternate
from .workspace import progress, remove_image

BUILD_PAIRS = [
    ("entrypoint-tar", "jib-tar"),
    ("entrypoint-docker", "jib-docker"),
    ("entrypoint-tar", "dockerfile"),
    ("entrypoint-docker", "dockerfile"),
]
FLOOR_PAIRS = [("entrypoint-tar", "entrypoint-tar-skipped"), ("jib-tar", "jib-tar-skipped")]


def build(workspace, runs):
    """entrypoint:build against jib-maven-plugin and docker build: cold, warm, incremental. A no-change
    build is also timed next to the same command with the goal skipped: the floor Maven sets."""
    contenders = build_contenders(workspace)
    floors = floor_contenders(contenders)
    labels = {c.key: c.label for c in contenders + floors}
    for contender in contenders:
        contender.prepare()
    revisions = iter(range(1, 1_000_000))
    scenarios = {
        "cold": ("no caches, fresh target/, image removed from the daemon", lambda c, r: c.reset(), []),
        "warm": ("no change since the last build", lambda c, r: None, floors),
        "incremental": ("one class changed (a constant edited, so its bytes change)",
                        lambda c, r: c.edit(f"r{next(revisions)}"), []),
    }
    results = {}
    lines = []
    try:
        for scenario, (description, before, extra) in scenarios.items():
            progress(f"  build, {scenario}: {description}")
            results[scenario] = alternate(
                contenders + extra, runs, before, lambda key, r: workspace.log("build", scenario, f"{key}-{r}.log"),
                facts=scenario == "cold", watch_output=scenario == "warm")
            lines += [f"### {scenario}: {description}", ""]
            lines += report.times_table(contenders + extra, results[scenario]) + [""]
            lines += report.ratios_table(BUILD_PAIRS, labels, results[scenario]) + [""]
        lines += ["### warm: the goal's own part, above Maven's floor", ""]
        lines += report.own_part_table(FLOOR_PAIRS, labels, results["warm"]) + [""]
        lines += report.ratios_table([(floor.key, "jib-tar") for floor in floors], labels, results["warm"]) + [""]
        progress("  build: running each image until GET /health answers")
        answers = {c.key: smoke(c) for c in contenders}
        lines += ["### images", ""]
        lines += report.images_table(contenders, results["cold"], results["warm"]) + [""]
        lines += [f"Every image answered `GET /health` in a container ({len(answers)}/{len(contenders)})."]
        lines += ["", "### targets", ""]
        lines += report.targets_table(results, results["cold"], results["warm"]) + [""]
    finally:
        for contender in contenders:
            contender.cleanup()
    return lines


ANSWER_PAIRS = [
    ("entrypoint-tar", "jib-tar"),
    ("entrypoint-docker", "jib-docker"),
    ("entrypoint-tar", "dockerfile"),
    ("entrypoint-docker", "dockerfile"),
]


class InnerLoop:
    """A contender's inner loop, timed as one run: edit one class, build, load a tarball, start the
    image, and wait until it answers with the edit."""

    def __init__(self, contender, revisions):
        self.contender = contender
        self.key = contender.key
        self.label = contender.label
        self.output = NoOutput()
        self.revisions = revisions

    def build(self, log_path):
        return edit_to_answer(self.contender, f"a{next(self.revisions)}", log_path)


def answer(workspace, runs):
    """Edit to answer: from the edited source file to the new image answering GET /health with it."""
    contenders = build_contenders(workspace)
    labels = {c.key: c.label for c in contenders}
    for contender in contenders:
        contender.prepare()
    revisions = iter(range(1, 1_000_000))
    loops = [InnerLoop(contender, revisions) for contender in contenders]
    try:
        progress("  answer: edit one class, build, (load,) start, until GET /health answers with the edit")
        samples = alternate(loops, runs, lambda c, r: None,
                            lambda key, r: workspace.log("answer", f"{key}-{r}.log"), facts=False)
    finally:
        for contender in contenders:
            contender.cleanup()
            remove_image(contender.image)
    lines = ["| contender | edit to answer, s |", "|---|---|"]
    lines += [f"| {c.label} | {report.spread([s.timing.whole for s in samples[c.key]])} |" for c in contenders]
    lines += ["", "| ratio (same round) | edit to answer |", "|---|---|"]
    lines += [f"| {labels[a]} / {labels[b]} | {report.ratio_spread(report.paired_ratios(samples, a, b, 'whole'))} |"
              for a, b in ANSWER_PAIRS]
    lines += ["", "Each step's time (build: `mvn` (+ `docker build`); load: `docker load` of a tarball; start:"
              " `docker run -d`; answer: from the start to the first answer with the edit):", ""]
    lines += report.parts_table(loops, samples)
    return lines


def check(workspace, runs):
    """entrypoint:check on a generated tree of Dockerfiles, and on the image the build section made."""
    candidates = checks.shapes(workspace.repo_root)
    shapes_app = workspace.copy_sample("check-shapes")
    checks.write_corpus(shapes_app, candidates)
    progress("  check: which shapes Docker builds, and which rules report errors")
    found = checks.Probe.run(workspace, shapes_app, "none", workspace.log("check", "prepare", "shapes.log"))
    unbuildable = found.unbuildable()
    corpus = [shape for shape in candidates if f"{checks.CORPUS_DIR}/{shape.name}" not in unbuildable]
    tree_app = workspace.copy_sample("check-tree")
    checks.write_tree(tree_app, corpus)
    image_app = workspace.copy_sample("check-image")
    image_tar, image_source = checks.built_image(workspace, image_app, workspace.log("check", "prepare", "image.log"))
    image = f"tar://{image_tar}"
    found_in_image = checks.Probe.run(workspace, image_app, image, workspace.log("check", "prepare", "image-probe.log"))
    lowered = sorted(found.error_rules(leaving_out=unbuildable) | found_in_image.error_rules())
    tree = checks.CheckRun(workspace, "check-tree", f"{checks.DOCKERFILES:,} Dockerfiles and the pom", tree_app,
                           "none", lowered)
    one_image = checks.CheckRun(workspace, "check-image", "one image (tar), the pom and the sample's Dockerfile",
                                image_app, image, lowered)
    progress(f"  check: {checks.DOCKERFILES} Dockerfiles from {len(corpus)} shapes, and {image}")
    skipped = SkippedGoal(tree, "entrypoint.check.skip")
    samples = alternate([tree, one_image, skipped], runs, lambda c, r: None,
                        lambda key, r: workspace.log("check", key, f"{r}.log"), facts=False)
    figures = [s.timing.reported for s in samples[tree.key]]
    spans = [s.timing.goal for s in samples[tree.key]]
    above_floor = report.above_floor(samples, tree.key, skipped.key)
    left_out = ", ".join(f"`{Path(path).name}`" for path in sorted(unbuildable)) or "none"
    return [
        f"`mvn -o entrypoint:check` in two copies of the sample. One holds {checks.DOCKERFILES:,} Dockerfiles in as"
        f" many service directories under `{checks.TREE}/`, copies of the {len(corpus)} Dockerfiles of"
        f" `{'` and `'.join(checks.SHAPES)}` that Docker builds (left out, as `{checks.DOES_NOT_BUILD}`: {left_out}),"
        f" and is checked with `-Dentrypoint.check.image=none`; the other is checked with"
        f" `-Dentrypoint.check.image=tar://…/image.tar`, {image_source}. The rules that report errors on them"
        f" ({', '.join(f'`{rule}`' for rule in lowered) or 'none'}) are lowered to warnings with"
        " `-Dentrypoint.check.rules`: every rule runs and every finding is printed, and none fails the run."
        " The goal's own figure is the time its summary line reports (`entrypoint:check: N inputs … in X ms`:"
        " finding, reading and checking the inputs); Maven's span adds the class realm, printing the findings"
        " and writing the three reports.",
        "",
        *report.goal_times_table([tree, one_image, skipped], samples),
        "",
        "The last row is Maven's floor: the first run's command with `-Dentrypoint.check.skip=true`, where Maven"
        " creates the plugin's class realm and configures the mojo, which returns at once.",
        "",
        "| run | inputs | findings |",
        "|---|---|---|",
        *[f"| {run.label} | {run.summary.inputs} ({run.summary.kinds}) | {run.summary.counts} |" for run in (tree, one_image)],
        "",
        "| target | bound | measured, median (min–max) | |",
        "|---|---|---|---|",
        f"| {checks.DOCKERFILES:,} Dockerfiles, the goal's own figure | < 1 s | {report.spread(figures)} s"
        f" | {report.verdict(median(figures) < 1.0)} |",
        f"| {checks.DOCKERFILES:,} Dockerfiles, Maven's span of the goal | < 1 s | {report.spread(spans)} s"
        f" | {report.verdict(median(spans) < 1.0)} |",
        f"| {checks.DOCKERFILES:,} Dockerfiles, Maven's span less its floor (same round) | < 1 s"
        f" | {report.spread(above_floor)} s | {report.verdict(median(above_floor) < 1.0)} |",
    ]


def verify(workspace, runs):
    """entrypoint:verify of the sample's scenarios, one at a time and in parallel, against the same
    scenarios as bare docker commands."""
    app = workspace.copy_sample("verify")
    progress(f"  verify: building {verifies.IMAGE} into Docker")
    verifies.build_image(workspace, app, workspace.log("verify", "prepare", "build.log"))
    processors = os.cpu_count()
    sequential = verifies.VerifyRun(workspace, app, 1, processors)
    parallel = verifies.VerifyRun(workspace, app, None, processors)
    floor = verifies.DockerRunFloor(workspace)
    labels = {c.key: c.label for c in (sequential, parallel, floor)}
    try:
        samples = alternate([sequential, parallel, floor], runs, lambda c, r: None,
                            lambda key, r: workspace.log("verify", key, f"{r}.log"), facts=False)
    finally:
        remove_image(verifies.IMAGE)
    fixed = [s.timing.goal - sum(s.timing.parts.values()) for s in samples[sequential.key]]
    ratios = {run.key: report.paired_ratios(samples, run.key, floor.key, "goal") for run in (sequential, parallel)}
    return [
        f"`mvn -o entrypoint:verify -Dentrypoint.image=docker://{verifies.IMAGE} -Dentrypoint.engine=docker` runs the"
        f" sample's {sequential.scenarios} scenarios (the launch contract's four and the three its pom declares),"
        " with `-Dentrypoint.verify.parallel=1` and with the default (one per processor); `src/bench/verify-floor`"
        " runs the same scenarios as bare docker commands in a shell, one after the other, each waited for and"
        " each checked. The image is in Docker before either starts and stays there: neither side loads or"
        " removes it. The goal's own figure is the time its closing line reports; Maven's span adds the class"
        " realm; for the floor, the middle column is the script's wall time.",
        "",
        *report.goal_times_table([sequential, parallel, floor], samples),
        "",
        *report.ratios_table([(sequential.key, floor.key), (parallel.key, floor.key)], labels, samples),
        "",
        "Each scenario's time (verify: as its report `verify.json` gives it, from creating the container to"
        " removing it; the floor: between the script's steps):",
        "",
        *report.parts_table([sequential, floor], samples),
        "",
        f"Verify's fixed cost, one scenario at a time (Maven's span less the sum of its scenarios: the class realm,"
        f" asking Docker for its version and the image, the reports): {report.spread(fixed)} s.",
        "",
        "| target (goal's own time, Maven's span) | bound | measured, median of same-round ratios (min–max) | |",
        "|---|---|---|---|",
        f"| verify, one scenario at a time, vs the floor | ≤ 1.2× | {report.ratio_spread(ratios[sequential.key])}"
        f" | {report.verdict(median(ratios[sequential.key]) <= 1.2)} |",
        f"| verify, {processors} at a time, vs the floor | < 1.0× | {report.ratio_spread(ratios[parallel.key])}"
        f" | {report.verdict(median(ratios[parallel.key]) < 1.0)} |",
    ]


def scale(workspace, runs):
    """A reactor of ten image modules on a shared library, -T 1 against -T 2."""
    built = reactor.Reactor.create(workspace)
    revisions = iter(range(1, 1_000_000))
    scenarios = {
        "clean": ("'mvn -o clean package', the user cache of base layers warm", ["clean", "package"],
                  lambda c, r: None),
        "one service changed": ("'mvn -o package' after one class of service-01 changed", ["package"],
                                lambda c, r: built.edit_service(1, f"r{next(revisions)}")),
    }
    lines = []
    try:
        for scenario, (description, goals, before) in scenarios.items():
            progress(f"  scale, {scenario}: {description}")
            contenders = [reactor.ReactorBuild(workspace, built, threads, goals) for threads in (1, 2)]
            samples = alternate(contenders, runs, before,
                                lambda key, r: workspace.log("scale", scenario, f"{key}-{r}.log"), facts=False)
            lines += [f"### {scenario}: {description}; {reactor.SERVICES} image modules and shop-core", ""]
            lines += ["| threads | whole mvn, s |", "|---|---|"]
            lines += [f"| {c.label} | {report.spread([s.timing.whole for s in samples[c.key]])} |"
                      for c in contenders]
            ratios = report.paired_ratios(samples, "reactor-T2", "reactor-T1", "whole")
            lines += ["", f"-T 2 / -T 1, same round: {report.ratio_spread(ratios)}", ""]
    finally:
        built.remove_images()
    return lines
