package dev.entrypoint.maven;

/**
 * The {@code -D} properties of the elements Maven cannot map to a property by itself: those nested
 * in {@code <from>}, {@code <to>}, {@code <container>}, {@code <docker>} and {@code <podman>}, and
 * the map-valued {@code <rules>}. Each names its element, its default and what it means; {@code
 * docs/parameters.md} is generated from this table and the plugin descriptor.
 */
enum NestedProperty {
  FROM_IMAGE(
      "<from><image>",
      Kind.STRING,
      null,
      "the base: a registry reference (`eclipse-temurin:21-jre`), `docker://NAME` (local daemon),"
          + " `tar://PATH` (a `docker save` or OCI tarball, relative to the project), `scratch`, or"
          + " `jlink` (a runtime linked from the JDK running Maven); default `jlink` on a Linux"
          + " build host whose architecture is every target platform's, else"
          + " `eclipse-temurin:<release>-jre`"),
  FROM_PLATFORMS(
      "<from><platforms>",
      Kind.LIST,
      null,
      "the platforms to build for, each `<platform><os>linux</os><architecture>arm64"
          + "</architecture></platform>`; more than one makes an OCI image index; as a property"
          + " `linux/amd64,linux/arm64`; default: the base's, or the build host's for `jlink`"),
  FROM_AUTH_USERNAME(
      "<from><auth><username>",
      Kind.STRING,
      null,
      "the user name for the base image's registry, tried before settings.xml and the Docker and"
          + " Podman logins"),
  FROM_AUTH_PASSWORD(
      "<from><auth><password>",
      Kind.STRING,
      null,
      "the password or token for the base image's registry; never logged"),
  FROM_MODULES(
      "<from><modules>",
      Kind.LIST,
      null,
      "for `jlink`: the JDK modules to link, replacing those `jdeps` finds"),
  TO_IMAGE(
      "<to><image>", Kind.STRING, null, "the image's name; default `${artifactId}:${version}`"),
  TO_TAGS("<to><tags>", Kind.LIST, null, "extra tags"),
  TO_AUTH_USERNAME(
      "<to><auth><username>",
      Kind.STRING,
      null,
      "the user name for the target registry, tried before settings.xml and the Docker and Podman"
          + " logins"),
  TO_AUTH_PASSWORD(
      "<to><auth><password>",
      Kind.STRING,
      null,
      "the password or token for the target registry; never logged"),
  CONTAINER_LAUNCH(
      "<container><launch>",
      Kind.STRING,
      "arguments",
      "the launch contract: `arguments` (the image is a fixed program; `docker run IMAGE ARGS`"
          + " passes ARGS to it) or `command` (`docker run IMAGE CMD` replaces the default"
          + " command)"),
  CONTAINER_ENTRYPOINT(
      "<container><entrypoint>",
      Kind.ARGV,
      null,
      "ENTRYPOINT in exec form, one `<arg>` per word, or `INHERIT` (the base image's); default:"
          + " the Java command under launch `arguments`"),
  CONTAINER_ENTRYPOINT_SHELL(
      "<container><entrypointShell>",
      Kind.STRING,
      null,
      "ENTRYPOINT in shell form: one line, stored as `[\"/bin/sh\", \"-c\", LINE]`"),
  CONTAINER_CMD(
      "<container><cmd>",
      Kind.ARGV,
      null,
      "CMD in exec form, or `INHERIT`: under launch `arguments` the Java command's default"
          + " arguments, under `command` the whole command (default: the Java command)"),
  CONTAINER_CMD_SHELL(
      "<container><cmdShell>", Kind.STRING, null, "CMD in shell form: one line for `/bin/sh -c`"),
  CONTAINER_ARGS(
      "<container><args>",
      Kind.ARGV,
      null,
      "Jib's default arguments: the CMD after the Java ENTRYPOINT under launch `arguments`,"
          + " appended to the Java command under `command`"),
  CONTAINER_MAIN_CLASS(
      "<container><mainClass>",
      Kind.STRING,
      null,
      "the main class; inferred when the launch runs the Java command and exactly one class has"
          + " a `main` method"),
  CONTAINER_JVM_FLAGS(
      "<container><jvmFlags>", Kind.ARGV, null, "flags for `java`, such as `-Xmx256m`"),
  CONTAINER_ENVIRONMENT(
      "<container><environment>",
      Kind.MAP,
      null,
      "environment variables, `<NAME>value</NAME>`; as a property `NAME=value,NAME2=value2`"),
  CONTAINER_PORTS(
      "<container><ports>", Kind.LIST, null, "exposed ports: `8080`, `8080/udp`, `9000-9002`"),
  CONTAINER_LABELS(
      "<container><labels>",
      Kind.MAP,
      null,
      "labels, `<name>value</name>`; as a property `name=value,name2=value2`"),
  CONTAINER_USER(
      "<container><user>",
      Kind.STRING,
      null,
      "the user the program runs as: `name` or `uid[:gid]`"),
  CONTAINER_WORKING_DIRECTORY(
      "<container><workingDirectory>",
      Kind.STRING,
      null,
      "the working directory, an absolute path"),
  CONTAINER_VOLUMES("<container><volumes>", Kind.LIST, null, "volumes, absolute paths"),
  CONTAINER_FORMAT(
      "<container><format>",
      Kind.STRING,
      "OCI",
      "`OCI` or `Docker` (the `docker` target always loads the Docker format)"),
  CONTAINER_CREATION_TIME(
      "<container><creationTime>",
      Kind.STRING,
      "EPOCH",
      "`EPOCH` (reproducible), `USE_CURRENT_TIMESTAMP`, or an ISO-8601 instant"),
  CONTAINER_APP_ROOT(
      "<container><appRoot>", Kind.STRING, "/app", "where the application goes in the image"),
  DOCKER_EXECUTABLE(
      "<docker><executable>", Kind.STRING, "docker", "Docker's command: on the PATH, or a path"),
  DOCKER_HOST(
      "<docker><host>",
      Kind.STRING,
      null,
      "the daemon to talk to, passed as `DOCKER_HOST`; default: the environment's"),
  DOCKER_GLOBAL_FLAGS(
      "<docker><globalFlags>",
      Kind.ARGV,
      null,
      "flags right after the executable in every command, such as `--config DIR`"),
  DOCKER_CREATE_FLAGS(
      "<docker><createFlags>",
      Kind.ARGV,
      null,
      "flags added to every container `verify` creates, such as `--ulimit nofile=1024:1024`"),
  PODMAN_EXECUTABLE(
      "<podman><executable>", Kind.STRING, "podman", "Podman's command: on the PATH, or a path"),
  PODMAN_HOST(
      "<podman><host>",
      Kind.STRING,
      null,
      "the service to talk to, passed as `CONTAINER_HOST`; default: local Podman"),
  PODMAN_GLOBAL_FLAGS(
      "<podman><globalFlags>",
      Kind.ARGV,
      null,
      "flags right after the executable in every command, such as `--runtime runc`"),
  PODMAN_CREATE_FLAGS(
      "<podman><createFlags>", Kind.ARGV, null, "flags added to every container `verify` creates"),
  EXTRA_DIRECTORIES_PATHS(
      "<extraDirectories><paths>",
      Kind.LIST,
      null,
      "directories to copy into the image, each a `<path>`: the directory alone (copied to `/`) or"
          + " `<from>`, `<into>`, `<includes>`, `<excludes>`; as a property, comma-separated"
          + " directories copied to `/`"),
  EXTRA_DIRECTORIES_PERMISSIONS(
      "<extraDirectories><permissions>",
      Kind.MAP,
      null,
      "modes by path or glob in the image, each a `<permission>` with `<file>` and `<mode>`; as a"
          + " property `/app/run.sh=755,/app/conf/*=640`"),
  CHECK_RULES(
      "<rules>",
      Kind.MAP,
      null,
      "rule severities that replace the defaults, `<rule-id>severity</rule-id>` (`error`,"
          + " `warning`, `info` or `off`); as a property `id=severity,id2=severity`");

