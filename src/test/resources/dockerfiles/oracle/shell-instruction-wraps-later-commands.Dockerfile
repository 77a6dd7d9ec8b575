FROM entrypoint-test/busybox:1
CMD echo before
SHELL ["/bin/sh", "-eu", "-c"]
ENTRYPOINT echo after
HEALTHCHECK CMD echo health
