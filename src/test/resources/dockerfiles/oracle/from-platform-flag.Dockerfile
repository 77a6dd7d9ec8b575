FROM --platform=$BUILDPLATFORM entrypoint-test/busybox:1 AS base
CMD ["x"]
