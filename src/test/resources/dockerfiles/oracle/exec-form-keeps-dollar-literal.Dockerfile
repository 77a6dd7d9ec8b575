FROM entrypoint-test/busybox:1
ENV NAME=world
ENTRYPOINT ["/bin/echo", "$NAME", "${NAME}"]
CMD echo $NAME
