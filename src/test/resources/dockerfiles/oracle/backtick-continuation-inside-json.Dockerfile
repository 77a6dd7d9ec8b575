# escape=`
FROM entrypoint-test/busybox:1
ENTRYPOINT ["a", `
  "b\\c"]
