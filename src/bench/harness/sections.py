"""The benchmark's sections. Each takes the workspace and the number of counted runs, prints its
progress, and returns Markdown lines for the report."""

import shutil
import xml.etree.ElementTree as ElementTree

from . import report
from .contenders import Contender, Timing, build_contenders, edit_one_class, smoke
from .rounds import alternate
from .workspace import PREFIX, remove_image, run_logged

BUILD_PAIRS = [
    ("entrypoint-tar", "jib-tar"),
    ("entrypoint-docker", "jib-docker"),
    ("entrypoint-tar", "dockerfile"),
    ("entrypoint-docker", "dockerfile"),
]


def _progress(text):
    import sys
    print(text, file=sys.stderr, flush=True)


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
            _progress(f"  build, {scenario}: {description}")
            results[scenario] = alternate(
                contenders, runs, before, lambda key, r: workspace.log("build", scenario, f"{key}-{r}.log"),
                watch_output=watch)
            lines += [f"### {scenario}: {description}", ""]
            lines += report.times_table(contenders, results[scenario]) + [""]
            lines += report.ratios_table(BUILD_PAIRS, labels, results[scenario]) + [""]
        _progress("  build: running each image until GET /health answers")
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


MODULES = 10
_POM = "{http://maven.apache.org/POM/4.0.0}"


def _reactor_parent(sample_pom, modules):
    """The sample's pom made the parent of the reactor: packaging pom, the modules, and
    entrypoint:build bound to package in every module, with an image named after the module."""
    ElementTree.register_namespace("", _POM.strip("{}"))
    tree = ElementTree.parse(sample_pom)
    project = tree.getroot()
    project.find(f"{_POM}artifactId").text = "bench-reactor"
    project.find(f"{_POM}packaging").text = "pom"
    module_list = ElementTree.SubElement(project, f"{_POM}modules")
    for module in modules:
        ElementTree.SubElement(module_list, f"{_POM}module").text = module
    for plugin in project.iter(f"{_POM}plugin"):
        if plugin.findtext(f"{_POM}artifactId") == "entrypoint-maven-plugin":
            plugin.find(f"{_POM}configuration/{_POM}to/{_POM}image").text = \
                "${bench.image.prefix}reactor-${project.artifactId}:1"
            goals = ElementTree.SubElement(ElementTree.SubElement(ElementTree.SubElement(
                plugin, f"{_POM}executions"), f"{_POM}execution"), f"{_POM}goals")
            ElementTree.SubElement(goals, f"{_POM}goal").text = "build"
    return tree


_MODULE_POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.entrypoint.bench</groupId>
    <artifactId>bench-reactor</artifactId>
    <version>1.0.0</version>
  </parent>
  <artifactId>{name}</artifactId>
  <packaging>jar</packaging>
</project>
"""


class ReactorBuild(Contender):
    """'mvn -o -T N GOALS' of the whole reactor; only the whole process is timed."""

    def __init__(self, workspace, threads, goals):
        self.threads = threads
        self.goals = goals
        super().__init__(workspace, f"reactor-T{threads}", f"-T {threads}")
        self.app = workspace.apps / "reactor"
        self.cache = workspace.cache("reactor")

    def make_output(self):
        return _NoOutput()

    def build(self, log_path):
        argv = self.workspace.maven(self.app, self.goals, [f"-Dentrypoint.cacheDirectory={self.cache}"],
                                    threads=self.threads)
        whole = run_logged(argv, log_path)
        return Timing(whole, whole)


class _NoOutput:
    """A reactor's outputs are ten images; this section times them and leaves them unexamined."""

    def state(self):
        return None

    def remove(self):
        """The reactor's tarballs stay in its build directories."""


def scale(workspace, runs):
    """A reactor of ten image modules, -T 1 against -T 2."""
    reactor = workspace.apps / "reactor"
    shutil.rmtree(reactor, ignore_errors=True)
    modules = [f"service-{n:02d}" for n in range(1, MODULES + 1)]
    reactor.mkdir(parents=True)
    _reactor_parent(workspace.sample / "pom.xml", modules).write(reactor / "pom.xml", xml_declaration=True,
                                                               encoding="UTF-8")
    for module in modules:
        shutil.copytree(workspace.sample / "src", reactor / module / "src")
        (reactor / module / "pom.xml").write_text(_MODULE_POM.format(name=module))
    revisions = iter(range(1, 1_000_000))
    scenarios = {
        "clean": ("'mvn -o clean package', the user cache of base layers warm", ["clean", "package"],
                  lambda c, r: None),
        "one module changed": ("'mvn -o package' after one class of service-01 changed", ["package"],
                               lambda c, r: edit_one_class(reactor / "service-01", f"r{next(revisions)}")),
    }
    lines = []
    for scenario, (description, goals, before) in scenarios.items():
        _progress(f"  scale, {scenario}: {description}")
        contenders = [ReactorBuild(workspace, threads, goals) for threads in (1, 2)]
        samples = alternate(contenders, runs, before,
                            lambda key, r: workspace.log("scale", scenario, f"{key}-{r}.log"), facts=False)
        lines += [f"### {scenario}: {description}, {MODULES} image modules", ""]
        lines += ["| threads | whole mvn, s |", "|---|---|"]
        lines += [f"| {c.label} | {report.spread([s.timing.whole for s in samples[c.key]])} |"
                  for c in contenders]
        lines += ["", f"-T 2 / -T 1, same round: "
                      f"{report.ratio_spread(report.paired_ratios(samples, 'reactor-T2', 'reactor-T1', 'whole'))}", ""]
    for module in modules:
        remove_image(f"{PREFIX}reactor-{module}:1")
    return lines
