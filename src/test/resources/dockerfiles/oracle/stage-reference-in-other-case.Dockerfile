FROM entrypoint-test/busybox:1 AS base
CMD ["c"]
FROM BASE
