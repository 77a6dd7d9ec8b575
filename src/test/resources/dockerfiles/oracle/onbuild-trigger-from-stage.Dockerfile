FROM entrypoint-test/busybox:1 AS base
ONBUILD CMD ["from-trigger"]
ONBUILD ENV TRIGGERED=yes
FROM base
ENTRYPOINT ["e"]
