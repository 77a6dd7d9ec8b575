FROM entrypoint-test/busybox:1
COPY Dockerfile
