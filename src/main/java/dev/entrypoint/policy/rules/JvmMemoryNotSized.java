package dev.entrypoint.policy.rules;

import dev.entrypoint.dockerfile.Instruction;
import dev.entrypoint.dockerfile.Stage;
import dev.entrypoint.launch.EngineKind;
import dev.entrypoint.launch.ImageLaunch;
import dev.entrypoint.launch.Invocation;
import dev.entrypoint.launch.LaunchResolver;
import dev.entrypoint.policy.DockerfileInput;
import dev.entrypoint.policy.DockerfileRule;
import dev.entrypoint.policy.FindingSink;
import dev.entrypoint.policy.ImageInput;
import dev.entrypoint.policy.ImageRule;
import dev.entrypoint.policy.Location;
import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.Severity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Java program started with no heap size for a container: no {@code -XX:MaxRAMPercentage}, {@code
 * -Xmx}, {@code -XX:MaxRAM} or {@code -XX:MaxHeapSize} among the JVM's options, in its argv or in
 * {@code JAVA_TOOL_OPTIONS} / {@code JDK_JAVA_OPTIONS}. A pom's declared image is not checked: its
 * base image's environment is not known before the build; the built image's config is.
 */
public final class JvmMemoryNotSized extends Rule implements DockerfileRule, ImageRule {

  /** The variables the JVM itself (or the {@code java} launcher) reads options from. */
  private static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  private static final List<String> SIZING =
      List.of("-Xmx", "-XX:MaxRAMPercentage=", "-XX:MaxRAM=", "-XX:MaxHeapSize=");

  /** Launcher options whose value is the next word. */
  private static final Set<String> TAKES_VALUE =
      Set.of(
          "-cp",
          "-classpath",
          "--class-path",
          "-p",
          "--module-path",
          "--upgrade-module-path",
          "--add-modules",
          "--limit-modules",
          "--add-reads",
          "--add-exports",
          "--add-opens",
          "--patch-module",
          "--enable-native-access",
          "--source");

  private static final String FIX_FLAG = "-XX:MaxRAMPercentage=75";

  public JvmMemoryNotSized() {
    super(
        "jvm-memory-not-sized",
        "JVM heap not sized for a container",
        Severity.INFO,
        "The image starts java with no heap size (-XX:MaxRAMPercentage, -Xmx): the JVM then takes"
            + " a quarter of the container's memory limit for its heap and leaves the rest unused.");
  }

  @Override
  public void check(DockerfileInput input, FindingSink findings) {
    Optional<Stage> target = input.target();
    if (target.isEmpty() || !target.get().config().launchKnown()) {
      return;
    }
    Stage stage = target.get();
    Map<String, String> env = new LinkedHashMap<>();
    for (String variable : stage.config().env()) {
      int equals = variable.indexOf('=');
      if (equals > 0) {
        env.put(variable.substring(0, equals), variable.substring(equals + 1));
      }
    }
    Instruction at = input.launchInstruction(stage);
    check(
        stage.launch(),
        env,
        input.at(at),
        "ENV JAVA_TOOL_OPTIONS=" + FIX_FLAG + ", or the flag after java in the ENTRYPOINT",
        findings);
  }

  @Override
  public void check(ImageInput image, FindingSink findings) {
    if (image.origin() == ImageInput.Origin.BUILT && image.launchKnown()) {
      check(
          image.launch(),
          image.env(),
          image.location(),
          "<container><jvmFlags><jvmFlag>"
              + FIX_FLAG
              + "</jvmFlag></jvmFlags> in the pom, or <container><environment><JAVA_TOOL_OPTIONS>"
              + FIX_FLAG
              + "</JAVA_TOOL_OPTIONS></environment>",
          findings);
    }
  }

  private static void check(
      ImageLaunch launch,
      Map<String, String> env,
      Location location,
      String fix,
      FindingSink findings) {
    List<String> argv = LaunchResolver.resolve(launch, Invocation.run(), EngineKind.DOCKER).argv();
    if (argv == null) {
      return;
    }
    List<String> program = ExecArray.afterInit(argv);
    if (program.isEmpty() || !isJava(program.get(0))) {
      return;
    }
    if (sizes(jvmOptions(program))) {
      return;
    }
    for (String variable : OPTION_VARIABLES) {
      String value = env.get(variable);
      if (value != null && sizes(Arrays.asList(value.strip().split("\\s+")))) {
        return;
      }
    }
    findings.report(
        location,
        "The image starts "
            + program.get(0)
            + " with no heap size for a container (no -XX:MaxRAMPercentage, -Xmx or -XX:MaxRAM"
            + " among its options, JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS): the JVM then takes a"
            + " quarter of the container's memory limit for its heap (a quarter of the host's"
            + " when the container has none) and leaves the rest unused. Size it to the"
            + " container: "
            + fix
            + ".");
  }

  /** Whether {@code program} is the {@code java} launcher, by name or path. */
  static boolean isJava(String program) {
    return program.equals("java") || program.endsWith("/java");
  }

  /**
   * The options the JVM gets from {@code java ARGS}: the words before the main class, {@code -jar
   * FILE} or {@code -m MODULE}, values of options such as {@code -cp} skipped; the program's own
   * arguments after them are not the JVM's.
   */
  static List<String> jvmOptions(List<String> javaArgv) {
    for (int i = 1; i < javaArgv.size(); i++) {
      String word = javaArgv.get(i);
      if (TAKES_VALUE.contains(word)) {
        i++;
      } else if (word.equals("-jar") || word.equals("-m") || word.equals("--module")) {
        return javaArgv.subList(1, i);
      } else if (!word.startsWith("-")) {
        return javaArgv.subList(1, i);
      }
    }
    return javaArgv.subList(1, javaArgv.size());
  }

  private static boolean sizes(List<String> options) {
    return options.stream().anyMatch(option -> SIZING.stream().anyMatch(option::startsWith));
  }
}
