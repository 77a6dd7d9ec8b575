FROM entrypoint-test/busybox:1
ENTRYPIONT ["x"]
