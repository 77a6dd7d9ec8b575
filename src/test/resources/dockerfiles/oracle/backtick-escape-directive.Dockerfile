# escape=`
FROM entrypoint-test/busybox:1
ENV DIR=C:\app
CMD echo C:\app `
  next
ENTRYPOINT ["C:\\app\\run.exe"]
