# check=skip=all
# escape=`
FROM entrypoint-test/busybox:1
CMD echo a `
  b
