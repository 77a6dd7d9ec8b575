FROM entrypoint-test/busybox:1
ENTRYPOINT echo "$HOME"  && exec sleep 1
