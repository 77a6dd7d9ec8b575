FROM entrypoint-test/busybox:1
ENV A=1
ENTRYPOINT ["/bin/echo", \
  "x"]
CMD echo crlf \
  done
