FROM entrypoint-test/busybox:1
ENTRYPOINT [ "/bin/echo", \
# a comment inside

   "one", \
   "two" ]
