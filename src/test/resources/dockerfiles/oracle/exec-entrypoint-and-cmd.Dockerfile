FROM entrypoint-test/busybox:1
ENTRYPOINT ["/bin/echo", "-n"]
CMD ["hello", "world"]
