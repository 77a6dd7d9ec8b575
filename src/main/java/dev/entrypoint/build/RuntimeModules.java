package dev.entrypoint.build;

import java.lang.module.ModuleFinder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules a JVM needs at run time for what an application does, which jdeps cannot see because
 * no class names them: service providers the JDK loads by name, and classes libraries reach by
 * reflection. See docs/build.md#modules for the evidence behind each.
 */
final class RuntimeModules {

  /**
   * The modules linked when jdeps cannot decide: every standard Java SE module, and every module
   * this class may add for run time, so that whatever the application does, the runtime has it.
   */
  static final Set<String> FALLBACK =
      Set.of(
          "java.se",
          "jdk.crypto.ec",
          "jdk.unsupported",
          "jdk.zipfs",
          "jdk.naming.dns",
          "jdk.management",
          "jdk.charsets",
          "java.instrument");

  private RuntimeModules() {}

  /**
   * The modules to add to {@code found} (what jdeps found), each with why, among those {@code
   * available} in the JDK that links the runtime. {@code found} is read with what its modules
   * require, as jlink links them: jdeps prints {@code java.sql.rowset}, not the {@code java.naming}
   * it requires.
   *
   * @param hasLibraries whether the application has dependency jars
   * @param jvmOptions the options the JVM starts with: its flags and the words of {@code
   *     JAVA_TOOL_OPTIONS} and {@code JDK_JAVA_OPTIONS}
   */
  static Map<String, String> added(
      Set<String> found, boolean hasLibraries, List<String> jvmOptions, ModuleFinder available) {
    Set<String> linked = closure(found, available);
    Map<String, String> added = new LinkedHashMap<>();
    added.put(
        "jdk.crypto.ec",
        "TLS with elliptic-curve keys and key exchange, which most HTTPS servers choose; a provider"
            + " the JDK loads by name");
    if (hasLibraries) {
      added.put(
          "jdk.unsupported",
          "sun.misc.Unsafe and sun.reflect.ReflectionFactory, which libraries reach by reflection"
              + " (Netty, Byte Buddy, Objenesis)");
      added.put(
          "jdk.zipfs",
          "the jar: file system (FileSystems.newFileSystem), which class-path scanners and"
              + " frameworks open by URI scheme");
    }
    if (linked.contains("java.naming")) {
      added.put("jdk.naming.dns", "JNDI dns: lookups, a provider java.naming loads by name");
    }
    if (linked.contains("java.management")) {
      added.put(
          "jdk.management",
          "com.sun.management's platform MXBeans (process CPU, memory), which metrics libraries"
              + " load by name");
    }
    if (jvmOptions.stream().anyMatch(option -> option.startsWith("-javaagent:"))) {
      added.put("java.instrument", "the -javaagent the JVM starts with");
    }
    added.keySet().removeIf(module -> linked.contains(module) || available.find(module).isEmpty());
    return added;
  }

  /** {@code roots} and every module they require, directly or not, that {@code modules} has. */
  static Set<String> closure(Set<String> roots, ModuleFinder modules) {
    Set<String> closure = new TreeSet<>();
    Deque<String> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (closure.add(name)) {
        modules
            .find(name)
            .ifPresent(
                module -> module.descriptor().requires().forEach(r -> pending.push(r.name())));
      }
    }
    return closure;
  }
}
