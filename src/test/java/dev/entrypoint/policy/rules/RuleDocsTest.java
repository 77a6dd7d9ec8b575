package dev.entrypoint.policy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entrypoint.policy.Rule;
import dev.entrypoint.policy.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule has its page, and the goal's page lists every rule: the catalog and docs agree. */
class RuleDocsTest {

  private static final RuleCatalog CATALOG = StandardRules.catalog(List.of());

  static Stream<Rule> rules() {
    return CATALOG.rules().stream();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void hasAPageThatNamesItAndItsDefaultSeverity(Rule rule) throws IOException {
    Path page = Path.of(rule.docPage());

    assertThat(page).isRegularFile();
    List<String> lines = Files.readAllLines(page);
    assertThat(lines.get(0)).isEqualTo("# `" + rule.id() + "`: " + rule.name());
    assertThat(lines.get(2)).startsWith("Default severity: **" + rule.defaultSeverity().id());
    assertThat(String.join("\n", lines)).contains("## Bad", "## Good", "## Suppress it");
  }

  @ParameterizedTest
  @MethodSource("rules")
  void isListedOnTheGoalsPage(Rule rule) throws IOException {
    assertThat(Files.readString(Path.of("docs/check.md")))
        .contains("| [`" + rule.id() + "`](rules/" + rule.id() + ".md) |");
  }

  @Test
  void everyPageBelongsToARule() throws IOException {
    try (Stream<Path> pages = Files.list(Path.of("docs/rules"))) {
      assertThat(pages.map(page -> page.getFileName().toString().replace(".md", "")))
          .allSatisfy(id -> assertThat(CATALOG.find(id)).isPresent());
    }
  }
}
