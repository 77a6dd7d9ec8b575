package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleDetectorTest {

  @Test
  void readsTheModuleListOfJdepsLastLine() {
    assertThat(
            ModuleDetector.parse("Warning: split package\njava.base,java.logging,jdk.httpserver\n"))
        .containsExactly("java.base", "java.logging", "jdk.httpserver");
    assertThat(ModuleDetector.parse("\n")).isEmpty();
  }

  @Test
  void findsTheModulesCompiledClassesUse(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src/demo/Server.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "package demo;\n"
            + "public class Server { public static void main(String[] a) throws Exception {\n"
            + "  com.sun.net.httpserver.HttpServer.create();\n"
            + "  java.util.logging.Logger.getLogger(\"x\").info(\"hi\"); } }\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), source.toString());

    assertThat(compiled).isZero();
    assertThat(ModuleDetector.detect(classes, List.of(), Runtime.version().feature()))
        .containsExactly("java.base", "java.logging", "jdk.httpserver");
  }
}
