FROM entrypoint-test/busybox:1
STOPSIGNAL SIGNOPE
