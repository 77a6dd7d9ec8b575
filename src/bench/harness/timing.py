"""Times one build: the whole process by the clock, and a Maven goal's own time from the timestamps
Maven puts on its log lines (-Dorg.slf4j.simpleLogger.showDateTime): from the goal's header line
('--- prefix:version:goal (id) @ artifact ---') to the next goal's header or BUILD SUCCESS. That span
holds the plugin's class loading, configuration and execution, and nothing of the goals before it."""

import re
from datetime import timedelta

_LINE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) \[\w+\] (.*)$")
_HEADER = re.compile(r"^--- ([\w.-]+):[^:\s]+:([\w-]+) \(")


def _millis(match):
    hours, minutes, seconds, millis = (int(match.group(i)) for i in range(1, 5))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def goal_seconds(log_text, prefix, goal):
    """The own time of goal prefix:goal in a Maven log, in seconds; None if the log has no such goal
    that finished."""
    start = None
    for line in log_text.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        message = match.group(5)
        header = _HEADER.match(message)
        if start is None:
            if header and header.group(1) == prefix and header.group(2) == goal:
                start = _millis(match)
        elif header or message.startswith("BUILD SUCCESS"):
            end = _millis(match)
            if end < start:
                end += int(timedelta(days=1).total_seconds() * 1000)
            return (end - start) / 1000.0
    return None
