FROM entrypoint-test/busybox:1
ENV GREETING="hello \
    world" OTHER=x
