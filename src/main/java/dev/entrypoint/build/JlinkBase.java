package dev.entrypoint.build;

import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Platform;
import dev.entrypoint.BuildLog;
import dev.entrypoint.ConfigurationException;
import dev.entrypoint.image.HostPlatform;
import dev.entrypoint.launch.LaunchResolver;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The {@code jlink} base: a base image made on the build host with no registry. It holds a runtime
 * linked from the JDK that runs Maven (only the modules the application needs), the host's shared
 * libraries that runtime links against, an empty {@code /tmp}, and nothing else: no shell, no
 * package manager.
 */
public final class JlinkBase {

  /** Where the runtime goes in the image. */
  public static final AbsoluteUnixPath JAVA_HOME = AbsoluteUnixPath.get("/opt/java");

  private final List<FileEntriesLayer> layers;
  private final Platform platform;

  private JlinkBase(List<FileEntriesLayer> layers, Platform platform) {
    this.layers = layers;
    this.platform = platform;
  }

  /**
   * Links a runtime with {@code modules}, or when {@code modules} is empty, with the modules the
   * application needs ({@link #modulesFor}), and gathers the libraries it needs.
   *
   * @param jars the application's jars, for jdeps
   * @param jvmOptions the options the JVM starts with (flags, JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS)
   */
  public static JlinkBase create(
      Set<String> modules,
      Path classesDir,
      List<Path> jars,
      List<String> jvmOptions,
      Path cacheDir,
      BuildLog log)
      throws IOException, InterruptedException {
    String os = System.getProperty("os.name", "");
    if (!os.toLowerCase(Locale.ROOT).startsWith("linux")) {
      throw new ConfigurationException(
          "<from><image>jlink</image> builds the base from this machine's JDK and shared libraries,"
              + " so it needs a Linux build host, and this one runs "
              + os
              + ". Use a base image"
              + " instead: a registry reference such as eclipse-temurin:21-jre, docker://NAME for an"
              + " image in the local Docker daemon, or tar://PATH for a saved image.");
    }
    requireRuntimeFor(classesDir);
    Set<String> linked;
    String source;
    if (modules.isEmpty()) {
      linked = modulesFor(classesDir, jars, jvmOptions, cacheDir, log);
      source = "found by jdeps and added for run time";
    } else {
      linked = new TreeSet<>(modules);
      source = "from <from><modules>";
    }
    Path runtime = JlinkRuntime.link(linked, source, cacheDir, log);
    log.info(
        "jlink base: a Java runtime of "
            + linked.size()
            + " modules ("
            + source
            + "), "
            + BuildSummary.size(sizeOf(runtime))
            + ": "
            + String.join(",", linked));
    Set<Path> libraries = SharedLibraries.of(runtime, log);
    Path emptyDir = Files.createDirectories(cacheDir.resolve("jlink").resolve("empty"));

    FileEntriesLayer.Builder system = FileEntriesLayer.builder().setName("jlink shared libraries");
    for (Path library : libraries) {
      system.addEntry(
          library.toRealPath(),
          AbsoluteUnixPath.get(library.toString()),
          FilePermissions.fromOctalString("755"),
          HostFileLayer.FIXED_TIME);
    }
    system.addEntry(
        emptyDir,
        AbsoluteUnixPath.get("/tmp"),
        FilePermissions.fromOctalString("777"),
        HostFileLayer.FIXED_TIME);
    return new JlinkBase(
        List.of(system.build(), HostFileLayer.of("jlink runtime", runtime, JAVA_HOME)),
        new Platform(HostPlatform.architecture(), HostPlatform.OS));
  }

  /**
   * Refuses {@code platforms} other than the build host's: the linked runtime and the libraries are
   * this machine's, for its architecture only.
   */
  public static void requireServes(TargetPlatforms platforms) {
    Platform host = new Platform(HostPlatform.architecture(), HostPlatform.OS);
    if (!platforms.allAre(host)) {
      throw new ConfigurationException(
          "<from><image>jlink</image> links the runtime and libraries of this build host, which"
              + " are for "
              + TargetPlatforms.name(host)
              + " only, and <from><platforms> lists "
              + platforms
              + ". Use a registry JRE base that is published for those platforms, such as"
              + " <from><image>eclipse-temurin:"
              + Runtime.version().feature()
              + "-jre</image>, or build on a "
              + platforms
              + " host.");
    }
  }

