package dev.entrypoint.policy;

import dev.entrypoint.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules a check runs, in the order reports list them, each under a unique id. */
public final class RuleCatalog {

  private final Map<String, Rule> rules = new LinkedHashMap<>();

  /** A catalog of {@code rules}; every rule must check at least one kind of input. */
  public RuleCatalog(List<? extends Rule> rules) {
    for (Rule rule : rules) {
      if (!(rule instanceof DockerfileRule
          || rule instanceof ImageRule
          || rule instanceof ImageFilesRule
          || rule instanceof ComposeRule
          || rule instanceof KubernetesRule)) {
        throw new IllegalArgumentException(rule.id() + " checks no kind of input");
      }
      if (this.rules.putIfAbsent(rule.id(), rule) != null) {
        throw new IllegalArgumentException("two rules have the id " + rule.id());
      }
    }
  }

  /** Every rule, in catalog order. */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule with {@code id}, if there is one. */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The rule with {@code id}; a {@link ConfigurationException} naming {@code pomElement} and the
   * closest ids when there is none.
   */
  public Rule require(String id, String pomElement) {
    Rule rule = rules.get(id);
    if (rule != null) {
      return rule;
    }
    String close =
        rules.keySet().stream()
            .filter(known -> sharesAWord(known, id))
            .collect(Collectors.joining(", "));
    throw new ConfigurationException(
        pomElement
            + " names rule '"
            + id
            + "', which does not exist"
            + (close.isEmpty() ? "" : "; did you mean " + close + "?")
            + " The rules are listed in docs/check.md.");
  }

  private static boolean sharesAWord(String known, String wanted) {
    for (String word : wanted.split("-")) {
      if (word.length() > 2 && known.contains(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "rules " + rules.keySet();
  }
}
