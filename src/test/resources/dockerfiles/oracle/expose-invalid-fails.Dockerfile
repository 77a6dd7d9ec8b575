FROM entrypoint-test/busybox:1
EXPOSE http
