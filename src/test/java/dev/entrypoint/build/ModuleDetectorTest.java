package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleDetectorTest {

  private static final int RELEASE = Runtime.version().feature();

  @TempDir Path dir;

  @Test
  void readsTheModuleListOfJdepsLastLine() {
    assertThat(
            ModuleDetector.parse("Warning: split package\njava.base,java.logging,jdk.httpserver\n"))
        .containsExactly("java.base", "java.logging", "jdk.httpserver");
    assertThat(ModuleDetector.parse("\n")).isEmpty();
  }

  @Test
  void findsTheModulesCompiledClassesUse() throws Exception {
    Path classes = dir.resolve("classes");
    compile(
        classes,
        List.of(),
        "demo/Server.java",
        "package demo;\n"
            + "public class Server { public static void main(String[] a) throws Exception {\n"
            + "  com.sun.net.httpserver.HttpServer.create();\n"
            + "  java.util.logging.Logger.getLogger(\"x\").info(\"hi\"); } }\n");

    ModuleDetector.Detection detection =
        ModuleDetector.detect(classes, List.of(), RELEASE, dir.resolve("cache"));

    assertThat(detection.modules()).containsExactly("java.base", "java.logging", "jdk.httpserver");
    assertThat(detection.decided()).isTrue();
  }

  /**
   * jakarta.transaction requires jakarta.cdi, which a Spring Boot application does not have: jdeps
   * stops at such a modular jar, and the detector reads it as the class path does.
   */
  @Test
  void aModularJarThatRequiresAnAbsentModuleIsReadAsAPlainJar() throws Exception {
    Path absent = dir.resolve("absent");
    compile(
        absent,
        List.of(),
        Map.of(
            "module-info.java",
            "module absent.api { exports absent; }",
            "absent/Api.java",
            "package absent; public interface Api {}"));
    Path lib = dir.resolve("lib");
    compile(
        lib,
        List.of("--module-path", absent.toString()),
        Map.of(
            "module-info.java",
            "module lib { requires absent.api; requires java.sql; exports lib; }",
            "lib/Store.java",
            "package lib; public class Store implements absent.Api {\n"
                + "  public java.sql.Connection open() { return null; } }\n"));
    Path jar = jar(lib, dir.resolve("lib.jar"));

    StringWriter jdepsSays = new StringWriter();
    boolean jdepsAloneFails;
    try {
      jdepsAloneFails =
          java.util.spi.ToolProvider.findFirst("jdeps")
                  .orElseThrow()
                  .run(
                      new PrintWriter(jdepsSays),
                      new PrintWriter(jdepsSays),
                      "--print-module-deps",
                      "--ignore-missing-deps",
                      jar.toString())
              != 0;
    } catch (RuntimeException findException) {
      jdepsAloneFails = true;
    }
    ModuleDetector.Detection detection =
        ModuleDetector.detect(
            dir.resolve("no-classes"), List.of(jar), RELEASE, dir.resolve("cache"));

    assertThat(jdepsAloneFails).as("jdeps on the modular jar: %s", jdepsSays).isTrue();
    assertThat(detection.modules()).containsExactly("java.base", "java.sql");
    assertThat(detection.decided()).isTrue();
    try (Stream<Path> left = Files.list(dir.resolve("cache/jdeps"))) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("only the cached result is left, no plain copy")
          .singleElement()
          .asString()
          .endsWith(".modules");
    }
  }

  @Test
  void aFileThatIsNotAJarIsNamedAsUndecided() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken-1.0.jar"), "not a zip");

    ModuleDetector.Detection detection =
        ModuleDetector.detect(dir.resolve("none"), List.of(broken), RELEASE, dir.resolve("cache"));

    assertThat(detection.decided()).isFalse();
    assertThat(detection.undecided())
        .singleElement()
        .asString()
        .startsWith("broken-1.0.jar: not a jar");
    assertThat(dir.resolve("cache/jdeps")).isEmptyDirectory();
  }

  @Test
  void theLibrariesResultIsCachedByTheirPathSizeAndTime() throws Exception {
    Path lib = dir.resolve("plain");
    compile(
        lib,
        List.of(),
        "plain/Log.java",
        "package plain; public class Log { java.util.logging.Logger l; }");
    Path jar = jar(lib, dir.resolve("plain.jar"));
    Path cache = dir.resolve("cache");
    ModuleDetector.detect(dir.resolve("none"), List.of(jar), RELEASE, cache);
    Path cached;
    try (Stream<Path> files = Files.list(cache.resolve("jdeps"))) {
      cached = files.filter(f -> f.toString().endsWith(".modules")).findFirst().orElseThrow();
    }
    Files.writeString(cached, "java.base,jdk.jfr");

    assertThat(ModuleDetector.detect(dir.resolve("none"), List.of(jar), RELEASE, cache).modules())
        .as("read back from the cache, so the cache is what answers")
        .containsExactly("java.base", "jdk.jfr");
  }

  private static void compile(Path out, List<String> options, String name, String source)
      throws IOException {
    compile(out, options, Map.of(name, source));
  }

  /** Compiles sources, file name to text, into {@code out}. */
  private static void compile(Path out, List<String> options, Map<String, String> sources)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("-d", out.toString()));
    args.addAll(options);
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = out.resolveSibling(out.getFileName() + "-src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    int exit =
        ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    assertThat(exit).as("javac %s", sources.keySet()).isZero();
  }

  private static Path jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        Files.copy(path, out);
        out.closeEntry();
      }
    }
    return jar;
  }
}
