FROM scratch
ENTRYPOINT ["/app"]
