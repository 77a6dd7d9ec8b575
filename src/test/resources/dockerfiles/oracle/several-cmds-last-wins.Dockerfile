FROM entrypoint-test/busybox:1
CMD ["first"]
CMD second
CMD ["third", "3"]
