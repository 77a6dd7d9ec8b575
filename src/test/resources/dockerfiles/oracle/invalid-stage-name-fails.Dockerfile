FROM entrypoint-test/busybox:1 AS 1stage
