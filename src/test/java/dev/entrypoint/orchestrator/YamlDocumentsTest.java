package dev.entrypoint.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlDocumentsTest {

  @Test
  void keepsTheLineOfEveryKey() {
    YamlNode root =
        YamlDocuments.parse("services:\n  web:\n\n    command: [a, b]\n", "compose.yaml").get(0);

    YamlNode.Entry command = root.get("services").get().get("web").get().entry("command").get();
    assertThat(command.line()).isEqualTo(4);
    assertThat(command.value().items()).extracting(YamlNode::text).containsExactly("a", "b");
  }

  @Test
  void readsEveryDocumentOfAStream() {
    assertThat(YamlDocuments.parse("kind: Pod\n---\nkind: Service\n---\n", "k.yaml"))
        .extracting(node -> node.isNull() ? "empty" : node.get("kind").get().text())
        .containsExactly("Pod", "Service", "empty");
  }

  @Test
  void typesScalarsAsYamlOnePointTwoCore() {
    YamlNode args = YamlDocuments.parse("[\"8080\", 8080, true, yes, ~, '']", "x").get(0);

    assertThat(args.items())
        .extracting(YamlNode::describe)
        .containsExactly("a string", "a number", "a boolean", "a string", "null", "a string");
  }

  @Test
  void appliesMergeKeysWithOwnKeysWinning() {
    YamlNode web =
        YamlDocuments.parse(
                "x-base: &base\n  image: app:1\n  command: [a]\nweb:\n  <<: *base\n  command: [b]\n",
                "compose.yaml")
            .get(0)
            .get("web")
            .get();

    assertThat(web.get("image").get().text()).isEqualTo("app:1");
    assertThat(web.get("command").get().items()).extracting(YamlNode::text).containsExactly("b");
  }

  @Test
  void refusesAKeyWrittenTwiceNamingBothLines() {
    assertThatThrownBy(() -> YamlDocuments.parse("web:\n  image: a\n  image: b\n", "compose.yaml"))
        .isInstanceOf(YamlFileException.class)
        .hasMessageStartingWith("compose.yaml:3: the key 'image' is already defined at line 2");
  }

  @Test
  void malformedYamlNamesFileAndLineWithoutAStackTraceInTheMessage() {
    assertThatThrownBy(
            () -> YamlDocuments.parse("services:\n  web:\n    image: a\n   command: b\n", "c.yaml"))
        .isInstanceOf(YamlFileException.class)
        .satisfies(
            e -> {
              YamlFileException problem = (YamlFileException) e;
              assertThat(problem.path()).isEqualTo("c.yaml");
              assertThat(problem.line()).isEqualTo(4);
              assertThat(problem.getMessage())
                  .startsWith("c.yaml:4: this is not valid YAML: ")
                  .doesNotContain("\tat ");
            });
  }

  @Test
  void aTabIndentIsAnError() {
    assertThatThrownBy(() -> YamlDocuments.parse("web:\n\timage: a\n", "c.yaml"))
        .isInstanceOf(YamlFileException.class)
        .hasMessageStartingWith("c.yaml:2: this is not valid YAML");
  }

  @Test
  void anEmptyFileHasNoDocument() {
    assertThat(YamlDocuments.parse("", "c.yaml")).isEqualTo(List.of());
  }
}
