package dev.entrypoint.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;

/** Compiles small Java sources into a classes directory, as Maven's compiler would. */
public final class JavaSources {

  private JavaSources() {}

  /**
   * Compiles {@code sources} (class name to source text) into {@code dir/classes} and returns it.
   */
  public static Path compile(Path dir, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    int exit =
        ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    if (exit != 0) {
      throw new IOException("javac failed for " + sources.keySet());
    }
    return classes;
  }

  /** A main class {@code demo.Main} that prints its arguments. */
  public static Map<String, String> printingMain() {
    return Map.of(
        "demo.Main",
        "package demo;\npublic class Main {\n"
            + "  public static void main(String[] args) { System.out.println(String.join(\" \", args)); }\n}\n");
  }
}
