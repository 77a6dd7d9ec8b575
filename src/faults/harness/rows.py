"""The rows of the table: each tries one kind of fault a number of times and counts how many tries
the plugin survived, what they left behind and what they lost."""

import os
import random
import re
import signal
import subprocess
import time
from pathlib import Path

from .checks import (UserImage, app_image_ids, engine_leftovers, json_whole, scrub, sha256,
                     tarball_whole)
from .workspace import Engine, progress, temp_leftovers

#: What an interrupted or failed goal must never print: a failure nobody explained.
UNEXPLAINED = re.compile(r"failed unexpectedly|NullPointerException|IllegalStateException")

#: How long a goal may take to end after SIGINT or SIGTERM (its cleanup included).
SHUTDOWN_LIMIT = 180


class Row:
    """One line of the table."""

    def __init__(self, name):
        self.name = name
        self.tried = 0
        self.survived = 0
        self.left = 0
        self.lost = 0
        self.notes = []

    def count(self, left=(), lost=(), failures=()):
        self.tried += 1
        self.left += len(left)
        self.lost += len(lost)
        problems = list(left) + list(lost) + list(failures)
        if not problems:
            self.survived += 1
        for problem in problems:
            self.notes.append(f"try {self.tried}: {problem}")
        progress(f"faults: {self.name}: try {self.tried}: "
                 + ("survived" if not problems else "; ".join(problems)[:600]))


class Project:
    """The suite's project, built once, and the user images that hold its name on each engine."""

    def __init__(self, ws, engines, rootfs_tar):
        self.ws = ws
        self.engines = engines
        self.users = {engine.name: UserImage(engine, ws.image, rootfs_tar) for engine in engines}

    def image_tar(self):
        return self.ws.app / "target" / "entrypoint" / "image.tar"

    def touch_resource(self, text):
        """A resource whose content changes, so that the next build makes a new image."""
        resources = self.ws.app / "src" / "main" / "resources"
        resources.mkdir(parents=True, exist_ok=True)
        (resources / "try.txt").write_text(text + "\n")

    def cleanup(self):
        for user in self.users.values():
            user.remove()


def goal_argv(ws, goal, engine):
    """The Maven command line of one goal against the suite's project."""
    if goal == "build":
        return ws.maven(["package"], ["-DskipTests"])
    if goal == "verify":
        return ws.maven(["entrypoint:verify"], [f"-Dentrypoint.engine={engine.name}"])
    if goal == "explain":
        return ws.maven(["entrypoint:explain"], [f"-Dentrypoint.image={engine.name}://{ws.image}"])
    raise ValueError(goal)


def calibrate(ws, goal, engine):
    """How long the goal takes when nothing interrupts it (measured once per goal and engine)."""
    key = (goal, engine.name)
    if key not in ws.calibrations:
        directory = ws.new_try(f"calibrate-{goal}-{engine.name}")
        code, log, seconds = ws.run(goal_argv(ws, goal, engine), directory)
        if code != 0:
            raise RuntimeError(f"{goal} on {engine.name} fails without any fault; see {directory}/maven.log")
        ws.calibrations[key] = seconds
    return ws.calibrations[key]


