FROM entrypoint-test/busybox:1
ENTRYPOINT ["C:\app\run.exe"]
