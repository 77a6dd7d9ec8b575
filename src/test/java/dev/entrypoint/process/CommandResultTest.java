package dev.entrypoint.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandResultTest {

  @Test
  void errorTextIsStderrWithoutBlankLinesOrStdoutWhenStderrIsEmpty() {
    assertThat(new CommandResult(125, "ignored", "\nError: no command\n\n  more  \n").errorText())
        .isEqualTo("Error: no command\nmore");
    assertThat(new CommandResult(1, "only stdout\n", "").errorText()).isEqualTo("only stdout");
  }
}
