FROM entrypoint-test/busybox:1 AS base
SHELL ["/bin/busybox", "sh", "-c"]
FROM base
CMD echo hi
ENTRYPOINT exec x
