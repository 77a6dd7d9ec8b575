package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgvTest {

  @Test
  void quotesOnlyWordsAShellWouldChange() {
    assertThat(Argv.shellQuoted(List.of("echo", "Rocks!!", "it's", "", "a=b")))
        .isEqualTo("echo 'Rocks!!' 'it'\"'\"'s' '' a=b");
  }

  @Test
  void rendersJsonAsADockerfileWritesIt() {
    assertThat(Argv.json(List.of("a", "b \"c\"", "tab\t")))
        .isEqualTo("[\"a\", \"b \\\"c\\\"\", \"tab\\t\"]");
  }

  @Test
  void rendersEmptyAndUnsetApart() {
    assertThat(Argv.json(List.of())).isEqualTo("[]");
    assertThat(Argv.json(List.of(""))).isEqualTo("[\"\"]");
    assertThat(Argv.json(null)).isEqualTo("null");
  }
}
