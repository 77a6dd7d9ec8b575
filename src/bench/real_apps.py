"""Jib's images of the real applications of src/it/realapp-*, side by side with ours, for docs/real-apps.md.

Run after the invoker built the corpus (target/it/realapp-*, each with target/realapp.json, which
src/it/lib/realapp.groovy writes). For each project, jib-maven-plugin's buildTar makes its image
offline on a full JRE base (tar://, made here with jlink, as a registry's JRE image holds it), the
image is loaded into Docker, started, timed until its endpoint answers and stopped; the table of both
is printed as Markdown. Both images are started in the same run, one after the other, so their start
times are measured under the same load.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

JIB = "com.google.cloud.tools:jib-maven-plugin:3.5.2"

# The modules of a JRE image such as eclipse-temurin:17-jre: every java.* and the runtime jdk.* ones.
JRE_MODULES = ",".join([
    "java.se", "jdk.accessibility", "jdk.charsets", "jdk.crypto.cryptoki", "jdk.crypto.ec",
    "jdk.dynalink", "jdk.httpserver", "jdk.jdwp.agent", "jdk.jfr", "jdk.jsobject", "jdk.localedata",
    "jdk.management", "jdk.management.agent", "jdk.management.jfr", "jdk.naming.dns", "jdk.naming.rmi",
    "jdk.net", "jdk.nio.mapmode", "jdk.sctp", "jdk.security.auth", "jdk.security.jgss",
    "jdk.unsupported", "jdk.unsupported.desktop", "jdk.xml.dom", "jdk.zipfs"])

# project: (port, path, what Jib needs told that our plugin reads from the project itself)
APPS = {
    "realapp-spring-boot-jpa": (8080, "/greetings",
                                ["-Djib.container.mainClass=it.realapp.greetings.GreetingsApplication"]),
    "realapp-quarkus-rest": (8080, "/hello", None),
    "realapp-micronaut": (8080, "/hello/container", []),
    "realapp-javalin": (7070, "/", []),
}

DEV_ONLY = ("spring-boot-devtools", "spring-boot-docker-compose")


def run(argv, **kwargs):
    return subprocess.run(argv, check=True, text=True, capture_output=True, **kwargs).stdout


def image_files(tar):
    manifest = json.loads(run(["tar", "-xOf", str(tar), "manifest.json"]))
    files = []
    for layer in manifest[0]["Layers"]:
        files += run(["bash", "-c", f"tar -xOf '{tar}' '{layer}' | tar -tz"]).splitlines()
    return files, len(manifest[0]["Layers"])


def start_and_stop(image, port, path):
    """Seconds from 'docker run' to the first 200 on path, seconds 'docker stop' took, exit code."""
    name = f"ep-realapps-jib-{int(time.time() * 1000)}"
    started = time.monotonic()
    run(["docker", "run", "-d", "--name", name, "-p", f"127.0.0.1::{port}", image])
    try:
        host_port = run(["docker", "port", name, f"{port}/tcp"]).splitlines()[0].rsplit(":", 1)[1]
        deadline = started + 180
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{host_port}{path}", timeout=5) as answer:
                    if answer.status == 200:
                        break
            except Exception:
                if time.monotonic() > deadline:
                    raise
            time.sleep(0.3)
        start = time.monotonic() - started
        stopping = time.monotonic()
        run(["docker", "stop", "-t", "10", name])
        stop = time.monotonic() - stopping
        code = int(run(["docker", "inspect", "--format", "{{.State.ExitCode}}", name]).strip())
        return start, stop, code
    finally:
        subprocess.run(["docker", "rm", "-f", name], capture_output=True)


def measure(tar, port, path):
    """Loads an image tarball into Docker, starts and stops it (start_and_stop), and removes it."""
    loaded = run(["docker", "load", "-i", str(tar)])
    image = [line for line in loaded.splitlines() if line.startswith("Loaded image: ")][-1].split(": ", 1)[1]
    try:
        return start_and_stop(image, port, path)
    finally:
        subprocess.run(["docker", "rmi", "-f", image], capture_output=True)


def jib(root, project, extra, base, repo):
    tar = project / "target/jib/image.tar"
    image = f"ep-realapps-jib-{project.name}:1.0"
    # The invoker's settings: the corpus' artifacts came through its repository id, which offline
    # Maven holds them to.
    settings = project.parent / "realapps-settings.xml"
    local_central = (Path.home() / ".m2/repository").as_uri()
    settings.write_text((root / "src/it/settings.xml").read_text().replace("@localRepositoryUrl@", local_central))
    run([str(root / "mvnw"), "-B", "-q", "-o", "-s", str(settings),
         f"-Dmaven.repo.local={repo}", "-f", str(project / "pom.xml"),
         f"{JIB}:buildTar", f"-Djib.from.image=tar://{base}", f"-Djib.to.image={image}",
         f"-Djib.outputPaths.tar={tar}", "-Djib.disableUpdateChecks=true",
         f"-Djib.applicationCache={project / 'target/jib/cache'}", *extra],
        env={**os.environ, "XDG_CACHE_HOME": str(project / "target/jib/xdg")})
    return tar, image


def size(num):
    return f"{num / 1e6:.1f} MB"


def main(root, work):
    root, work = Path(root), Path(work)
    base = work / "base.tar"
    if not base.exists():
        env = {**os.environ, "MODULES": JRE_MODULES}
        subprocess.run([str(root / "src/bench/make-base"), str(work), "ep-realapps-jre:1"], check=True, env=env)
    repo = root / "target/local-repo"
    subprocess.run([str(root / "mvnw"), "-B", "-q", f"-Dmaven.repo.local={repo}", "dependency:get",
                    f"-Dartifact={JIB}"], check=True)
    rows = []
    for name, (port, path, extra) in APPS.items():
        project = root / "target/it" / name
        if not (project / "target/realapp.json").exists():
            print(f"real-apps: {name} has no target/realapp.json: run the corpus first", file=sys.stderr)
            continue
        ours = json.loads((project / "target/realapp.json").read_text())
        ours["start"], ours["stop"], ours["exit"] = measure(project / "target/entrypoint/image.tar", port, path)
        row = {"name": name, "ours": ours}
        if extra is None:
            row["jib"] = "not built: Jib needs its Quarkus extension for target/quarkus-app"
        else:
            try:
                tar, image = jib(root, project, extra, base, repo)
                files, layers = image_files(tar)
                try:
                    start, stop, code = measure(tar, port, path)
                except Exception as silent:
                    row["jib"] = f"built ({size(tar.stat().st_size)}), but did not answer {path}: {silent}"
                    rows.append(row)
                    continue
                dev = sorted({f.rsplit("/", 1)[-1] for f in files if f.rsplit("/", 1)[-1].startswith(DEV_ONLY)})
                row["jib"] = {"bytes": tar.stat().st_size, "layers": layers, "start": start, "stop": stop,
                              "exit": code, "dev": dev}
            except subprocess.CalledProcessError as failed:
                row["jib"] = f"failed: {(failed.stdout or '')[-300:]} {(failed.stderr or '')[-300:]}"
        rows.append(row)
    print("| application | layout | modules linked | image | start | stop (exit) | Jib's image | Jib start | Jib stop (exit) | dev-only jars in Jib's |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        ours, theirs = row["ours"], row["jib"]
        cells = [row["name"], ours["layout"], f"{len(ours['modules'])}: {', '.join(ours['modules'])}",
                 f"{size(ours['imageBytes'])}, {ours['layers']} layers", f"{ours['start']:.1f} s",
                 f"{ours['stop']:.1f} s ({ours['exit']})"]
        if isinstance(theirs, dict):
            cells += [f"{size(theirs['bytes'])}, {theirs['layers']} layers", f"{theirs['start']:.1f} s",
                      f"{theirs['stop']:.1f} s ({theirs['exit']})", ", ".join(theirs["dev"]) or "none"]
        else:
            cells += [theirs, "", "", ""]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
