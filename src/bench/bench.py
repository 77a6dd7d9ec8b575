"""The benchmark: prepares a work directory offline (the plugin of this checkout, a base image, the
sample service), runs the sections in alternating rounds, and prints a Markdown report. Run it
through src/bench/run; docs/performance.md says what it measures and how."""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import sections
from harness.workspace import BASE_IMAGE, CommandFailed, Workspace, progress, remove_image, run_logged

# In this order: check reads the image tarball the build section wrote, when it ran.
SECTIONS = {"build": sections.build, "answer": sections.answer, "check": sections.check, "verify": sections.verify,
            "scale": sections.scale}


def output_of(*argv):
    result = subprocess.run(argv, capture_output=True, text=True)
    return (result.stdout + result.stderr).strip()


def machine(repo_root):
    """The facts that make figures comparable: cores, memory, Java, Docker, Maven."""
    memory_kb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")))
    java = output_of("java", "-version").splitlines()
    return [
        f"- date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- cores (nproc): {os.cpu_count()}, memory: {memory_kb / 1024 / 1024:.1f} GiB",
        f"- java: {java[0] if java else '?'} ({java[1] if len(java) > 1 else ''})",
        f"- docker: client {output_of('docker', 'version', '--format', '{{.Client.Version}}')},"
        f" server {output_of('docker', 'version', '--format', '{{.Server.Version}}')}",
        f"- maven: {output_of(str(repo_root / 'mvnw'), '--version').splitlines()[0]}",
        f"- load average at the start: {' '.join(open('/proc/loadavg').read().split()[:3])}",
    ]


def prepare(workspace):
    """Everything the measured builds need, so that they run offline: the plugin of this checkout in
    the workspace's local repository, the base image, and every plugin and dependency resolved."""
    progress(f"bench: work directory {workspace.root}")
    progress("bench: installing the plugin of this checkout into the work directory's repository")
    run_logged([str(workspace.repo_root / "mvnw"), "-B", "-q", "install", "-DskipTests", "-Dinvoker.skip",
                f"-Dmaven.repo.local={workspace.local_repo}",
                f"-Dmaven.repo.local.tail={Path.home() / '.m2' / 'repository'}"],
               workspace.log("prepare", "plugin.log"), cwd=workspace.repo_root)
    progress(f"bench: making the base image {BASE_IMAGE} and {workspace.base_tar}")
    workspace.base_tar.parent.mkdir(parents=True, exist_ok=True)
    run_logged([str(workspace.repo_root / "src" / "bench" / "make-base"), str(workspace.base_tar.parent),
                BASE_IMAGE], workspace.log("prepare", "base.log"))
    progress("bench: resolving plugins and dependencies from Maven Central (the last online step)")
    app = workspace.copy_sample("resolve")
    cache = workspace.cache("resolve")
    run_logged(workspace.maven(app, ["clean", "package", "dependency:copy-dependencies", "jib:buildTar",
                                     "entrypoint:build"],
                               ["-DincludeScope=runtime", "-Djib.disableUpdateChecks=true",
                                f"-Djib.configDirectory={cache / 'config'}", f"-Djib.baseImageCache={cache / 'base'}",
                                f"-Dentrypoint.cacheDirectory={cache}", "-Dimage=ep-bench-resolve:1",
                                "-Dentrypoint.to.image=ep-bench-resolve:1"], offline=False),
               workspace.log("prepare", "resolve.log"), {"XDG_CACHE_HOME": str(cache / "xdg")})
    shutil.rmtree(app)
    shutil.rmtree(cache)


def main():
    parser = argparse.ArgumentParser(prog="src/bench/run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2 counted runs instead of 5 (for development)")
    parser.add_argument("--runs", type=int, help="counted runs per contender and scenario (default 5)")
    parser.add_argument("--sections", default=",".join(SECTIONS),
                        help=f"comma-separated, from: {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--base", choices=("docker", "tar"), default="docker",
                        help="how entrypoint:build and Jib take the base: docker://NAME (default) or tar://PATH")
    parser.add_argument("--work", help="work directory (default: a new one under /tmp)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, images.tar)")
    args = parser.parse_args()
    runs = args.runs or (2 if args.quick else 5)
    chosen = [name.strip() for name in args.sections.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}: choose from {', '.join(SECTIONS)}")

    root = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="ep-bench."))
    root.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(root.resolve(), Path(__file__).resolve().parents[2], args.base)
    lines = ["## Benchmark", ""] + machine(workspace.repo_root) + [f"- counted runs: {runs} after one warm-up round",
                                      f"- base of entrypoint:build and Jib: {workspace.base_reference()}", ""]
    failed = False
    try:
        prepare(workspace)
        for name in sorted(chosen, key=list(SECTIONS).index):
            progress(f"bench: section {name}")
            lines += [f"## {name}", ""] + SECTIONS[name](workspace, runs) + [""]
    except (CommandFailed, ValueError, TimeoutError) as failure:
        failed = True
        progress(f"bench: FAILED: {failure}")
    except KeyboardInterrupt:
        failed = True
        progress("bench: interrupted")
    finally:
        remove_image(BASE_IMAGE)
    report = "\n".join(lines) + "\n"
    (workspace.root / "report.md").write_text(report)
    print(report)
    if failed or args.keep:
        progress(f"bench: work directory kept: {workspace.root}")
    else:
        shutil.rmtree(workspace.root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
