FROM entrypoint-test/busybox:1
CMD ["first"]
FROM entrypoint-test/busybox:1
CMD ["second"]