def interrupts(ws, project, goal, engine, tries, rng):
    """Signals a running goal at a random moment: SIGINT to its process group (as Ctrl-C does) and
    SIGTERM to the Maven process alone (as a CI server's cancel does), in turn."""
    row = Row(f"SIGINT/SIGTERM during {goal} " + ("(target tar)" if goal == "build" else f"({engine.name})"))
    users = list(project.users.values())
    before = {"image.tar": sha256(project.image_tar())}
    span = calibrate(ws, goal, engine)
    if goal == "build":
        before = None
    for n in range(tries):
        directory = ws.new_try(f"interrupt-{goal}-{engine.name}")
        if goal == "build":
            project.touch_resource(f"interrupt {n} {time.time()}")
        delay = rng.uniform(0.5, span)
        ws.signals += 1
        sig = signal.SIGINT if ws.signals % 2 == 1 else signal.SIGTERM
        process = ws.start(goal_argv(ws, goal, engine), directory)
        time.sleep(delay)
        at_signal = []
        if goal == "verify" and process.poll() is None:
            at_signal = engine_leftovers(ws, engine, [process.pid], app_image_ids(ws.app), project.users[engine.name])
        if process.poll() is None:
            if sig == signal.SIGINT:
                os.killpg(process.pid, sig)
            else:
                os.kill(process.pid, sig)
        failures = []
        try:
            process.wait(timeout=SHUTDOWN_LIMIT)
        except subprocess.TimeoutExpired:
            failures.append(f"still running {SHUTDOWN_LIMIT} s after {sig.name}: killed")
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log = (directory / "maven.log").read_text(errors="replace")
        if UNEXPLAINED.search(log):
            failures.append("an unexplained failure in the log: " + UNEXPLAINED.search(log).group(0))
        left = []
        lost = []
        for each in project.engines:
            user = project.users[each.name]
            found = engine_leftovers(ws, each, [process.pid], app_image_ids(ws.app), user)
            left += found
            lost += user.lost()
            scrub(each, found, user)
        left += temp_leftovers(directory, ws.app, ws.cache)
        if goal == "build":
            problem = tarball_whole(project.image_tar())
            if problem:
                lost.append(problem)
        elif sha256(project.image_tar()) != before["image.tar"]:
            lost.append("image.tar changed")
        for report in ("verify.json", "image.json"):
            problem = json_whole(ws.app / "target" / "entrypoint" / report)
            if problem:
                lost.append(problem)
        containers = sum(" container " in thing for thing in at_signal)
        images = sum(" image " in thing for thing in at_signal)
        row.notes.append(f"try {n + 1}: {sig.name} after {delay:.1f} s of {span:.0f} s"
                         + (f", when {containers} containers and {images} image names of the run existed"
                            if goal == "verify" else ""))
        row.count(left, lost, failures)
    if goal == "build":
        # The next build's image is the one every other row verifies: make it whole again.
        project.touch_resource("settled")
        code, _, _ = ws.run(goal_argv(ws, "build", engine), ws.new_try("rebuild"))
        if code != 0:
            raise RuntimeError("the build after the interrupted builds failed")
    return row


def kills(ws, project, engine, tries, rng, label="kill -9 verify, then verify"):
    """kill -9 of a running verify, then a verify that must remove what the killed one left."""
    row = Row(f"{label} ({engine.name})")
    span = calibrate(ws, "verify", engine)
    user = project.users[engine.name]
    for n in range(tries):
        directory = ws.new_try(f"kill-{engine.name}")
        process = ws.start(goal_argv(ws, "verify", engine), directory)
        # Killed while verify works on the engine: once its first container exists, and then up
        # to 3 s later.
        started = time.monotonic()
        while (time.monotonic() - started < 2 * span and process.poll() is None
               and not engine.containers(f"label=dev.entrypoint.pid={process.pid}")):
            time.sleep(0.2)
        time.sleep(rng.uniform(0, 3))
        delay = time.monotonic() - started
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        time.sleep(3)  # the engine commands the killed JVM started finish by themselves
        killed = engine_leftovers(ws, engine, [process.pid], set(), user)
        nxt = ws.new_try(f"after-kill-{engine.name}")
        code, log, _ = ws.run(goal_argv(ws, "verify", engine), nxt)
        failures = []
        if code != 0:
            failures.append(f"the verify after the kill failed (exit {code}); see {nxt}/maven.log")
        if killed and "Removed what an earlier build left" not in log:
            failures.append("the verify after the kill did not say what it removed")
        left = engine_leftovers(ws, engine, [process.pid], app_image_ids(ws.app), user)
        left += temp_leftovers(nxt, ws.app, ws.cache)
        lost = user.lost()
        scrub(engine, left, user)
        row.notes.append(f"try {n + 1}: killed after {delay:.1f} s of {span:.0f} s, leaving "
                         f"{len(killed)} things: {'; '.join(killed)[:300]}")
        row.count(left, lost, failures)
    return row


