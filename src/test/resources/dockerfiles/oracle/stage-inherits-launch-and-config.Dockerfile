FROM entrypoint-test/busybox:1 AS base
SHELL ["/bin/sh", "-ec"]
ENV A=1 B=2
WORKDIR /srv
USER 1000:1000
ENTRYPOINT ["/bin/echo"]
CMD ["base"]
EXPOSE 8080
FROM base
ENV B=3
