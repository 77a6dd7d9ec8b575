FROM entrypoint-test/busybox:1
CMD [echo, hi]
