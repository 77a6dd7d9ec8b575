FROM entrypoint-test/busybox:1 AS a
CMD ["first-a"]
FROM entrypoint-test/busybox:1 AS a
CMD ["second-a"]
FROM a
