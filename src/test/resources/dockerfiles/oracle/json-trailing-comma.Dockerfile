FROM entrypoint-test/busybox:1
ENTRYPOINT ["echo", "hi",]
