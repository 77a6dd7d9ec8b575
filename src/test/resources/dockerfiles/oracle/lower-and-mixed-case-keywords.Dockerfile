from entrypoint-test/busybox:1 as Build
Env A=1
entrypoint ["e"]
Cmd ["c"]
user nobody
