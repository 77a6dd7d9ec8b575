FROM entrypoint-test/busybox:1
ENTRYPOINT ["--not-a-flag"]
CMD ["--port", "80"]
