"""The benchmark's sections. Each takes the workspace and the number of counted runs, prints its
progress, and returns Markdown lines for the report."""

from . import reactor, report
from .contenders import build_contenders, smoke
from .rounds import alternate
from .workspace import progress

BUILD_PAIRS = [
    ("entrypoint-tar", "jib-tar"),
    ("entrypoint-docker", "jib-docker"),
    ("entrypoint-tar", "dockerfile"),
    ("entrypoint-docker", "dockerfile"),
]


def build(workspace, runs):
    """entrypoint:build against jib-maven-plugin and docker build: cold, warm, incremental."""
    contenders = build_contenders(workspace)
    labels = {c.key: c.label for c in contenders}
    for contender in contenders:
        contender.prepare()
    revisions = iter(range(1, 1_000_000))
    scenarios = {
        "cold": ("no caches, fresh target/, image removed from the daemon",
                 lambda c, r: c.reset(), False),
        "warm": ("no change since the last build", lambda c, r: None, True),
        "incremental": ("one class changed (a constant edited, so its bytes change)",
                        lambda c, r: c.edit(f"r{next(revisions)}"), False),
    }
    results = {}
    lines = []
    try:
        for scenario, (description, before, watch) in scenarios.items():
            progress(f"  build, {scenario}: {description}")
            results[scenario] = alternate(
                contenders, runs, before, lambda key, r: workspace.log("build", scenario, f"{key}-{r}.log"),
                watch_output=watch)
            lines += [f"### {scenario}: {description}", ""]
            lines += report.times_table(contenders, results[scenario]) + [""]
            lines += report.ratios_table(BUILD_PAIRS, labels, results[scenario]) + [""]
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
