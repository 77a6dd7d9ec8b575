FROM entrypoint-test/busybox:1 AS base
ENTRYPOINT ["old"]
CMD ["from-base"]
FROM base
CMD ["mine"]
ENTRYPOINT ["new"]