  /**
   * The modules an application needs: those jdeps finds in its classes and jars, plus those a JVM
   * needs at run time for what it does ({@link RuntimeModules}). When jdeps cannot analyse all of
   * it, the fallback set is added and the log says why and what to do.
   */
  static Set<String> modulesFor(
      Path classesDir, List<Path> jars, List<String> jvmOptions, Path cacheDir, BuildLog log)
      throws IOException {
    ModuleDetector.Detection detection =
        ModuleDetector.detect(classesDir, jars, Runtime.version().feature(), cacheDir);
    ModuleFinder available = ModuleFinder.ofSystem();
    Map<String, String> added =
        RuntimeModules.added(detection.modules(), !jars.isEmpty(), jvmOptions, available);
    Set<String> modules = new TreeSet<>(detection.modules());
    modules.addAll(added.keySet());
    log.info(
        "jlink base: jdeps found "
            + String.join(",", detection.modules())
            + " in the classes and "
            + jars.size()
            + (jars.size() == 1 ? " jar" : " jars"));
    added.forEach((module, why) -> log.info("jlink base: added " + module + ": " + why));
    if (!detection.decided()) {
      Set<String> fallback = new TreeSet<>(RuntimeModules.FALLBACK);
      fallback.removeIf(module -> available.find(module).isEmpty());
      fallback.removeAll(modules);
      modules.addAll(fallback);
      log.warn(
          "jlink base: jdeps could not analyse all of the application, so the runtime also gets "
              + String.join(",", fallback)
              + " (every standard Java SE module, and those added for run time), in case the code"
              + " it could not read needs them:\n  "
              + String.join("\n  ", detection.undecided())
              + "\nTo link only what the application needs, list the modules in <from><modules>"
              + " (start from the list above and test the image), or take the runtime from a JRE"
              + " base image instead: "
              + JlinkRuntime.JRE_BASES
              + ".");
    }
    return modules;
  }

  private static long sizeOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  /** The base layers, bottom first. */
  public List<FileEntriesLayer> layers() {
    return layers;
  }

  /** The platform of the build host, which the runtime and libraries are built for. */
  public Platform platform() {
    return platform;
  }

  /** The environment the base sets: JAVA_HOME, and a PATH that finds {@code java}. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JAVA_HOME", JAVA_HOME.toString());
    env.put("PATH", JAVA_HOME + "/bin:" + LaunchResolver.DEFAULT_PATH);
    return env;
  }

  /**
   * Fails when the project's classes need a newer Java than the JDK that runs Maven, whose runtime
   * the image gets: the container would stop at once with {@code UnsupportedClassVersionError}.
   */
  private static void requireRuntimeFor(Path classesDir) throws IOException {
    int runtime = Runtime.version().feature();
    Optional<ClassFileVersions.NeededRelease> newest = ClassFileVersions.newest(classesDir);
    if (newest.isPresent() && newest.get().release() > runtime) {
      int needed = newest.get().release();
      throw new ConfigurationException(
          "<from><image>jlink</image> links the image's runtime from the JDK that runs Maven, Java "
              + runtime
              + ", but "
              + classesDir.relativize(newest.get().classFile())
              + " in "
              + classesDir
              + " is compiled for Java "
              + needed
              + ", which that runtime cannot load: the container would"
              + " fail at start with UnsupportedClassVersionError. Run Maven on a JDK "
              + needed
              + " or newer (JAVA_HOME), compile for Java "
              + runtime
              + " (<maven.compiler.release>"
              + runtime
              + "</maven.compiler.release>), or use a base image with Java "
              + needed
              + ", such as eclipse-temurin:"
              + needed
              + "-jre.");
    }
  }
}
