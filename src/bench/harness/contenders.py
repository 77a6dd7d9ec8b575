"""The contenders of the build section: the same sample service, the same base image and layout,
built into an image by entrypoint:build, by Jib, or by 'docker build' of a Dockerfile."""

import hashlib
import json
import re
import shutil
import tarfile
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .timing import goal_seconds
from .workspace import BASE_IMAGE, PREFIX, docker, remove_image, run_logged

EDITED_CLASS = Path("src/main/java/dev/entrypoint/bench/shop/health/Metrics.java")
_REVISION = re.compile(r'REVISION = "[^"]*"')


def edit_one_class(source, revision):
    """Changes one class for real: a new REVISION constant in the Java file source, so the compiled
    bytes differ, and a new modification time."""
    text, count = _REVISION.subn(f'REVISION = "{revision}"', Path(source).read_text())
    if count != 1:
        raise ValueError(f"{source} has no REVISION constant to edit")
    Path(source).write_text(text)


@dataclass(frozen=True)
class ImageFacts:
    """What one build produced: the digest that should repeat across clean builds (the manifest digest
    of a tarball, the image ID in the daemon), the size (of the tarball, or in the daemon,
    uncompressed) and the number of layers."""

    digest: str
    size: int
    layers: int
    place: str


class TarOutput:
    """An image tarball written by the build, with its manifest digest beside it."""

    def __init__(self, tar, digest_file):
        self.tar = Path(tar)
        self.digest_file = Path(digest_file)

    def facts(self):
        with tarfile.open(self.tar) as archive:
            manifest = json.load(archive.extractfile("manifest.json"))
        return ImageFacts(self.digest_file.read_text().strip(), self.tar.stat().st_size,
                          len(manifest[0]["Layers"]), "tar")

    def state(self):
        """The tarball's content digest and modification time: equal before and after a build when the
        build left it alone."""
        if not self.tar.exists():
            return None
        digest = hashlib.sha256()
        with open(self.tar, "rb") as content:
            for chunk in iter(lambda: content.read(1 << 20), b""):
                digest.update(chunk)
        return f"{digest.hexdigest()} {self.tar.stat().st_mtime_ns}"

    def load(self):
        """Loads the tarball into Docker; returns the name it was loaded as."""
        with tarfile.open(self.tar) as archive:
            name = json.load(archive.extractfile("manifest.json"))[0]["RepoTags"][0]
        docker("load", "-q", "-i", str(self.tar))
        return name

    def remove(self):
        """Nothing to remove outside the build directory."""


class DaemonOutput:
    """An image the build put in the Docker daemon."""

    def __init__(self, image):
        self.image = image

    def facts(self):
        identity, size, layers = docker(
            "image", "inspect", "--format", "{{.Id}} {{.Size}} {{len .RootFS.Layers}}", self.image).split()
        return ImageFacts(identity, int(size), int(layers), "daemon")

    def state(self):
        """The image ID and when the name was last (re)tagged: equal when a build left the image alone."""
        return docker("image", "inspect", "--format", "{{.Id}} {{.Metadata.LastTagTime}}", self.image,
                      check=False) or None

    def load(self):
        return self.image

    def remove(self):
        remove_image(self.image)


class NoOutput:
    """What a run that is timed but not examined leaves: nothing to compare or remove."""

    def state(self):
        return None

    def remove(self):
        """Nothing to remove."""


@dataclass(frozen=True)
class Timing:
    """One run's times in seconds: the whole process(es), the measured goal's own (from Maven's log),
    for a goal that logs how long it took, that figure, and where a run reports the time of each of
    its steps, those by name."""

    whole: float
    goal: float
    reported: Optional[float] = None
    parts: Optional[dict] = None


class Contender(ABC):
    """One way to build the sample into an image, in its own copy of the sample with its own caches."""

    def __init__(self, workspace, key, label):
        self.workspace = workspace
        self.key = key
        self.label = label
        self.image = f"{PREFIX}{key}:1"
        self.app = workspace.apps / key
        self.cache = workspace.cache(key)
        self.output = self.make_output()

    @abstractmethod
    def make_output(self):
        """Where the image goes: a TarOutput or a DaemonOutput."""

    @abstractmethod
    def build(self, log_path):
        """Builds the image once, with the output in log_path; returns its Timing."""

    def prepare(self):
        self.workspace.copy_sample(self.key)

    def reset(self):
        """Forgets every earlier build: build directory, caches, and the image in the daemon."""
        shutil.rmtree(self.app / "target", ignore_errors=True)
        shutil.rmtree(self.cache, ignore_errors=True)
        self.output.remove()

    def edit(self, revision):
        edit_one_class(self.app / EDITED_CLASS, revision)

    def cleanup(self):
        self.output.remove()


class MavenGoal(Contender):
    """A Maven plugin goal run after 'compile', as 'mvn -o compile prefix:goal'; timed from Maven's
    log, and by the goal's own figure where reported() finds one."""

    def __init__(self, workspace, key, label, prefix, goal):
        self.prefix = prefix
        self.goal = goal
        super().__init__(workspace, key, label)

    @abstractmethod
    def properties(self):
        """The -D options of the goal."""

    def environment(self):
        return {}

    def goals(self):
        """What Maven is asked to run."""
        return ["compile", f"{self.prefix}:{self.goal}"]

    def reported(self, log_text):
        """The time in seconds the goal logs for itself, if it logs one."""
        return None

    def build(self, log_path):
        argv = self.workspace.maven(self.app, self.goals(), self.properties())
        whole = run_logged(argv, log_path, self.environment())
        log_text = Path(log_path).read_text(errors="replace")
        goal = goal_seconds(log_text, self.prefix, self.goal)
        if goal is None:
            raise ValueError(f"no {self.prefix}:{self.goal} in {log_path}")
        return Timing(whole, goal, self.reported(log_text))


