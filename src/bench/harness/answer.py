"""Edit to answer: from an edited source file to the new image answering HTTP in a container, what a
developer waits for in the inner loop. Each contender builds after one class changed, its image is
started (a tarball is loaded with 'docker load' first), and GET /health is asked every 20 ms from
the host until it answers with the new revision."""

import json
import time
import urllib.error
import urllib.request

from .contenders import Timing
from .workspace import PREFIX, docker


def edit_to_answer(contender, revision, log_path, timeout=120):
    """Edits the contender's sample to revision, builds it, loads and starts the image, and waits for
    /health to report revision; returns a Timing whose whole is that span and whose parts are its
    steps (build, load, start, answer)."""
    started = time.monotonic()
    contender.edit(revision)
    contender.build(log_path)
    built = time.monotonic()
    name = contender.output.load()
    loaded = time.monotonic()
    container = f"{PREFIX}answer-{contender.key}"
    docker("rm", "--force", container, check=False)
    docker("run", "-d", "--name", container, "-p", "127.0.0.1::8080", name)
    try:
        ran = time.monotonic()
        port = docker("port", container, "8080/tcp").splitlines()[0].rsplit(":", 1)[1]
        deadline = ran + timeout
        while not _answers(f"http://127.0.0.1:{port}/health", revision):
            if time.monotonic() > deadline:
                logs = docker("logs", container, check=False)
                raise TimeoutError(f"{name} did not answer /health with {revision} within {timeout} s:\n{logs}")
            time.sleep(0.02)
        answered = time.monotonic()
    finally:
        docker("rm", "--force", container, check=False)
    parts = {"build": built - started, "load": loaded - built, "start": ran - loaded, "answer": answered - ran}
    return Timing(answered - started, answered - started, parts=parts)


def _answers(url, revision):
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return json.load(response).get("revision") == revision
    except (urllib.error.URLError, ConnectionError, OSError, ValueError):
        return False
