FROM entrypoint-test/busybox:1
CMD echo last \
# trailing comment
