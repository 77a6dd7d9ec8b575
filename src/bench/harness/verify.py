"""The verify section's runs: 'mvn -o entrypoint:verify' of the sample's scenarios on an image already in
Docker, a scenario at a time or several, against the same scenarios as bare docker commands
(src/bench/verify-floor)."""

import dataclasses
import json
import re

from .contenders import Contender, MavenGoal, NoOutput, Timing
from .workspace import PREFIX, run_logged

IMAGE = PREFIX + "verify:1"
_PASSED = re.compile(r"scenarios passed on docker in ([\d.]+) s")
_LAP = re.compile(r"^scenario (\S+) ([\d.]+)$", re.MULTILINE)


class VerifyRun(MavenGoal):
    """'mvn -o entrypoint:verify' of docker://IMAGE on Docker, with parallel scenarios at a time (None:
    the goal's default, one per processor)."""

    def __init__(self, workspace, app, parallel, processors):
        self.parallel = parallel
        self.scenarios = None
        at_once = parallel or processors
        super().__init__(workspace, f"verify-{parallel or 'default'}",
                         f"entrypoint:verify, {at_once} at a time" + ("" if parallel else " (default)"),
                         "entrypoint", "verify")
        self.app = app

    def make_output(self):
        return NoOutput()

    def goals(self):
        return [f"{self.prefix}:{self.goal}"]

    def properties(self):
        properties = [f"-Dentrypoint.image=docker://{IMAGE}", "-Dentrypoint.engine=docker"]
        if self.parallel:
            properties.append(f"-Dentrypoint.verify.parallel={self.parallel}")
        return properties

    def reported(self, log_text):
        match = _PASSED.search(log_text)
        return float(match.group(1)) if match else None

    def build(self, log_path):
        """Runs the goal; each scenario's time comes from the report it writes, verify.json, and their
        number is kept as that of the last run."""
        timing = super().build(log_path)
        report = json.loads((self.app / "target" / "entrypoint" / "verify.json").read_text())
        self.scenarios = len(report["results"])
        return dataclasses.replace(timing, parts={r["scenario"]: r["seconds"] for r in report["results"]})


class DockerRunFloor(Contender):
    """The same scenarios as a shell script of bare docker commands, one after the other."""

    def __init__(self, workspace):
        super().__init__(workspace, "docker-run-floor", "bare docker commands (floor)")

    def make_output(self):
        return NoOutput()

    def build(self, log_path):
        script = self.workspace.repo_root / "src" / "bench" / "verify-floor"
        seconds = run_logged(["sh", str(script), IMAGE, f"{PREFIX}floor"], log_path)
        laps = {name: float(time) for name, time in _LAP.findall(log_path.read_text(errors="replace"))}
        return Timing(seconds, seconds, parts=laps)


def build_image(workspace, app, log_path):
    """Puts the sample's image into Docker as IMAGE, as 'entrypoint:build' with target docker makes it."""
    run_logged(workspace.maven(app, ["compile", "entrypoint:build"],
                               ["-Dentrypoint.target=docker", f"-Dentrypoint.to.image={IMAGE}",
                                f"-Dentrypoint.cacheDirectory={workspace.cache('verify')}"]), log_path)
