package dev.entrypoint.build;

import dev.entrypoint.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Finds the JDK modules an application's code refers to, with {@code jdeps --print-module-deps}, in
 * process, as real class paths need it run:
 *
 * <ul>
 *   <li>{@code --ignore-missing-deps}: libraries refer to optional libraries that are not there;
 *   <li>{@code --multi-release <release>}: multi-release jars are read as the runtime reads them;
 *   <li>modular jars are read as plain jars (their {@code module-info.class} left out of a copy):
 *       on the class path their module declarations mean nothing, yet jdeps would resolve them and
 *       stop at the first module they require that is absent ({@code FindException: Module
 *       jakarta.cdi not found, required by jakarta.transaction});
 *   <li>the libraries' result is cached by their paths, sizes and times, so a build whose classes
 *       changed analyses only the classes;
 *   <li>a jar jdeps cannot read is analysed alone, and named with jdeps' reason: detection never
 *       fails a build, it says what it could not decide.
 * </ul>
 */
final class ModuleDetector {

  /**
   * What jdeps found.
   *
   * @param modules the JDK modules the analysed code refers to, {@code java.base} always among them
   * @param undecided each archive jdeps could not analyse, with why; empty when all were analysed
   */
  record Detection(Set<String> modules, List<String> undecided) {

    Detection {
      modules = Collections.unmodifiableSortedSet(new TreeSet<>(modules));
      undecided = List.copyOf(undecided);
    }

    /** Whether every archive was analysed. */
    boolean decided() {
      return undecided.isEmpty();
    }
  }

  private static final String FORMAT = "jdeps-1";

  private ModuleDetector() {}

  /**
   * The modules that the classes in {@code classesDir} and the jars in {@code jars} refer to, as
   * Java {@code release} reads them; {@code cacheDir} keeps the libraries' result.
   */
  static Detection detect(Path classesDir, List<Path> jars, int release, Path cacheDir)
      throws IOException {
    Optional<ToolProvider> jdeps = ToolProvider.findFirst("jdeps");
    if (jdeps.isEmpty()) {
      return new Detection(
          Set.of("java.base"),
          List.of(
              "the Java running Maven ("
                  + System.getProperty("java.home")
                  + ") has no jdeps (it is a JRE, not a JDK)"));
    }
    Set<String> modules = new TreeSet<>(Set.of("java.base"));
    List<String> undecided = new ArrayList<>();
    List<Path> archives = jars.stream().filter(Files::isRegularFile).toList();
    if (!archives.isEmpty()) {
      Path cached = cacheDir.resolve("jdeps").resolve(key(archives, release) + ".modules");
      if (Files.isRegularFile(cached)) {
        modules.addAll(parse(Files.readString(cached)));
      } else {
        Detection libraries = libraries(jdeps.get(), archives, release, cacheDir);
        modules.addAll(libraries.modules());
        undecided.addAll(libraries.undecided());
        if (libraries.decided()) {
          Files.createDirectories(cached.getParent());
          AtomicFile.write(cached, String.join(",", libraries.modules()));
        }
      }
    }
    if (hasClasses(classesDir)) {
      JdepsRun classes = run(jdeps.get(), List.of(classesDir), release);
      modules.addAll(classes.modules());
      classes.failure().ifPresent(why -> undecided.add(classesDir + ": " + why));
    }
    return new Detection(modules, undecided);
  }

