package dev.entrypoint.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The process that owns what an engine holds for this plugin: a run id, the host, the process id
 * and the process's start time. Every container carries it as labels and every loaded image as a
 * tag, so that a later run can tell whether the owner is gone ({@code kill -9}, a lost machine) and
 * remove what it left behind.
 *
 * @param runId random, one per JVM
 * @param host the host name, as the kernel knows it
 * @param pid the process id on that host
 * @param started when that process started, to tell a reused process id apart
 */
public record RunOwner(String runId, String host, long pid, Instant started) {

  /** The label holding the run id; every container of the plugin has it. */
  public static final String RUN_LABEL = "dev.entrypoint.run";

  static final String HOST_LABEL = "dev.entrypoint.host";
  static final String PID_LABEL = "dev.entrypoint.pid";
  static final String STARTED_LABEL = "dev.entrypoint.started";

  /** How far apart two readings of one process's start time may be (clock ticks, rounding). */
  private static final long START_TOLERANCE_MILLIS = 1_000;

  private static final RunOwner CURRENT = of(ProcessHandle.current());

  /** Checks the parts: a tag and a label can hold them. */
  public RunOwner {
    Objects.requireNonNull(started, "started");
    if (!runId.matches("[a-z0-9]+")) {
      throw new IllegalArgumentException("a run id is lowercase letters and digits: " + runId);
    }
    if (!host.matches("[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException("not a host name: " + host);
    }
  }

  /** This JVM. */
  public static RunOwner current() {
    return CURRENT;
  }

  private static RunOwner of(ProcessHandle process) {
    return new RunOwner(
        UUID.randomUUID().toString().replace("-", "").substring(0, 8),
        hostName(),
        process.pid(),
        startOf(process).orElseGet(Instant::now));
  }

  /** The labels that name this owner on a container. */
  Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(RUN_LABEL, runId);
    labels.put(HOST_LABEL, host);
    labels.put(PID_LABEL, String.valueOf(pid));
    labels.put(STARTED_LABEL, started.toString());
    return labels;
  }

  /** The owner a container's labels name, if they name one. */
  static Optional<RunOwner> ofLabels(Map<String, String> labels) {
    try {
      return Optional.of(
          new RunOwner(
              labels.get(RUN_LABEL),
              labels.get(HOST_LABEL),
              Long.parseLong(labels.get(PID_LABEL)),
              Instant.parse(labels.get(STARTED_LABEL))));
    } catch (RuntimeException notOurs) {
      return Optional.empty();
    }
  }

  /** The owner as an image tag: {@code <pid>_<start, ms since the epoch>_<host>}. */
  String tag() {
    return pid + "_" + started.toEpochMilli() + "_" + host;
  }

  /** The owner of run {@code runId} that {@link #tag()} wrote, if {@code tag} is one. */
  static Optional<RunOwner> ofTag(String runId, String tag) {
    String[] parts = tag.split("_", 3);
    try {
      return Optional.of(
          new RunOwner(
              runId,
              parts[2],
              Long.parseLong(parts[0]),
              Instant.ofEpochMilli(Long.parseLong(parts[1]))));
    } catch (RuntimeException notOurs) {
      return Optional.empty();
    }
  }

  /**
   * Whether this owner's process is known to be gone: it ran on this host, and no process has its
   * id, or the one that has it started at another time. An owner on another host is never gone as
   * far as this host can tell.
   */
  public boolean isGone() {
    if (!host.equals(CURRENT.host)) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return true;
    }
    Optional<Instant> start = startOf(process.get());
    return start.isPresent()
        && Math.abs(start.get().toEpochMilli() - started.toEpochMilli()) > START_TOLERANCE_MILLIS;
  }

  private static Optional<Instant> startOf(ProcessHandle process) {
    return process.info().startInstant();
  }

  /**
   * The kernel's host name, in the characters a tag allows; {@code localhost} when none can be
   * read.
   */
  private static String hostName() {
    String name;
    try {
      name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    } catch (IOException | RuntimeException notLinux) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException unknown) {
        name = "";
      }
    }
    name = name.replaceAll("[^A-Za-z0-9.-]", "-");
    name = name.length() > 80 ? name.substring(0, 80) : name;
    return name.isEmpty() ? "localhost" : name;
  }

  @Override
  public String toString() {
    return "process " + pid + " on " + host + " (run " + runId + ", started " + started + ")";
  }
}
