FROM entrypoint-test/busybox:1 AS base
ENTRYPOINT ["/bin/echo"]
CMD ["base"]
FROM base
CMD ["child"]
