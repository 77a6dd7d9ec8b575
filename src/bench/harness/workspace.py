"""The benchmark's work directory and the tools it runs there: Maven (the repository's wrapper, with
a local repository of its own) and Docker. Everything the benchmark writes stays inside it, and every
image and container it makes is named with PREFIX."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PREFIX = "ep-bench-"
BASE_IMAGE = PREFIX + "base:1"


def progress(text):
    """A progress line on standard error; the report goes to standard output."""
    print(text, file=sys.stderr, flush=True)


class CommandFailed(Exception):
    """A command the benchmark needs exited non-zero; the message names its log."""


class Workspace:
    """Paths inside the work directory, and how to run Maven and Docker against them."""

    def __init__(self, root, repo_root, base_kind="docker"):
        self.root = Path(root)
        self.repo_root = Path(repo_root)
        self.local_repo = self.root / "repo"
        self.base_tar = self.root / "base" / "base.tar"
        self.apps = self.root / "apps"
        self.caches = self.root / "caches"
        self.logs = self.root / "logs"
        self.sample = self.repo_root / "src" / "bench" / "sample"
        self.base_kind = base_kind

    def base_reference(self):
        """The base image as entrypoint:build and Jib name it: the image in the daemon (jib-core then
        reads nothing of it but its ID while its layers are cached, as with a registry), or the
        tarball it was loaded from (which jib-core extracts on every build)."""
        return f"docker://{BASE_IMAGE}" if self.base_kind == "docker" else f"tar://{self.base_tar}"

    def maven(self, project_dir, goals, properties=(), offline=True, threads=None):
        """The argv of one Maven build of project_dir: batch mode, timestamped log lines, the
        workspace's local repository in front of the user's (read, never written), and the base image
        as ${bench.base}."""
        argv = [
            str(self.repo_root / "mvnw"), "-B", "-f", str(Path(project_dir) / "pom.xml"),
            f"-Dmaven.repo.local={self.local_repo}",
            f"-Dmaven.repo.local.tail={Path.home() / '.m2' / 'repository'}",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS",
            f"-Dbench.base={self.base_reference()}",
        ]
        if offline:
            argv.append("-o")
        if threads is not None:
            argv += ["-T", str(threads)]
        return argv + list(properties) + list(goals)

    def copy_sample(self, name):
        """A fresh copy of the sample service at apps/NAME, without build output."""
        target = self.apps / name
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.sample, target, ignore=shutil.ignore_patterns("target"))
        return target

    def cache(self, name):
        """The cache directory of one contender (removed for a cold build)."""
        return self.caches / name

    def log(self, *parts):
        """A new, empty log file at logs/PARTS (one that is there from an earlier run is replaced)."""
        path = self.logs.joinpath(*parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
        return path


def run_logged(argv, log_path, env=None, cwd=None):
    """Runs argv with its output in log_path; returns the wall time in seconds. Raises
    CommandFailed, naming the log, when it exits non-zero."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    with open(log_path, "ab") as log:
        log.write(("$ " + " ".join(argv) + "\n").encode())
        log.flush()
        start = time.perf_counter()
        code = subprocess.call(argv, stdout=log, stderr=subprocess.STDOUT, env=full_env, cwd=cwd,
                               stdin=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
    if code != 0:
        raise CommandFailed(f"{argv[0]} exited with {code}; see {log_path}")
    return elapsed


def docker(*args, check=True):
    """Runs the docker CLI and returns its standard output, stripped."""
    result = subprocess.run(["docker", *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        raise CommandFailed(f"docker {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip()


def remove_image(name):
    """Removes an image of ours and the untagged parents only it used, if it exists."""
    docker("image", "rm", "--force", name, check=False)

