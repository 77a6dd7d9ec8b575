FROM entrypoint-test/busybox:1
WORKDIR app
WORKDIR /abs//double/
