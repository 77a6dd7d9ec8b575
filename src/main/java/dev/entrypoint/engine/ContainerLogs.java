package dev.entrypoint.engine;

/** The last lines a container wrote, to stdout and stderr separately. */
public record ContainerLogs(String stdout, String stderr) {}
