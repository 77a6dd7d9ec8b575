FROM entrypoint-test/busybox:1
ENV LEGACY value with  spaces "and quotes"
ENV A=1 B="two words" C='single $A' D=escaped\ space E=$A$B
ENV F="${A}-${B:-x}" G=${UNSET:-default} H=${A:+alt} I=${UNSET:+alt}
ENV PATH=/custom:$PATH
ENV A=replaced
