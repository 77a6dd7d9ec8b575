FROM entrypoint-test/busybox:1
CMD echo one \
# comment inside
  \

   two   \   
  three
