"""The hostile inputs, as a regression corpus: each is given to a goal of the plugin, which must end
within a time bound, in a heap of 512 MB, with the message the case expects, never a raw byte of the
input or a 60 KB expression in full, and without writing outside the project's target/."""

import gzip
import hashlib
import io
import json
import re
import subprocess
import tarfile
import time
from pathlib import Path

from .rows import Row
from .workspace import progress

#: A line of Maven's output that quotes raw bytes: a control character other than tab.
RAW_BYTES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
LONGEST_LINE = 4000


def layer_tar(entries):
    """A layer: entries are (TarInfo, bytes or None)."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return out.getvalue()


def image_tar(path, layer_path, entrypoint, diff_id=None):
    """A docker-save tarball of one layer (read from layer_path) and a config with entrypoint."""
    if diff_id is None:
        diff_id = hashlib.sha256(Path(layer_path).read_bytes()).hexdigest()
    config = json.dumps({"architecture": "amd64", "os": "linux",
                         "config": {"Entrypoint": entrypoint},
                         "rootfs": {"type": "layers", "diff_ids": [f"sha256:{diff_id}"]}}).encode()
    manifest = json.dumps([{"Config": "config.json", "RepoTags": ["ep-faults-hostile:1"],
                            "Layers": ["layer.tar"]}]).encode()
    with tarfile.open(path, "w") as tar:
        for name, data in (("manifest.json", manifest), ("config.json", config)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        tar.add(layer_path, "layer.tar")


def entry(name, kind=tarfile.REGTYPE, data=b"", link=""):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.mode = 0o755
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data if kind == tarfile.REGTYPE else None


def make_inputs(directory, tag):
    """Writes every hostile input into directory; returns {case: path}."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    inputs = {}

    def image(case, entries, entrypoint=("/app",)):
        layer = d / f"{case}.layer"
        layer.write_bytes(layer_tar(entries))
        image_tar(d / f"{case}.tar", layer, list(entrypoint))
        layer.unlink()
        inputs[case] = d / f"{case}.tar"

    image("dotdot-names", [entry(f"../../escaped-{tag}", data=b"x"), entry(f"/abs-escaped-{tag}", data=b"x"),
                           entry("app", data=b"#!/bin/sh\n")])
    image("symlink-loop", [entry("a", tarfile.SYMTYPE, link="b"), entry("b", tarfile.SYMTYPE, link="a"),
                           entry("app", tarfile.SYMTYPE, link="a")])
    image("hardlink-etc-passwd", [entry("app", data=b"#!/bin/sh\n"),
                                  entry("passwd", tarfile.LNKTYPE, link="/etc/passwd"),
                                  entry("etc/passwd", tarfile.LNKTYPE, link="../../../../etc/passwd")])
    many = d / "200000-files.layer"
    with tarfile.open(many, "w") as tar:
        for n in range(200_000):
            info = tarfile.TarInfo(f"f/{n // 1000}/{n}")
            tar.addfile(info, io.BytesIO(b""))
        info, data = entry("app", data=b"#!/bin/sh\n")
        tar.addfile(info, io.BytesIO(data))
    image_tar(d / "200000-files.tar", many, ["/app"])
    many.unlink()
    inputs["200000-files"] = d / "200000-files.tar"
    bomb = d / "gzip-bomb.layer"
    uncompressed = hashlib.sha256()
    with open(bomb, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9) as gz:
        def write(data):
            uncompressed.update(data)
            gz.write(data)
        info = tarfile.TarInfo("zeros")
        info.size = 2 * 1024 ** 3
        write(info.tobuf(format=tarfile.GNU_FORMAT))
        block = bytes(1 << 20)
        for _ in range(2048):
            write(block)
        write(entry("app", data=b"#!/bin/sh\n")[0].tobuf(format=tarfile.GNU_FORMAT))
        write(b"#!/bin/sh\n".ljust(512, b"\0") + bytes(1024))
    image_tar(d / "gzip-bomb.tar", bomb, ["/app"], uncompressed.hexdigest())
    bomb.unlink()
    inputs["gzip-bomb"] = d / "gzip-bomb.tar"
    gzipped = d / "gzip-base.tar.gz"
    gzipped.write_bytes(gzip.compress((d / "dotdot-names.tar").read_bytes()))
    inputs["gzip-base"] = gzipped
    binary = d / "binary" / "Dockerfile"
    binary.parent.mkdir(exist_ok=True)
    binary.write_bytes(bytes(range(256)) * 16 + hashlib.sha512(b"x").digest() * 64)
    inputs["binary-dockerfile"] = binary
    (d / "long-line.Dockerfile").write_text("FROM scratch\nENV A=" + "x" * 70_000 + "\nENTRYPOINT [\"/app\"]\n")
    inputs["long-line"] = d / "long-line.Dockerfile"
    (d / "nested.Dockerfile").write_text(
        "FROM scratch\nARG A=1\nENV B=" + "${A:-" * 210 + "x" + "}" * 210 + "\nENTRYPOINT [\"/app\"]\n")
    inputs["nested-substitutions"] = d / "nested.Dockerfile"
    (d / "expression.Dockerfile").write_text("FROM scratch\nENV B=${" + "A" * 61_000 + ":?}\nENTRYPOINT [\"/app\"]\n")
    inputs["60kb-expression"] = d / "expression.Dockerfile"
    return inputs


