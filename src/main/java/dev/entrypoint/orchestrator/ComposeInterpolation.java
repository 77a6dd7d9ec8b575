package dev.entrypoint.orchestrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compose's variable interpolation, as Compose v2 (compose-go) does it before it reads any value:
 * {@code $$} is a literal {@code $}; {@code $VAR} and {@code ${VAR}} are the variable's value, or
 * empty with a warning when it is unset; {@code ${VAR:-default}} and {@code ${VAR-default}} fall
 * back when the variable is unset or empty (unset only, without the colon); {@code ${VAR:?error}}
 * and {@code ${VAR?error}} stop Compose with the error; {@code ${VAR:+other}} and {@code
 * ${VAR+other}} give the other text when the variable is set and non-empty (set). Defaults may nest
 * further expressions. Any other {@code $} is an error. Values come from the environment that runs
 * Compose and the {@code .env} file, never from a service's {@code environment}.
 */
public final class ComposeInterpolation {

  /** Interpolated text, and the variables it read that were not set. */
  public record Result(String text, List<String> unset) {

    public Result {
      unset = List.copyOf(unset);
    }
  }

  /** A value Compose refuses to interpolate; the message says why. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  private final Function<String, Optional<String>> variables;
  private final List<String> unset = new ArrayList<>();

  private ComposeInterpolation(Function<String, Optional<String>> variables) {
    this.variables = variables;
  }

  /**
   * Interpolates {@code template} with {@code variables}, which gives a variable's value or empty
   * when it is unset.
   *
   * @throws Failure when the text has a {@code $} Compose cannot read, or a required variable is
   *     missing
   */
  public static Result interpolate(String template, Function<String, Optional<String>> variables)
      throws Failure {
    ComposeInterpolation interpolation = new ComposeInterpolation(variables);
    String text = interpolation.substitute(template);
    return new Result(text, interpolation.unset);
  }

  /**
   * The names of the variables {@code template} refers to, in order, those in defaults included;
   * empty when it is invalid.
   */
  public static List<String> references(String template) {
    List<String> names = new ArrayList<>();
    for (Optional<String> value : List.of(Optional.of("x"), Optional.<String>empty())) {
      try {
        interpolate(
            template,
            name -> {
              if (!names.contains(name)) {
                names.add(name);
              }
              return value;
            });
      } catch (Failure missingOrInvalid) {
        // the other pass reads what this one could not
      }
    }
    return names;
  }

  private String substitute(String template) throws Failure {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= template.length()) {
        throw invalid(template, i);
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int close = closingBrace(template, i + 2);
        if (close < 0) {
          throw invalid(template, i);
        }
        out.append(braced(template, template.substring(i + 2, close), i));
        i = close + 1;
      } else if (isNameStart(next)) {
        int end = nameEnd(template, i + 1);
        out.append(value(template.substring(i + 1, end)));
        i = end;
      } else {
        throw invalid(template, i);
      }
    }
    return out.toString();
  }

  private String braced(String template, String inner, int at) throws Failure {
    if (inner.isEmpty() || !isNameStart(inner.charAt(0))) {
      throw invalid(template, at);
    }
    int end = nameEnd(inner, 0);
    String name = inner.substring(0, end);
    String rest = inner.substring(end);
    if (rest.isEmpty()) {
      return value(name);
    }
    boolean colon = rest.startsWith(":");
    String operator = colon ? rest.substring(1, Math.min(2, rest.length())) : rest.substring(0, 1);
    String argument = rest.substring(colon ? 2 : 1);
    Optional<String> value = variables.apply(name);
    boolean present = colon ? value.filter(v -> !v.isEmpty()).isPresent() : value.isPresent();
    switch (operator) {
      case "-" -> {
        return present ? value.get() : substitute(argument);
      }
      case "+" -> {
        return present ? substitute(argument) : "";
      }
      case "?" -> {
        if (present) {
          return value.get();
        }
        throw new Failure(
            "required variable "
                + name
                + " is missing a value: "
                + substitute(argument)
                + ". Set "
                + name
                + " in the environment that runs Compose or in the .env file beside the Compose"
                + " file");
      }
      default -> throw invalid(template, at);
    }
  }

  private String value(String name) {
    Optional<String> value = variables.apply(name);
    if (value.isEmpty() && !unset.contains(name)) {
      unset.add(name);
    }
    return value.orElse("");
  }

  /** The index of the brace that closes an expression whose text starts at {@code from}. */
  private static int closingBrace(String template, int from) {
    int depth = 1;
    for (int i = from; i < template.length(); i++) {
      if (template.startsWith("${", i)) {
        depth++;
        i++;
      } else if (template.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int nameEnd(String text, int from) {
    int end = from;
    while (end < text.length()
        && (isNameStart(text.charAt(end)) || Character.isDigit(text.charAt(end)))) {
      end++;
    }
    return end;
  }

  private static Failure invalid(String template, int at) {
    return new Failure(
        "invalid interpolation format in \""
            + template
            + "\": the $ at character "
            + (at + 1)
            + " starts no $VAR or ${VAR...}, so Compose refuses the file. Write $$ for a $ that"
            + " the container should get");
  }
}
