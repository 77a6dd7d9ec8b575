FROM entrypoint-test/busybox:1
CMD echo   spaced    words; exit 0
