FROM entrypoint-test/busybox:1
ONBUILD RUN echo later
onbuild  ENTRYPOINT ["x"]
