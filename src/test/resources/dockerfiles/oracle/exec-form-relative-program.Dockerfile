FROM entrypoint-test/busybox:1
ENTRYPOINT ["./run.sh", "--port", "8080"]
