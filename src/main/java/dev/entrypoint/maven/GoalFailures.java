package dev.entrypoint.maven;

import dev.entrypoint.ConfigurationException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one place where the core's failures become Maven's: a user's mistake (bad configuration, a
 * broken policy) fails the build with {@link MojoFailureException}; a build that could not run
 * (I/O, an unreachable daemon or registry, an interrupt) with {@link MojoExecutionException}.
 */
final class GoalFailures {

  /** A goal's work, which may throw anything the core throws. */
  @FunctionalInterface
  interface Work {
    void run() throws Exception;
  }

  private GoalFailures() {}

  /** Runs {@code work}, translating its failures. */
  static void run(String goal, Work work) throws MojoExecutionException, MojoFailureException {
    try {
      work.run();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw e;
    } catch (ConfigurationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MojoExecutionException(goal + " was interrupted", e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(goal + " failed unexpectedly: " + e, e);
    } catch (Exception e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
