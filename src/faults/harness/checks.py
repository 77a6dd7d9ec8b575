"""What a try left behind and what it lost: containers and images of the suite's image on an engine
(by name, by the owner labels and records the plugin writes, and by the image id), temporary files,
and outputs that are no longer whole."""

import hashlib
import json
import tarfile
from pathlib import Path

from .workspace import short_id


class UserImage:
    """An image of the 'user' that holds the suite's image name before each try on an engine, so that
    every try proves the name is given back (busybox, imported once)."""

    def __init__(self, engine, name, rootfs_tar):
        self.engine = engine
        self.name = name
        engine.run("import", "--change", 'CMD ["/bin/sh"]', str(rootfs_tar), name, check=True)
        self.id = engine.image_id(name)

    def lost(self):
        """'name ...' when the name no longer names the user's image."""
        now = self.engine.image_id(self.name)
        return [] if now == self.id else [f"{self.engine.name}: name {self.name} names {now}, not the user's image {self.id}"]

    def restore(self):
        self.engine.run("tag", self.id, self.name)

    def remove(self):
        self.engine.run("image", "rm", "--force", self.id)


def engine_leftovers(ws, engine, pids, app_ids, user=None):
    """What is left on engine of the suite's image or of the Maven processes pids."""
    left = []
    seen = set()
    filters = [f"name={ws.prefix}"] + [f"label=dev.entrypoint.pid={pid}" for pid in pids]
    for f in filters:
        for line in engine.containers(f):
            if line not in seen:
                seen.add(line)
                left.append(f"{engine.name} container {line}")
    for reference, image in engine.images():
        ours = image in app_ids
        record = "entrypoint-owned/" in reference and any(
            reference.rpartition(":")[2].startswith(f"{pid}_") for pid in pids)
        named = ws.prefix in reference and not (user and image == user.id)
        if ours or record or named:
            left.append(f"{engine.name} image {reference} {image}")
    return left


def scrub(engine, leftovers, user=None):
    """Removes what a try left, so that the next try starts clean."""
    for line in leftovers:
        parts = line.split()
        if parts[1] == "container":
            engine.run("rm", "--force", parts[2])
    for line in leftovers:
        parts = line.split()
        if parts[1] == "image":
            reference = parts[2]
            engine.run("image", "rm", "--force", parts[3] if reference.startswith("<none>") else reference)
    if user:
        user.restore()


def tarball_whole(path):
    """None when the image tarball at path reads to its end with its manifest, else why not."""
    try:
        with tarfile.open(path) as tar:
            names = set()
            for member in tar:
                names.add(member.name.lstrip("./"))
                if member.isfile():
                    tar.extractfile(member).read()
        if "manifest.json" not in names and "index.json" not in names:
            return f"{path} has no manifest.json or index.json"
    except (OSError, tarfile.TarError) as e:
        return f"{path} is not a whole tarball: {e}"
    return None


def json_whole(path):
    if not Path(path).exists():
        return None
    try:
        json.loads(Path(path).read_text())
    except (OSError, ValueError) as e:
        return f"{path} is torn: {e}"
    return None


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def app_image_ids(app):
    """The id of the image target/entrypoint/image.id names (the same on Docker and Podman)."""
    path = Path(app, "target", "entrypoint", "image.id")
    return {short_id(path.read_text())} if path.exists() else set()
