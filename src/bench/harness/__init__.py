"""The benchmark harness: work directory, contenders, alternating rounds and the report."""
