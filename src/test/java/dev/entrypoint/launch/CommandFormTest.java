package dev.entrypoint.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandFormTest {

  @Test
  void shellWrappedKeepsTheLineWhole() {
    assertThat(CommandForm.shellWrapped("echo a  b")).containsExactly("/bin/sh", "-c", "echo a  b");
  }

  @Test
  void aThreeElementShellDashCArrayReadsAsShellForm() {
    assertThat(CommandForm.of(List.of("/bin/sh", "-c", "x"))).isEqualTo(CommandForm.SHELL);
    assertThat(CommandForm.of(List.of("bash", "-c", "x"))).isEqualTo(CommandForm.SHELL);
  }

  @Test
  void otherArraysReadAsExecForm() {
    assertThat(CommandForm.of(List.of("java", "-c", "x"))).isEqualTo(CommandForm.EXEC);
    assertThat(CommandForm.of(List.of("/bin/sh", "-c", "x", "y"))).isEqualTo(CommandForm.EXEC);
    assertThat(CommandForm.of(List.of("/bin/sh"))).isEqualTo(CommandForm.EXEC);
    assertThat(CommandForm.of(List.of())).isEqualTo(CommandForm.EXEC);
  }
}
