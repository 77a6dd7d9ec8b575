package dev.entrypoint.engine;

import java.time.Duration;

/**
 * How a container ended when it was stopped: how long the stop took and the exit code. A process
 * that handles SIGTERM ends fast (a JVM with 143); one that ignores it, such as {@code /bin/sh -c}
 * as PID 1, is killed when the stop timeout runs out, with 137.
 */
public record StopResult(Duration took, int exitCode) {}
