FROM entrypoint-test/busybox:1
ENTRYPOINT ["e"]
CMD ["c"]
