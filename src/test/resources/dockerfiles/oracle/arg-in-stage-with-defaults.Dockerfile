FROM entrypoint-test/busybox:1
ARG NAME=app VERSION="1.0 beta"
ARG PORT=8080
ENV APP="$NAME-$VERSION" PORT=${PORT} MISSING=${NOPE:-fallback} SET=${NAME:+yes}
EXPOSE $PORT
