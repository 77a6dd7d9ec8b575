FROM entrypoint-test/busybox:1 AS Builder
CMD ["built"]
FROM builder
