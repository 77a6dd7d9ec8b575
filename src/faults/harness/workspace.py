"""The suite's work directory and the tools it drives there: Maven (the repository's wrapper, with a
local repository of its own in front of the user's), Docker and Podman. Every image and container the
suite makes is named with its own prefix, ep-faults-<suite id>, and every Maven run has a
java.io.tmpdir of its own, so that what other builds on this machine make is never counted."""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

PODMAN_FLAGS = ["--runtime", "runc", "--cgroup-manager=cgroupfs"]


def progress(text):
    """A progress line on standard error; the table goes to standard output."""
    print(text, file=sys.stderr, flush=True)


class Engine:
    """Docker or Podman through its command line (Docker possibly at a private DOCKER_HOST)."""

    def __init__(self, name, host=None):
        self.name = name
        self.host = host

    def argv(self, *args):
        return [self.name, *(PODMAN_FLAGS if self.name == "podman" else []), *args]

    def env(self):
        env = dict(os.environ)
        if self.host:
            env["DOCKER_HOST"] = self.host
        return env

    def run(self, *args, check=False, timeout=120):
        result = subprocess.run(self.argv(*args), capture_output=True, text=True, env=self.env(),
                                timeout=timeout, stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise RuntimeError(f"{' '.join(self.argv(*args))} failed: {result.stderr.strip()}")
        return result

    def lines(self, *args):
        return [line.strip() for line in self.run(*args).stdout.splitlines() if line.strip()]

    def image_id(self, reference):
        """The image id a reference names, without 'sha256:', or None."""
        result = self.run("image", "inspect", "--format", "{{.Id}}", reference)
        return short_id(result.stdout) if result.returncode == 0 else None

    def images(self):
        """(reference, id) of every image, dangling ones as '<none>:<none>'."""
        rows = []
        for line in self.lines("images", "-a", "--no-trunc", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}"):
            reference, _, image = line.rpartition(" ")
            rows.append((reference, short_id(image)))
        return rows

    def containers(self, *filters):
        args = ["ps", "-a", "--format", "{{.ID}} {{.Names}}"]
        for f in filters:
            args += ["--filter", f]
        return self.lines(*args)


def short_id(image_id):
    return image_id.strip().removeprefix("sha256:")[:12]


class Workspace:
    """Paths inside the work directory, and how to run Maven against the suite's project."""

    def __init__(self, root, repo_root):
        self.root = Path(root).resolve()
        self.repo_root = Path(repo_root)
        self.suite_id = secrets.token_hex(3)
        self.prefix = f"ep-faults-{self.suite_id}"
        self.image = f"{self.prefix}:1"
        self.local_repo = self.root / "repo"
        self.cache = self.root / "cache"
        self.logs = self.root / "logs"
        self.app = self.root / "app"
        self.tries = self.root / "tries"
        self.counter = 0
        self.calibrations = {}
        self.signals = 0  # SIGINT and SIGTERM take turns across every interrupted try

    def maven(self, goals, properties=(), project=None):
        """The argv of one offline Maven run of the suite's project (or another project dir)."""
        project = Path(project or self.app)
        return [str(self.repo_root / "mvnw"), "-B", "-o", "-f", str(project / "pom.xml"),
                f"-Dmaven.repo.local={self.local_repo}",
                f"-Dmaven.repo.local.tail={Path.home() / '.m2' / 'repository'}",
                f"-Dentrypoint.cacheDirectory={self.cache}",
                f"-Dfaults.image={self.image}",
                *properties, *goals]

    def new_try(self, label):
        """A fresh directory for one try: its log and its java.io.tmpdir."""
        self.counter += 1
        directory = self.tries / f"{self.counter:03d}-{label}"
        shutil.rmtree(directory, ignore_errors=True)
        (directory / "tmp").mkdir(parents=True)
        return directory

    def start(self, argv, directory, env=None, cwd=None):
        """Starts Maven in a session (process group) of its own, its output in directory/maven.log,
        its java.io.tmpdir directory/tmp."""
        full_env = dict(os.environ)
        full_env.update(env or {})
        full_env["MAVEN_OPTS"] = f"-Djava.io.tmpdir={directory / 'tmp'} " + full_env.get("MAVEN_OPTS", "")
        log = open(directory / "maven.log", "wb")
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   env=full_env, cwd=cwd or self.app, start_new_session=True)
        log.close()
        return process

    def run(self, argv, directory, env=None, timeout=900, cwd=None):
        """Runs Maven to its end; returns (exit code, log text, seconds)."""
        started = time.monotonic()
        process = self.start(argv, directory, env, cwd)
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            code = process.wait()
        return code, (directory / "maven.log").read_text(errors="replace"), time.monotonic() - started

    def reset_app(self):
        """A fresh copy of the project: the pom of src/faults/app and the sources of samples/hello-http."""
        shutil.rmtree(self.app, ignore_errors=True)
        self.app.mkdir(parents=True)
        shutil.copy(self.repo_root / "src" / "faults" / "app" / "pom.xml", self.app / "pom.xml")
        shutil.copytree(self.repo_root / "samples" / "hello-http" / "src", self.app / "src")
        # An image of the suite's own: its id (the digest of its config) differs from the image of
        # any other suite running on the same engines, so that one never counts the other's.
        (self.app / "src" / "main" / "resources").mkdir(parents=True, exist_ok=True)
        (self.app / "src" / "main" / "resources" / "suite.txt").write_text(self.suite_id + "\n")


def temp_leftovers(directory, app, cache):
    """Temporary files a run left: anything in its java.io.tmpdir, a half-written output beside
    target/entrypoint's files, a half-linked runtime in the cache."""
    found = [str(p) for p in sorted(Path(directory, "tmp").rglob("*"))]
    outputs = Path(app, "target", "entrypoint")
    if outputs.is_dir():
        found += [str(p) for p in outputs.rglob(".*.tmp")]
    jlink = Path(cache, "jlink")
    if jlink.is_dir():
        found += [str(p) for p in jlink.glob("linking-*")]
    return found
