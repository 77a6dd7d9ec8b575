FROM entrypoint-test/busybox:1
ONBUILD ONBUILD CMD ["x"]
