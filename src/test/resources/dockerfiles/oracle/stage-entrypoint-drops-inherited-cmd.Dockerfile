FROM entrypoint-test/busybox:1 AS base
CMD ["from-base"]
FROM base
ENTRYPOINT ["/bin/echo"]