  /** jdeps over every library at once, or one by one when that fails, to name the bad ones. */
  private static Detection libraries(
      ToolProvider jdeps, List<Path> jars, int release, Path cacheDir) throws IOException {
    try (ScratchDirectory work = ScratchDirectory.in(cacheDir.resolve("jdeps"), "plain-jars-")) {
      Map<Path, Path> analysed = new LinkedHashMap<>();
      List<String> unreadable = new ArrayList<>();
      for (Path jar : jars) {
        try {
          analysed.put(jar, withoutModuleDescriptor(jar, work.path()));
        } catch (ZipException notAJar) {
          unreadable.add(jar.getFileName() + ": not a jar (" + notAJar.getMessage() + ")");
        }
      }
      if (analysed.isEmpty()) {
        return new Detection(Set.of(), unreadable);
      }
      JdepsRun all = run(jdeps, List.copyOf(analysed.values()), release);
      if (all.failure().isEmpty()) {
        return new Detection(new TreeSet<>(all.modules()), unreadable);
      }
      Set<String> modules = new TreeSet<>();
      List<String> undecided = new ArrayList<>(unreadable);
      for (Map.Entry<Path, Path> jar : analysed.entrySet()) {
        JdepsRun one = run(jdeps, List.of(jar.getValue()), release);
        modules.addAll(one.modules());
        one.failure().ifPresent(why -> undecided.add(jar.getKey().getFileName() + ": " + why));
      }
      if (undecided.isEmpty()) {
        undecided.add("jdeps failed over all the jars together (" + all.failure().get() + ")");
      }
      return new Detection(modules, undecided);
    }
  }

  /**
   * One jdeps run.
   *
   * @param modules what it printed
   * @param failure why it failed, when it did
   */
  private record JdepsRun(List<String> modules, Optional<String> failure) {}

  private static JdepsRun run(ToolProvider jdeps, List<Path> roots, int release) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--print-module-deps",
                "--ignore-missing-deps",
                "--multi-release",
                Integer.toString(release)));
    roots.forEach(root -> args.add(root.toString()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit;
    try {
      exit = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    } catch (RuntimeException e) {
      // jdeps throws what it meets while resolving modules (FindException, ResolutionException).
      return new JdepsRun(List.of(), Optional.of(e.toString()));
    }
    if (exit != 0) {
      String said = (err.toString().isBlank() ? out : err).toString().strip();
      return new JdepsRun(
          List.of(),
          Optional.of("jdeps exited with " + exit + (said.isEmpty() ? "" : ": " + said)));
    }
    return new JdepsRun(parse(out.toString()), Optional.empty());
  }

  /**
   * {@code jar} itself, or when it declares a module, a copy in {@code dir} without its {@code
   * module-info.class} files, so jdeps reads it as a class-path jar.
   */
  static Path withoutModuleDescriptor(Path jar, Path dir) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      if (zip.stream().noneMatch(entry -> isModuleDescriptor(entry.getName()))) {
        return jar;
      }
      Path copy = Files.createTempFile(dir, "plain-", "-" + jar.getFileName());
      try (OutputStream file = Files.newOutputStream(copy);
          ZipOutputStream out = new ZipOutputStream(file)) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          if (isModuleDescriptor(entry.getName())) {
            continue;
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          if (!entry.isDirectory()) {
            try (InputStream in = zip.getInputStream(entry)) {
              in.transferTo(out);
            }
          }
          out.closeEntry();
        }
      }
      return copy;
    }
  }

  private static boolean isModuleDescriptor(String entry) {
    return entry.equals("module-info.class")
        || (entry.startsWith("META-INF/versions/") && entry.endsWith("/module-info.class"));
  }

  /** The modules of jdeps' last output line, a comma-separated list. */
  static List<String> parse(String jdepsOutput) {
    String[] lines = jdepsOutput.strip().split("\\R");
    String last = lines[lines.length - 1].strip();
    if (last.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(last.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean hasClasses(Path classesDir) throws IOException {
    if (!Files.isDirectory(classesDir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(classesDir)) {
      return files.anyMatch(file -> file.toString().endsWith(".class"));
    }
  }

  /** The cache key of the libraries: the JDK, the release, and each jar's path, size and time. */
  private static String key(List<Path> jars, int release) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      StringBuilder identity = new StringBuilder(FORMAT);
      identity.append('\n').append(System.getProperty("java.home"));
      identity.append('\n').append(System.getProperty("java.runtime.version"));
      identity.append('\n').append(release);
      for (Path jar : jars) {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        identity
            .append('\n')
            .append(jar.toAbsolutePath())
            .append(' ')
            .append(attributes.size())
            .append(' ')
            .append(attributes.lastModifiedTime().toMillis());
      }
      return HexFormat.of()
          .formatHex(sha.digest(identity.toString().getBytes(StandardCharsets.UTF_8)))
          .substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
