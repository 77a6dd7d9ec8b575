FROM entrypoint-test/busybox:1
ENTRYPOINT \
  ["/bin/echo", \
   "x"]
CMD \
  \
  y
