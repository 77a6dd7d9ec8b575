FROM entrypoint-test/busybox:1
ENV A=1 B