  /** How a property's text becomes the element's value. */
  enum Kind {
    /** The text as is. */
    STRING,
    /** Comma-separated values. */
    LIST,
    /** Words split as a POSIX shell splits a line, so commas stay inside their word. */
    ARGV,
    /** Comma-separated {@code key=value} entries. */
    MAP
  }

  private final String element;
  private final Kind kind;
  private final String defaultValue;
  private final String meaning;

  NestedProperty(String element, Kind kind, String defaultValue, String meaning) {
    this.element = element;
    this.kind = kind;
    this.defaultValue = defaultValue;
    this.meaning = meaning;
  }

  /** The pom element, such as {@code <container><jvmFlags>}. */
  String element() {
    return element;
  }

  /**
   * The property: {@code entrypoint.} and the element path joined by dots, such as {@code
   * entrypoint.container.jvmFlags}; {@code <rules>} is {@code entrypoint.check.rules}.
   */
  String property() {
    String path = element.substring(1, element.length() - 1).replace("><", ".");
    return this == CHECK_RULES ? "entrypoint.check.rules" : "entrypoint." + path;
  }

  Kind kind() {
    return kind;
  }

  /** The default as text, or {@code null} when unset means "none" or is worked out. */
  String defaultValue() {
    return defaultValue;
  }

  /** What the element means, in Markdown, for the generated documentation. */
  String meaning() {
    return meaning;
  }

  /** The parameter that holds the element: {@code container} for {@code <container><user>}. */
  String parameter() {
    return element.substring(1, element.indexOf('>'));
  }
}
