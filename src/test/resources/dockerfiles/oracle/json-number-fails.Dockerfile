FROM entrypoint-test/busybox:1
EXPOSE 80
CMD ["serve", 8080]
