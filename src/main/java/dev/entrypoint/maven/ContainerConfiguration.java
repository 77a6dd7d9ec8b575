package dev.entrypoint.maven;

import static dev.entrypoint.maven.NestedProperty.CONTAINER_APP_ROOT;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_ARGS;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_CMD;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_CMD_SHELL;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_CREATION_TIME;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_ENTRYPOINT;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_ENTRYPOINT_SHELL;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_ENVIRONMENT;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_FORMAT;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_JVM_FLAGS;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_LABELS;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_LAUNCH;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_MAIN_CLASS;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_PORTS;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_USER;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_VOLUMES;
import static dev.entrypoint.maven.NestedProperty.CONTAINER_WORKING_DIRECTORY;

import dev.entrypoint.ConfigurationProblems;
import dev.entrypoint.launch.LaunchContract;
import dev.entrypoint.project.ContainerSettings;
import dev.entrypoint.project.CreationTime;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import dev.entrypoint.project.ManifestFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code <container>}: how the image starts and what its config says. Every element has an {@code
 * entrypoint.container.NAME} property; elements, properties and defaults: {@link NestedProperty}.
 */
public class ContainerConfiguration {

  /** The launch contract: {@code arguments} (default) or {@code command}. */
  String launch;

  /** ENTRYPOINT in exec form, one {@code <arg>} per word, or {@code INHERIT}. */
  List<String> entrypoint;

  /** ENTRYPOINT in shell form: one line that {@code /bin/sh -c} runs. */
  String entrypointShell;

  /** CMD in exec form, one {@code <arg>} per word, or {@code INHERIT}. */
  List<String> cmd;

  /** CMD in shell form: one line that {@code /bin/sh -c} runs. */
  String cmdShell;

  /**
   * Default arguments, as Jib's {@code <args>}: the CMD after the Java ENTRYPOINT under launch
   * {@code arguments}, appended to the Java command under {@code command}.
   */
  List<String> args;

  /** The main class; inferred when the launch needs it and exactly one class has a main method. */
  String mainClass;

  /** Flags for the {@code java} command, such as {@code -Xmx256m}. */
  List<String> jvmFlags;

  /** Environment variables. */
  Map<String, String> environment;

  /** Exposed ports: {@code 8080}, {@code 8080/udp}, {@code 9000-9002}. */
  List<String> ports;

  /** Labels. */
  Map<String, String> labels;

  /** The user (name or uid[:gid]) the program runs as. */
  String user;

  /** The working directory, an absolute path. */
  String workingDirectory;

  /** Volumes, absolute paths. */
  List<String> volumes;

  /** The manifest format: {@code OCI} (default) or {@code Docker}. */
  String format;

  /** {@code EPOCH} (default), {@code USE_CURRENT_TIMESTAMP}, or an ISO-8601 instant. */
  String creationTime;

  /** Where the application goes in the image; default {@code /app}. */
  String appRoot;

  /** The settings these elements and their properties make; mistakes go to {@code problems}. */
  ContainerSettings settings(PluginSettings read, ConfigurationProblems problems) {
    ContainerSettings.Builder settings =
        ContainerSettings.builder()
            .entrypoint(read.list(CONTAINER_ENTRYPOINT, entrypoint))
            .entrypointShell(read.string(CONTAINER_ENTRYPOINT_SHELL, entrypointShell))
            .cmd(read.list(CONTAINER_CMD, cmd))
            .cmdShell(read.string(CONTAINER_CMD_SHELL, cmdShell))
            .args(read.list(CONTAINER_ARGS, args))
            .environment(read.map(CONTAINER_ENVIRONMENT, environment))
            .ports(read.listOrEmpty(CONTAINER_PORTS, ports))
            .labels(read.map(CONTAINER_LABELS, labels))
            .user(read.string(CONTAINER_USER, user))
            .workingDirectory(read.string(CONTAINER_WORKING_DIRECTORY, workingDirectory))
            .volumes(read.listOrEmpty(CONTAINER_VOLUMES, volumes));
    settings.launch(
        problems.read(
            () ->
                LaunchContract.parse(
                    read.string(CONTAINER_LAUNCH, launch), CONTAINER_LAUNCH.element()),
            LaunchContract.ARGUMENTS));
    settings.format(
        problems.read(
            () -> ManifestFormat.parse(read.string(CONTAINER_FORMAT, format)), ManifestFormat.OCI));
    settings.creationTime(
        problems.read(
            () -> CreationTime.parse(read.string(CONTAINER_CREATION_TIME, creationTime)),
            Instant.EPOCH));
    ContainerSettings built = settings.build();
    problems.addAll(built.problems());
    return built;
  }

  /** The project's Java application as these elements describe it; mistakes go to problems. */
  JavaApplication application(
      PluginSettings read,
      Path classesDir,
      List<Dependency> dependencies,
      String frameworkMainClass,
      int javaVersion,
      ConfigurationProblems problems) {
    String configuredMainClass = read.string(CONTAINER_MAIN_CLASS, mainClass);
    return problems.read(
        () ->
            new JavaApplication(
                classesDir,
                dependencies,
                configuredMainClass == null || configuredMainClass.isBlank()
                    ? frameworkMainClass
                    : configuredMainClass,
                read.listOrEmpty(CONTAINER_JVM_FLAGS, jvmFlags),
                javaVersion,
                read.string(CONTAINER_APP_ROOT, appRoot)),
        null);
  }
}
