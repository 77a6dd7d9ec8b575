"""The fault suite of entrypoint-maven-plugin: see src/faults/run and docs/reliability.md."""

import argparse
import datetime
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import corpus, rows  # noqa: E402
from harness.workspace import Engine, Workspace, progress  # noqa: E402

ROWS = ["interrupt", "kill", "dockerd", "disk", "concurrent", "corpus"]


def rootfs(ws):
    """A tiny root filesystem (busybox) for the 'user' images that hold the suite's image name."""
    root = ws.root / "rootfs"
    shutil.rmtree(root, ignore_errors=True)
    (root / "bin").mkdir(parents=True)
    shutil.copy("/bin/busybox", root / "bin" / "busybox")
    os.symlink("busybox", root / "bin" / "sh")
    tar = ws.root / "rootfs.tar"
    subprocess.run(["tar", "-C", str(root), "-cf", str(tar), "."], check=True)
    return tar


def prepare(ws):
    progress(f"faults: work directory {ws.root}, image {ws.image}")
    ws.root.mkdir(parents=True, exist_ok=True)
    progress("faults: installing the plugin of this checkout into the work directory's repository")
    result = subprocess.run(
        [str(ws.repo_root / "mvnw"), "-B", "-q", "-o", "install", "-DskipTests", "-Dinvoker.skip",
         "-Dspotless.check.skip", f"-Dmaven.repo.local={ws.local_repo}",
         f"-Dmaven.repo.local.tail={Path.home() / '.m2' / 'repository'}"],
        cwd=ws.repo_root, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"faults: installing the plugin failed:\n{result.stdout}{result.stderr}")
    ws.reset_app()
    progress("faults: building the project once (links its Java runtime into the suite's cache)")
    code, _, _ = ws.run(ws.maven(["package"], ["-DskipTests"]), ws.new_try("prepare"))
    if code != 0:
        raise SystemExit(f"faults: the first build failed; see {ws.tries}")
    return rootfs(ws)


def table(results, header):
    lines = [*header, "",
             "| row | tried | survived | left behind | data lost |",
             "|---|---:|---:|---:|---:|"]
    for row in results:
        lines.append(f"| {row.name} | {row.tried} | {row.survived} | {row.left} | {row.lost} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(prog="src/faults/run", description=__doc__)
    parser.add_argument("--ci", action="store_true", help="the interrupt and kill rows, few tries")
    parser.add_argument("--tries", type=int, help="tries per row (default 20 interrupts, 5 others)")
    parser.add_argument("--rows", default=",".join(ROWS), help="comma-separated: " + ", ".join(ROWS))
    parser.add_argument("--goals", default="build,verify,explain", help="the goals the interrupt rows signal")
    parser.add_argument("--engines", default="docker,podman", help="the engines of the interrupt and kill rows")
    parser.add_argument("--work", help="work directory (default target/faults)")
    parser.add_argument("--seed", type=int, help="the random moments' seed")
    args = parser.parse_args()
    repo_root = Path(__file__).resolve().parents[2]
    ws = Workspace(args.work or repo_root / "target" / "faults", repo_root)
    selected = ["interrupt", "kill"] if args.ci else args.rows.split(",")
    interrupt_tries = args.tries or 20
    other_tries = args.tries or 5
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    rootfs_tar = prepare(ws)
    engines = [Engine("docker"), Engine("podman")]
    project = rows.Project(ws, engines, rootfs_tar)
    results = []
    try:
        if "interrupt" in selected:
            # --ci: one signal per goal and engine; SIGINT and SIGTERM take turns.
            tries = 1 if args.ci else interrupt_tries
            goals = args.goals.split(",")
            chosen = [engine for engine in engines if engine.name in args.engines.split(",")]
            if "build" in goals:
                results.append(rows.interrupts(ws, project, "build", engines[0], tries, rng))
            for engine in chosen:
                for goal in ("verify", "explain"):
                    if goal in goals:
                        results.append(rows.interrupts(ws, project, goal, engine, tries, rng))
        if "kill" in selected:
            for engine in engines:
                if engine.name in args.engines.split(","):
                    results.append(rows.kills(ws, project, engine, 1 if args.ci else other_tries, rng))
        if "dockerd" in selected:
            results.append(rows.dockerd_restarts(ws, other_tries, rng, rootfs_tar))
        if "disk" in selected:
            results.extend(rows.full_disks(ws, project, other_tries))
        if "concurrent" in selected:
            results.append(rows.concurrent_builds(ws, project, other_tries))
        if "corpus" in selected:
            results.extend(corpus.run(ws))
    finally:
        project.cleanup()
    header = [f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, seed {seed}",
              f"- cores: {os.cpu_count()}; docker {engines[0].lines('version', '--format', '{{.Server.Version}}')[0]},"
              f" podman {engines[1].lines('version', '--format', '{{.Version}}')[0]}"]
    report = table(results, header)
    notes = "\n".join(f"- {row.name}: {note}" for row in results for note in row.notes)
    (ws.root / "report.md").write_text(report + "\n\n" + notes + "\n")
    print(report)
    progress(f"faults: every try's notes in {ws.root / 'report.md'}, logs in {ws.tries}")
    bad = [row.name for row in results if row.left or row.lost or row.survived < row.tried]
    if bad:
        progress("faults: not survived: " + ", ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
