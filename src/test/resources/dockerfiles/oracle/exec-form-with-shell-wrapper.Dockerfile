FROM entrypoint-test/busybox:1
ENTRYPOINT ["/bin/sh", "-c", "exec \"$@\"", "sh"]
CMD ["echo", "hi"]
