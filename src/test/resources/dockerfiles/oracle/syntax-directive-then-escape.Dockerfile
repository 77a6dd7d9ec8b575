# syntax=docker/dockerfile:1
# escape=`
FROM entrypoint-test/busybox:1
CMD echo a `
  b
