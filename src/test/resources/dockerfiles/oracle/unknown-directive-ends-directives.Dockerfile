# foo=bar
# escape=`
FROM entrypoint-test/busybox:1
CMD echo a`
