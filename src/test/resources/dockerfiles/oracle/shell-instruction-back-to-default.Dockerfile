FROM entrypoint-test/busybox:1
SHELL ["/bin/busybox", "sh", "-c"]
SHELL ["/bin/sh", "-c"]
CMD echo x
