FROM entrypoint-test/busybox:1
COPY --own=1 Dockerfile /x
