# oracle-target: middle
FROM entrypoint-test/busybox:1 AS middle
ENTRYPOINT ["middle"]
FROM middle
CMD ["last"]