class PrivateDockerd:
    """A Docker engine of the suite's own (its own socket, data and exec root, and a bridge of its
    own), so that stopping it disturbs no other build on this machine. Never '--bridge=none': a
    dockerd without a bridge deletes the interface docker0, which the machine's own dockerd uses."""

    BRIDGE = "epfaults0"
    SUBNET = "172.31.250.1/24"

    def __init__(self, root):
        self.root = Path(root)
        self.socket = self.root / "docker.sock"
        self.process = None

    def start(self):
        self.root.mkdir(parents=True, exist_ok=True)
        if subprocess.run(["ip", "link", "show", self.BRIDGE], capture_output=True).returncode != 0:
            subprocess.run(["ip", "link", "add", self.BRIDGE, "type", "bridge"], check=True)
            subprocess.run(["ip", "addr", "add", self.SUBNET, "dev", self.BRIDGE], check=True)
            subprocess.run(["ip", "link", "set", self.BRIDGE, "up"], check=True)
        log = open(self.root / "dockerd.log", "ab")
        self.process = subprocess.Popen(
            ["dockerd", "--data-root", str(self.root / "data"), "--exec-root", f"/run/ep-faults-{os.getpid()}",
             "--pidfile", str(self.root / "dockerd.pid"), "-H", f"unix://{self.socket}",
             f"--bridge={self.BRIDGE}", "--iptables=false", "--ip-masq=false"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        engine = Engine("docker", f"unix://{self.socket}")
        for _ in range(60):
            if engine.run("version", "--format", "{{.Server.Version}}").returncode == 0:
                return engine
            time.sleep(1)
        raise RuntimeError(f"the private dockerd did not start; see {self.root}/dockerd.log")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=60)

    def remove_bridge(self):
        subprocess.run(["ip", "link", "delete", self.BRIDGE], capture_output=True)


def dockerd_restarts(ws, tries, rng, rootfs_tar):
    """The Docker engine stopped in the middle of verify and started again; then the next verify."""
    row = Row("dockerd stopped and restarted during verify, then verify")
    daemon = PrivateDockerd(ws.root / "dockerd")
    engine = daemon.start()
    env = {"DOCKER_HOST": engine.host}
    user = UserImage(engine, ws.image, rootfs_tar)
    pom = ws.app / "pom-no-network.xml"
    text = (ws.app / "pom.xml").read_text()
    pom.write_text(re.sub(r"<scenarios>.*</scenarios>", "", text, flags=re.S))
    argv = ws.maven(["entrypoint:verify"], ["-Dentrypoint.engine=docker"])
    argv[argv.index("-f") + 1] = str(pom)
    try:
        directory = ws.new_try("calibrate-dockerd")
        code, _, span = ws.run(argv, directory, env)
        if code != 0:
            raise RuntimeError(f"verify on the private dockerd fails without a fault; see {directory}")
        for n in range(tries):
            directory = ws.new_try("dockerd-stop")
            process = ws.start(argv, directory, env)
            # Stopped while verify works on the engine: once its first container exists, and then
            # up to 3 s later.
            started = time.monotonic()
            while (time.monotonic() - started < span and process.poll() is None
                   and not engine.containers(f"label=dev.entrypoint.pid={process.pid}")):
                time.sleep(0.2)
            time.sleep(rng.uniform(0, 3))
            delay = time.monotonic() - started
            daemon.stop()
            time.sleep(5)
            engine = daemon.start()
            failures = []
            try:
                code = process.wait(timeout=SHUTDOWN_LIMIT)
            except subprocess.TimeoutExpired:
                failures.append("the verify whose engine stopped did not end")
                os.killpg(process.pid, signal.SIGKILL)
                code = process.wait()
            log = (directory / "maven.log").read_text(errors="replace")
            if code != 0 and UNEXPLAINED.search(log):
                failures.append("the failure was not explained: " + UNEXPLAINED.search(log).group(0))
            nxt = ws.new_try("after-dockerd")
            code2, _, _ = ws.run(argv, nxt, env)
            if code2 != 0:
                failures.append(f"the verify after the restart failed; see {nxt}/maven.log")
            left = engine_leftovers(ws, engine, [process.pid], app_image_ids(ws.app), user)
            left += temp_leftovers(directory, ws.app, ws.cache) + temp_leftovers(nxt, ws.app, ws.cache)
            lost = user.lost()
            scrub(engine, left, user)
            row.notes.append(f"try {n + 1}: dockerd stopped after {delay:.1f} s of {span:.0f} s; "
                             f"the interrupted verify exited {code}")
            row.count(left, lost, failures)
    finally:
        daemon.stop()
        daemon.remove_bridge()
        subprocess.run(["rm", "-rf", str(daemon.root / "data")])
    return row


class Tmpfs:
    """A small tmpfs mounted at a directory, with what was there copied in and the rest filled."""

    def __init__(self, path, megabytes):
        self.path = Path(path)
        self.megabytes = megabytes

    def __enter__(self):
        keep = self.path.with_name(self.path.name + ".before")
        subprocess.run(["rm", "-rf", str(keep)], check=True)
        if self.path.exists():
            self.path.rename(keep)
        self.path.mkdir(parents=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={self.megabytes}m", "tmpfs", str(self.path)],
                       check=True)
        if keep.exists():
            subprocess.run(["cp", "-a", f"{keep}/.", str(self.path)], check=True)
        # Full but for 2 MB: Maven still compiles, the plugin's outputs no longer fit.
        subprocess.run(["dd", "if=/dev/zero", f"of={self.path}/filler", "bs=64k"], capture_output=True)
        subprocess.run(["truncate", "-s", "-2M", f"{self.path}/filler"], check=True)
        return self

    def __exit__(self, *exc):
        keep = self.path.with_name(self.path.name + ".before")
        subprocess.run(["umount", str(self.path)], check=True)
        self.path.rmdir()
        if keep.exists():
            keep.rename(self.path)


NO_SPACE = re.compile(r"No space left on device|disk is full|not enough space", re.I)


def full_disks(ws, project, tries):
    """A build (and a verify) with target/ full, and a build with the plugin's cache full: each must
    fail with a message that says so, and leave the previous outputs as they were."""
    rows = []
    docker = next(e for e in project.engines if e.name == "docker")
    for place in ("target", "cache"):
        row = Row(f"full disk under {'target/' if place == 'target' else 'the plugin cache'}")
        for n in range(tries):
            directory = ws.new_try(f"disk-{place}")
            outputs = ws.app / "target" / "entrypoint"
            before = {p.name: sha256(p) for p in outputs.iterdir() if p.is_file()}
            project.touch_resource(f"disk {place} {n} {time.time()}")
            failures = []
            if place == "target":
                with Tmpfs(ws.app / "target", 40):
                    code, log, _ = ws.run(goal_argv(ws, "build", docker), directory)
                    # Then full to the last byte: verify's reports cannot be written either.
                    subprocess.run(["dd", "if=/dev/zero", f"of={ws.app / 'target' / 'filler2'}", "bs=4k"],
                                   capture_output=True)
                    verify_dir = ws.new_try("disk-verify")
                    code_v, log_v, _ = ws.run(goal_argv(ws, "verify", docker), verify_dir)
                    after = {p.name: sha256(p) for p in outputs.iterdir() if p.is_file()}
                    stray = temp_leftovers(directory, ws.app, ws.cache) + temp_leftovers(verify_dir, ws.app, ws.cache)
                    if code_v == 0:
                        failures.append("verify succeeded with no byte left for its reports")
                    elif not NO_SPACE.search(log_v) or UNEXPLAINED.search(log_v):
                        failures.append(f"verify's message does not say the disk is full; see {verify_dir}/maven.log")
            else:
                fresh = ws.root / "small-cache"
                argv = goal_argv(ws, "build", docker)
                argv = [a if not a.startswith("-Dentrypoint.cacheDirectory=") else f"-Dentrypoint.cacheDirectory={fresh}"
                        for a in argv]
                fresh.mkdir(exist_ok=True)
                with Tmpfs(fresh, 8):
                    code, log, _ = ws.run(argv, directory)
                    stray = [str(p) for p in fresh.rglob("linking-*")] + temp_leftovers(directory, ws.app, fresh)
                after = {p.name: sha256(p) for p in outputs.iterdir() if p.is_file()}
            if code == 0:
                failures.append("the build succeeded on a full disk")
            elif not NO_SPACE.search(log) or UNEXPLAINED.search(log):
                failures.append(f"the build's message does not say the disk is full; see {directory}/maven.log")
            lost = [f"{name} changed" for name in before if before[name] != after.get(name)]
            row.count(stray, lost, failures)
        rows.append(row)
    project.touch_resource("settled")
    ws.run(goal_argv(ws, "build", docker), ws.new_try("rebuild"))
    return rows


def concurrent_builds(ws, project, tries):
    """Two Maven processes building the same module at once."""
    row = Row("two builds of one module at once")
    docker = next(e for e in project.engines if e.name == "docker")
    for n in range(tries):
        project.touch_resource(f"concurrent {n} {time.time()}")
        dirs = [ws.new_try(f"concurrent-{i}") for i in (1, 2)]
        processes = [ws.start(goal_argv(ws, "build", docker), d) for d in dirs]
        codes = [p.wait(timeout=900) for p in processes]
        failures = []
        for code, d in zip(codes, dirs):
            log = (d / "maven.log").read_text(errors="replace")
            if code != 0 and (UNEXPLAINED.search(log) or "BUILD FAILURE" not in log):
                failures.append(f"a failure that is not explained; see {d}/maven.log")
        lost = [p for p in [tarball_whole(project.image_tar()),
                            json_whole(ws.app / "target" / "entrypoint" / "image.json")] if p]
        left = temp_leftovers(dirs[0], ws.app, ws.cache) + temp_leftovers(dirs[1], ws.app, ws.cache)
        row.notes.append(f"try {n + 1}: exit codes {codes}")
        row.count(left, lost, failures)
    return row
