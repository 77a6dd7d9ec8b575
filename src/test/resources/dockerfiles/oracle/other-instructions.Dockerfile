FROM entrypoint-test/busybox:1
MAINTAINER someone
LABEL a=b "c d"="e f"
VOLUME ["/data", "/logs"]
VOLUME /cache
STOPSIGNAL SIGQUIT
RUN ["/bin/true"]
RUN echo run > /tmp/ran
COPY Dockerfile /copied
ADD Dockerfile /added
CMD ["x"]
