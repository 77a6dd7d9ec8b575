"""The check section's projects and runs: 'mvn -o entrypoint:check' on a copy of the sample holding a
generated tree of Dockerfiles, and on a copy that checks one built image."""

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .contenders import MavenGoal, NoOutput
from .workspace import CommandFailed, PREFIX, run_logged

DOCKERFILES = 1000
# The plugin's own test corpus: real-world shapes, and the shapes checked against Docker's builder.
# Those named *-fails are Dockerfiles Docker refuses; the tree holds only the ones it builds.
SHAPES = ("src/test/resources/dockerfiles/realistic", "src/test/resources/dockerfiles/oracle")
TREE = "services"
CORPUS_DIR = "shapes"

_SUMMARY = re.compile(r"entrypoint:check: (\d+) inputs? (?:\(([^)]*)\) )?in (\d+) ms: (.*)$", re.MULTILINE)
_ERROR_FINDING = re.compile(r"\[ERROR\] (\S+?)(?::\d+)? ([a-z0-9-]+) error: ")
DOES_NOT_BUILD = "dockerfile-does-not-build"


@dataclass(frozen=True)
class CheckSummary:
    """The summary line of one check: how many inputs of which kinds, the goal's own time, the counts."""

    inputs: int
    kinds: str
    millis: int
    counts: str

    @classmethod
    def of(cls, log_text):
        match = _SUMMARY.search(log_text)
        if not match:
            raise ValueError("the log has no 'entrypoint:check: N inputs ... in X ms' line")
        return cls(int(match.group(1)), match.group(2) or "", int(match.group(3)), match.group(4).strip())


def shapes(repo_root):
    """The Dockerfiles of the corpus not named as failing, in a stable order."""
    files = []
    for directory in SHAPES:
        files += sorted(path for path in (Path(repo_root) / directory).glob("*.Dockerfile")
                        if not path.stem.endswith("-fails"))
    if not files:
        raise ValueError(f"no Dockerfiles under {', '.join(SHAPES)}")
    return files


def write_corpus(app, corpus):
    """One copy of each shape under app/shapes, by its own name."""
    root = Path(app) / CORPUS_DIR
    root.mkdir(parents=True, exist_ok=True)
    for shape in corpus:
        shutil.copyfile(shape, root / shape.name)


def write_tree(app, corpus, count=DOCKERFILES):
    """count Dockerfiles under app/services, as a repository of many services keeps them: ten groups
    of service directories, each with a 'Dockerfile' or a 'NAME.Dockerfile' copied from a shape."""
    root = Path(app) / TREE
    shutil.rmtree(root, ignore_errors=True)
    for n in range(count):
        shape = corpus[n % len(corpus)]
        service = root / f"group-{n * 10 // count:02d}" / f"service-{n:04d}"
        service.mkdir(parents=True)
        shutil.copyfile(shape, service / ("Dockerfile" if n % 2 == 0 else shape.name))
    return root


class CheckRun(MavenGoal):
    """'mvn -o entrypoint:check' in a prepared project, with the built image to check (or none) and
    the rules that default to error lowered to warning, so that findings are reported but do not fail
    the run: every rule still runs and every finding is still printed."""

    def __init__(self, workspace, key, label, app, checked_image, lowered_rules):
        self.checked_image = checked_image
        self.lowered_rules = lowered_rules
        self.summary = None
        super().__init__(workspace, key, label, "entrypoint", "check")
        self.app = app

    def make_output(self):
        return NoOutput()

    def goals(self):
        return [f"{self.prefix}:{self.goal}"]

    def properties(self):
        properties = [f"-Dentrypoint.check.image={self.checked_image}"]
        if self.lowered_rules:
            properties.append("-Dentrypoint.check.rules=" + ",".join(f"{rule}=warning" for rule in self.lowered_rules))
        return properties

    def reported(self, log_text):
        """The time the summary line gives; the summary is kept as that of the last run."""
        self.summary = CheckSummary.of(log_text)
        return self.summary.millis / 1000.0


@dataclass(frozen=True)
class Probe:
    """What one check at the default severities found: the files (relative to the project) and rules
    of its error findings."""

    errors: frozenset

    @classmethod
    def run(cls, workspace, app, checked_image, log_path):
        """Checks app once; the check may fail."""
        check = CheckRun(workspace, "check-probe", "check", app, checked_image, [])
        try:
            run_logged(workspace.maven(app, check.goals(), check.properties()), log_path)
        except CommandFailed:
            pass
        return cls(frozenset(_ERROR_FINDING.findall(Path(log_path).read_text(errors="replace"))))

    def unbuildable(self):
        """The files Docker would not build."""
        return {path for path, rule in self.errors if rule == DOES_NOT_BUILD}

    def error_rules(self, leaving_out=frozenset()):
        """The rules with error findings, in files other than leaving_out."""
        return {rule for path, rule in self.errors if path not in leaving_out}


def built_image(workspace, app, log_path):
    """The image tarball the build section's 'entrypoint:build, tar' wrote, or, when that section did
    not run, the same image built now in app (reproducible: the same digest); and which it is."""
    from_build = workspace.apps / "entrypoint-tar" / "target" / "entrypoint" / "image.tar"
    if from_build.is_file():
        return from_build, "the image the build section's `entrypoint:build, tar` wrote"
    run_logged(workspace.maven(app, ["compile", "entrypoint:build"],
                               ["-Dentrypoint.target=tar", f"-Dentrypoint.to.image={PREFIX}check:1",
                                f"-Dentrypoint.cacheDirectory={workspace.cache('check')}"]), log_path)
    return app / "target" / "entrypoint" / "image.tar", "the sample's image, built for this section"
