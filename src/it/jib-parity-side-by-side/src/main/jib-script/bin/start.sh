#!/bin/sh
# Starts the application from the files Jib and entrypoint:build both write: the classpath in
# Maven's order and the main class.
exec java -Dparity.mode=script -cp "$(cat /app/jib-classpath-file)" "$(cat /app/jib-main-class-file)" "$@"