def cases(inputs, image):
    """(case, goals, properties, expected message, seconds allowed)."""
    check = lambda case: (["entrypoint:check"], [f"-Dentrypoint.check.image=tar://{inputs[case]}",
                                                  f"-Dentrypoint.check.dockerfiles={inputs[case].parent / 'none'}"])
    explain = lambda case: (["entrypoint:explain"], [f"-Dentrypoint.dockerfile={inputs[case]}"])
    return [
        ("tarball with ../ and absolute names", *check("dotdot-names"), r"shebang-interpreter-missing error", 120),
        ("tarball with a symlink loop", *check("symlink-loop"),
         r"entrypoint-missing error: .*/app is a symbolic link to a, which leads nowhere", 120),
        ("tarball with hard links to /etc/passwd", *check("hardlink-etc-passwd"),
         r"shebang-interpreter-missing error", 120),
        ("tarball of 200,000 files", *check("200000-files"), r"shebang-interpreter-missing error", 300),
        ("tarball with a 2 GB gzip bomb layer", *check("gzip-bomb"), r"shebang-interpreter-missing error", 300),
        ("gzip file as a base tarball", ["entrypoint:build"], [f"-Dentrypoint.from.image=tar://{inputs['gzip-base']}"],
         r"is a gz-compressed file, and an image tarball is a plain tar: decompress it first", 120),
        ("binary Dockerfile, explain", *explain("binary-dockerfile"), r"has no FROM line", 120),
        ("binary Dockerfile, check", ["entrypoint:check"],
         [f"-Dentrypoint.check.dockerfiles={inputs['binary-dockerfile'].parent}", "-Dentrypoint.check.image=none"],
         r"dockerfile-does-not-build error: 'docker build' fails on this line: unknown instruction: \\x00", 120),
        ("Dockerfile line over 64 KiB, explain", *explain("long-line"), r"this Dockerfile does not build", 120),
        ("210 nested substitutions, explain", *explain("nested-substitutions"), r"this Dockerfile does not build", 120),
        ("60 KB expression, explain", *explain("60kb-expression"), r"characters left out", 120),
        ("target registry with mvn -o", ["entrypoint:build"],
         ["-Dentrypoint.target=registry", f"-Dentrypoint.to.image=localhost:5555/{image}"],
         r"Maven runs offline \(-o\)", 120),
    ]


def run(ws):
    row = Row("hostile inputs (regression corpus)")
    progress("faults: writing the hostile inputs (a 200,000-file layer, a 2 GB gzip bomb ...)")
    inputs = make_inputs(ws.root / "hostile", ws.suite_id)
    passwd = hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest()
    for name, goals, properties, expected, limit in cases(inputs, ws.image):
        directory = ws.new_try("corpus")
        argv = ["/usr/bin/time", "-f", "maxrss_kb=%M", *ws.maven(goals, properties)]
        started = time.monotonic()
        code, log, seconds = ws.run(argv, directory, {"MAVEN_OPTS": "-Xmx512m"}, timeout=limit)
        failures = []
        if seconds >= limit:
            failures.append(f"{name}: not done within {limit} s")
        if not re.search(expected, log):
            failures.append(f"{name}: the output has no match of {expected!r}; see {directory}/maven.log")
        if "failed unexpectedly" in log or "OutOfMemoryError" in log:
            failures.append(f"{name}: an unexplained failure; see {directory}/maven.log")
        if RAW_BYTES.search(log):
            failures.append(f"{name}: the output quotes raw bytes")
        if max(len(line) for line in log.splitlines()) > LONGEST_LINE:
            failures.append(f"{name}: a line of the output is longer than {LONGEST_LINE} characters")
        escaped = [str(p) for p in (ws.root.parent / f"escaped-{ws.suite_id}", Path(f"/abs-escaped-{ws.suite_id}"),
                                    ws.app.parent / f"escaped-{ws.suite_id}") if p.exists()]
        lost = [] if hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest() == passwd else ["/etc/passwd changed"]
        rss = re.search(r"maxrss_kb=(\d+)", log)
        message = next((line for line in log.splitlines() if re.search(expected, line)), "")
        row.notes.append(f"{name}: exit {code}, {seconds:.1f} s, max RSS "
                         f"{int(rss.group(1)) // 1024 if rss else '?'} MB: {message.strip()[:240]}")
        row.count(escaped, lost, failures)
    return [row]
