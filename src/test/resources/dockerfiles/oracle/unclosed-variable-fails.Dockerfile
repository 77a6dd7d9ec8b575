FROM entrypoint-test/busybox:1
ENV A=${B
