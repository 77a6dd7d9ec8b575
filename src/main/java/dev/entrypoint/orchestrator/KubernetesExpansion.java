package dev.entrypoint.orchestrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Kubernetes' {@code $(VAR)} expansion of a container's {@code command}, {@code args} and {@code
 * env} values, as the kubelet does it (its {@code expansion} package): {@code $(NAME)} becomes the
 * value of the container's variable NAME, or stays as written when there is none; {@code $$}
 * becomes {@code $}, so {@code $$(NAME)} is the text {@code $(NAME)}; any other {@code $} and an
 * unclosed {@code $(} stay as written. Nothing else, no shell, no {@code ${VAR}}.
 */
public final class KubernetesExpansion {

  private KubernetesExpansion() {}

  /** {@code input} with its references replaced by what {@code variables} gives for them. */
  public static String expand(String input, Function<String, Optional<String>> variables) {
    StringBuilder out = new StringBuilder();
    int checkpoint = 0;
    for (int cursor = 0; cursor < input.length(); cursor++) {
      if (input.charAt(cursor) != '$' || cursor + 1 >= input.length()) {
        continue;
      }
      out.append(input, checkpoint, cursor);
      char next = input.charAt(cursor + 1);
      int advance = 1;
      if (next == '$') {
        out.append('$');
      } else if (next == '(') {
        int close = input.indexOf(')', cursor + 2);
        if (close < 0) {
          out.append("$(");
        } else {
          String name = input.substring(cursor + 2, close);
          out.append(variables.apply(name).orElse("$(" + name + ")"));
          advance = close - cursor;
        }
      } else {
        out.append('$').append(next);
      }
      cursor += advance;
      checkpoint = cursor + 1;
    }
    return out.append(input.substring(checkpoint)).toString();
  }

  /** The names {@code input} refers to with {@code $(NAME)}, in order, escapes left out. */
  public static List<String> references(String input) {
    List<String> names = new ArrayList<>();
    expand(
        input,
        name -> {
          if (!names.contains(name)) {
            names.add(name);
          }
          return Optional.empty();
        });
    return names;
  }
}
