FROM entrypoint-test/busybox:1
ENV GRÜSS=grüße
CMD echo "日本語 ✓" é
