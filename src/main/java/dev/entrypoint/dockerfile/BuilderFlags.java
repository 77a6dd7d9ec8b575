package dev.entrypoint.dockerfile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name=value} flags at the start of an instruction's arguments, read as Docker's
 * parser reads them (for every instruction), and checked against the flags each instruction
 * accepts.
 */
final class BuilderFlags {

  private enum Type {
    BOOLEAN,
    STRING,
    REPEATED
  }

  private static final Map<Keyword, Map<String, Type>> ACCEPTED = new EnumMap<>(Keyword.class);

  static {
    ACCEPTED.put(
        Keyword.ADD,
        Map.of(
            "chown",
            Type.STRING,
            "chmod",
            Type.STRING,
            "link",
            Type.BOOLEAN,
            "keep-git-dir",
            Type.BOOLEAN,
            "checksum",
            Type.STRING,
            "unpack",
            Type.BOOLEAN,
            "exclude",
            Type.REPEATED));
    ACCEPTED.put(
        Keyword.COPY,
        Map.of(
            "chown",
            Type.STRING,
            "chmod",
            Type.STRING,
            "from",
            Type.STRING,
            "link",
            Type.BOOLEAN,
            "exclude",
            Type.REPEATED,
            "parents",
            Type.BOOLEAN));
    ACCEPTED.put(Keyword.FROM, Map.of("platform", Type.STRING));
    ACCEPTED.put(
        Keyword.RUN,
        Map.of(
            "mount",
            Type.REPEATED,
            "network",
            Type.STRING,
            "security",
            Type.STRING,
            "device",
            Type.REPEATED));
    ACCEPTED.put(
        Keyword.HEALTHCHECK,
        Map.of(
            "interval",
            Type.STRING,
            "timeout",
            Type.STRING,
            "start-period",
            Type.STRING,
            "start-interval",
            Type.STRING,
            "retries",
            Type.STRING));
  }

  /** The flags, and the offset in the text where the arguments after them start. */
  record Split(List<String> flags, int argumentsOffset) {}

  private BuilderFlags() {}

  /** Reads the leading flags of {@code text}; quotes are removed and {@code escape} escapes. */
  static Split split(String text, char escape) {
    List<String> flags = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    boolean blankOk = false;
    for (int pos = 0; pos <= text.length(); pos++) {
      if (!inWord && quote == 0) {
        if (pos == text.length()) {
          break;
        }
        char c = text.charAt(pos);
        if (Whitespace.isSpace(c)) {
          continue;
        }
        if (c != '-' || pos + 1 == text.length() || text.charAt(pos + 1) != '-') {
          return new Split(flags, pos);
        }
        inWord = true;
      }
      if (pos == text.length()) {
        if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
          flags.add(word.toString());
        }
        break;
      }
      char c = text.charAt(pos);
      if (quote == 0) {
        if (Whitespace.isSpace(c)) {
          inWord = false;
          if (word.toString().equals("--")) {
            return new Split(flags, pos);
          }
          if (blankOk || word.length() > 0) {
            flags.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (c == '\'' || c == '"') {
          quote = c;
          blankOk = true;
          continue;
        }
      } else if (c == quote) {
        quote = 0;
        continue;
      }
      if (c == escape) {
        if (pos + 1 == text.length()) {
          quote = 0;
          continue;
        }
        c = text.charAt(++pos);
      }
      word.append(c);
    }
    return new Split(flags, text.length());
  }

  /**
   * Docker's complaint about {@code flags} on a {@code keyword} instruction, or null when it
   * accepts them. STOPSIGNAL and ARG never look at their flags, nor does {@code HEALTHCHECK NONE}.
   */
  static String problem(Keyword keyword, List<String> flags) {
    if (keyword == Keyword.STOPSIGNAL || keyword == Keyword.ARG) {
      return null;
    }
    Map<String, Type> accepted = ACCEPTED.getOrDefault(keyword, Map.of());
    Set<String> used = new HashSet<>();
    for (String flag : flags) {
      if (!flag.startsWith("--")) {
        return "arg should start with -- : " + flag;
      }
      int equals = flag.indexOf('=');
      String name = equals < 0 ? flag : flag.substring(0, equals);
      String value = equals < 0 ? null : flag.substring(equals + 1);
      Type type = accepted.get(name.substring(2));
      if (type == null) {
        return "unknown flag: "
            + name
            + (accepted.isEmpty()
                ? " (" + keyword + " takes no flags)"
                : " ("
                    + keyword
                    + " takes --"
                    + String.join(", --", accepted.keySet().stream().sorted().toList())
                    + ")");
      }
      if (!used.add(name) && type != Type.REPEATED) {
        return "duplicate flag specified: " + name;
      }
      if (type == Type.BOOLEAN) {
        if (value != null && value.isEmpty()) {
          return "missing a value on flag: " + name;
        }
        String lower = value == null ? "" : value.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && !lower.equals("true") && !lower.equals("false")) {
          return "expecting boolean value for flag " + name + ", not: " + value;
        }
      } else if (value == null) {
        return "missing a value on flag: " + name;
      }
    }
    return null;
  }

  /** The value of {@code --name=value} among {@code flags}, or null when absent. */
  static String value(List<String> flags, String name) {
    for (String flag : flags) {
      if (flag.startsWith("--" + name + "=")) {
        return flag.substring(name.length() + 3);
      }
    }
    return null;
  }
}
