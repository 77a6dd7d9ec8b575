FROM entrypoint-test/busybox:1
CMD ["a\"b", "c\\d", "\u00e9\u4e2d", "\/x", "tab\there", "\ud83d\ude00", "\ud800"]
