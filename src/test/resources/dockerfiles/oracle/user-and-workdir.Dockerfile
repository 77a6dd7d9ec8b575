FROM entrypoint-test/busybox:1
ARG UID=1000
ENV HOME_DIR=/home/app
WORKDIR $HOME_DIR
WORKDIR logs/
WORKDIR ../data/./x/
USER ${UID}:${UID}
