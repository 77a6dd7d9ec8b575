FROM entrypoint-test/busybox:1
USER
