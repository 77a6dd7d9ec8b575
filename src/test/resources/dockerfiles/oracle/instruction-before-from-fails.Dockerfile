CMD ["x"]
FROM entrypoint-test/busybox:1
