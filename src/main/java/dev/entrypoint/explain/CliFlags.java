package dev.entrypoint.explain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options one engine command accepts, as its command-line library (spf13/pflag) knows them: a
 * long name, an optional one-letter shorthand, and whether the option takes a value. Whether an
 * option takes a value decides where the options end and the image name starts, so a table must
 * list every option, hidden ones included.
 */
final class CliFlags {

  /** One option. */
  record Flag(String name, Character shorthand, boolean takesValue) {

    /** How pflag names the option in its errors: {@code --rm} or {@code -d, --detach}. */
    String display() {
      return (shorthand == null ? "" : "-" + shorthand + ", ") + "--" + name;
    }
  }

  private final Map<String, Flag> byName = new HashMap<>();
  private final Map<Character, Flag> byShorthand = new HashMap<>();

  private CliFlags() {}

  /**
   * A table from two lists of space-separated options, each {@code name} or {@code x|name} (with
   * shorthand {@code x}): those that are switches, and those that take a value.
   */
  static CliFlags of(String switches, String valued) {
    CliFlags flags = new CliFlags();
    flags.add(switches, false);
    flags.add(valued, true);
    return flags;
  }

  /** This table without the given options, space-separated long names. */
  CliFlags without(String names) {
    CliFlags flags = new CliFlags();
    for (Flag flag : byName.values()) {
      if (!(" " + names + " ").contains(" " + flag.name() + " ")) {
        flags.put(flag);
      }
    }
    return flags;
  }

  /** The option called {@code --name}. */
  Optional<Flag> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The option called {@code -c}. */
  Optional<Flag> shorthand(char c) {
    return Optional.ofNullable(byShorthand.get(c));
  }

  private void add(String list, boolean takesValue) {
    for (String entry : list.strip().split("\\s+")) {
      int bar = entry.indexOf('|');
      put(
          bar < 0
              ? new Flag(entry, null, takesValue)
              : new Flag(entry.substring(bar + 1), entry.charAt(0), takesValue));
    }
  }

  private void put(Flag flag) {
    byName.put(flag.name(), flag);
    if (flag.shorthand() != null) {
      byShorthand.put(flag.shorthand(), flag);
    }
  }
}
