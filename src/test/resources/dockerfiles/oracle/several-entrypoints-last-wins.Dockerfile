FROM entrypoint-test/busybox:1
ENTRYPOINT ["first"]
ENTRYPOINT last one
