package dev.entrypoint.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <container>}: how the image starts and what its config says. Every field also has an
 * {@code entrypoint.container.NAME} property (lists comma-separated).
 */
public class ContainerConfiguration {

  /**
   * The launch contract: {@code arguments} (default: the image is a fixed program, {@code docker
   * run IMAGE ARGS} passes ARGS to it) or {@code command} ({@code docker run IMAGE CMD} replaces
   * the default command).
   */
  String launch = "arguments";

  /** ENTRYPOINT in exec form, one {@code <arg>} per word. */
  List<String> entrypoint;

  /** ENTRYPOINT in shell form: one line that {@code /bin/sh -c} runs. */
  String entrypointShell;

  /** CMD in exec form, one {@code <arg>} per word. */
  List<String> cmd;

  /** CMD in shell form: one line that {@code /bin/sh -c} runs. */
  String cmdShell;

  /**
   * Default arguments, as Jib's {@code <args>}: the CMD after the Java ENTRYPOINT under launch
   * {@code arguments}, appended to the Java command under {@code command}.
   */
  List<String> args;

  /** The main class; inferred when exactly one class has a main method. */
  String mainClass;

  /** Flags for the {@code java} command, such as {@code -Xmx256m}. */
  List<String> jvmFlags = new ArrayList<>();

  /** Environment variables. */
  Map<String, String> environment = new LinkedHashMap<>();

  /** Exposed ports: {@code 8080}, {@code 8080/udp}, {@code 9000-9002}. */
  List<String> ports = new ArrayList<>();

  /** Labels. */
  Map<String, String> labels = new LinkedHashMap<>();

  /** The user (name or uid[:gid]) the program runs as. */
  String user;

  /** The working directory, an absolute path. */
  String workingDirectory;

  /** Volumes, absolute paths. */
  List<String> volumes = new ArrayList<>();

  /** The manifest format: {@code OCI} (default) or {@code Docker}. */
  String format = "OCI";

  /**
   * The image's creation time: {@code EPOCH} (default, reproducible), {@code
   * USE_CURRENT_TIMESTAMP}, or an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}.
   */
  String creationTime = "EPOCH";

  /** Where the application goes in the image. */
  String appRoot = "/app";
}
