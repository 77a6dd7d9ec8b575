FROM entrypoint-test/busybox:1 AS base
HEALTHCHECK CMD true
FROM base
HEALTHCHECK NONE