class EntrypointBuild(MavenGoal):
    """entrypoint:build with <target> tar or docker; its user cache (base layers) in the work directory."""

    def __init__(self, workspace, target):
        self.target = target
        super().__init__(workspace, f"entrypoint-{target}", f"entrypoint:build, {target}", "entrypoint", "build")

    def make_output(self):
        if self.target == "tar":
            return TarOutput(self.app / "target/entrypoint/image.tar", self.app / "target/entrypoint/image.digest")
        return DaemonOutput(self.image)

    def properties(self):
        return [f"-Dentrypoint.target={self.target}", f"-Dentrypoint.to.image={self.image}",
                f"-Dentrypoint.cacheDirectory={self.cache}"]


class JibBuild(MavenGoal):
    """jib:buildTar or jib:dockerBuild, kept from writing outside the work directory."""

    def __init__(self, workspace, goal):
        key = "jib-tar" if goal == "buildTar" else "jib-docker"
        super().__init__(workspace, key, f"jib:{goal}", "jib", goal)

    def make_output(self):
        if self.goal == "buildTar":
            return TarOutput(self.app / "target/jib-image.tar", self.app / "target/jib-image.digest")
        return DaemonOutput(self.image)

    def properties(self):
        return ["-Djib.disableUpdateChecks=true", f"-Djib.configDirectory={self.cache / 'config'}",
                f"-Djib.baseImageCache={self.cache / 'base'}",
                f"-Djib.applicationCache={self.app / 'target' / 'jib-cache'}", f"-Dimage={self.image}"]

    def environment(self):
        return {"XDG_CACHE_HOME": str(self.cache / "xdg")}


class SkippedGoal(MavenGoal):
    """Another contender's command with the goal's skip switch on: Maven creates the plugin's class
    realm and configures the mojo, which returns at once. No goal of that plugin can be faster: the
    floor Maven sets."""

    def __init__(self, measured, skip_property):
        self.measured = measured
        self.skip_property = skip_property
        super().__init__(measured.workspace, f"{measured.key}-skipped", f"{measured.label}, skipped (-D{skip_property})",
                         measured.prefix, measured.goal)
        self.app = measured.app

    def make_output(self):
        return NoOutput()

    def prepare(self):
        """Runs in the measured contender's copy of the sample."""

    def goals(self):
        return self.measured.goals()

    def properties(self):
        return self.measured.properties() + [f"-D{self.skip_property}=true"]

    def environment(self):
        return self.measured.environment()


class DockerfileBuild(Contender):
    """'mvn -o compile dependency:copy-dependencies', then 'docker build' of the sample's Dockerfile
    with the classic builder; the goal's own time is that of 'docker build'."""

    def __init__(self, workspace):
        super().__init__(workspace, "dockerfile", "docker build (classic)")

    def make_output(self):
        return DaemonOutput(self.image)

    def build(self, log_path):
        prepare = self.workspace.maven(self.app, ["compile", "dependency:copy-dependencies"],
                                       ["-DincludeScope=runtime"])
        maven = run_logged(prepare, log_path)
        build = run_logged(["docker", "build", "--build-arg", f"BASE={BASE_IMAGE}", "-t", self.image,
                            str(self.app)], log_path, {"DOCKER_BUILDKIT": "0"})
        return Timing(maven + build, build)


def build_contenders(workspace):
    """The five contenders, in the order of the first round."""
    return [
        EntrypointBuild(workspace, "tar"),
        JibBuild(workspace, "buildTar"),
        EntrypointBuild(workspace, "docker"),
        JibBuild(workspace, "dockerBuild"),
        DockerfileBuild(workspace),
    ]


def floor_contenders(contenders):
    """The skipped goals of the two tarball contenders, next to which a no-change build is timed."""
    by_key = {c.key: c for c in contenders}
    return [SkippedGoal(by_key["entrypoint-tar"], "entrypoint.skip"), SkippedGoal(by_key["jib-tar"], "jib.skip")]


def smoke(contender, timeout=90):
    """Runs the contender's image and waits until GET /health answers inside the container; returns
    the answer. The container (and an image loaded from a tarball) is removed afterwards."""
    name = contender.output.load()
    container = f"{PREFIX}smoke-{contender.key}"
    docker("rm", "--force", container, check=False)
    docker("run", "-d", "--name", container, name)
    try:
        deadline = time.monotonic() + timeout
        while True:
            answer = docker("exec", container, "wget", "-qO-", "http://127.0.0.1:8080/health", check=False)
            if answer:
                return answer
            if time.monotonic() > deadline:
                logs = docker("logs", container, check=False)
                raise TimeoutError(f"{name} did not answer /health within {timeout} s:\n{logs}")
            time.sleep(0.5)
    finally:
        docker("rm", "--force", container, check=False)
        if isinstance(contender.output, TarOutput):
            remove_image(name)
