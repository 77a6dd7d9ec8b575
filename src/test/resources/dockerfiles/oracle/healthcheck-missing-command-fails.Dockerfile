FROM entrypoint-test/busybox:1
HEALTHCHECK CMD
