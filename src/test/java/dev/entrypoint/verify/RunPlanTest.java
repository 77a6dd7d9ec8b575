package dev.entrypoint.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunPlanTest {

  private static final HttpExpectation HTTP =
      new HttpExpectation(8080, "/", 200, null, Duration.ofSeconds(5));

  @Test
  void argvChecksAloneNeverStartTheContainer() {
    Expectation argv = Expectation.none().argv(List.of("echo"));

    assertThat(argv.plan()).isEqualTo(RunPlan.CREATE_ONLY);
  }

  @Test
  void anExitCodeIsWaitedFor() {
    assertThat(Expectation.none().exitCode(0).plan().awaitsExit()).isTrue();
  }

  @Test
  void outputAloneWaitsForTheExitButNotAfterHttpOrAStop() {
    assertThat(Expectation.none().stdout("x").plan().awaitsExit()).isTrue();
    assertThat(Expectation.none().stdout("x").http(HTTP).plan().awaitsExit()).isFalse();
    assertThat(
            Expectation.none().stdout("x").stopsWithin(Duration.ofSeconds(3)).plan().awaitsExit())
        .isFalse();
  }

  @Test
  void plansAddUpAndKeepTheShorterStop() {
    RunPlan plan =
        Expectation.none()
            .http(HTTP)
            .stopsWithin(Duration.ofSeconds(10))
            .stopsWithin(Duration.ofSeconds(3))
            .plan();

    assertThat(plan.start()).isTrue();
    assertThat(plan.http()).containsExactly(HTTP);
    assertThat(plan.stopWithin()).isEqualTo(Duration.ofSeconds(3));
  }
}
