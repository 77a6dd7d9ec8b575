FROM entrypoint-test/busybox:1 AS base
ARG WHO=parent
FROM base
ENV WHO=$WHO
