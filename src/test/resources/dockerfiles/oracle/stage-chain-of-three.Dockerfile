FROM entrypoint-test/busybox:1 AS one
ENTRYPOINT ["one"]
FROM one AS two
CMD ["two"]
FROM two AS three
ENV THREE=3
