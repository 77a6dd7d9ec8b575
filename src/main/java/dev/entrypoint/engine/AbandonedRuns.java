package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What builds that were killed outright ({@code kill -9}, a lost machine) left in an engine: the
 * containers and loaded images whose {@link RunOwner} ran on this host and is gone. {@link #clean}
 * removes them, containers first, gives the names their loads took back, and says what it did.
 */
public final class AbandonedRuns {

  private AbandonedRuns() {}

  /**
   * Removes what runs whose process is gone left in {@code engine} and logs it; a failure is a
   * warning, never the end of the build that called it.
   */
  public static void clean(ContainerEngine engine, BuildLog log) {
    Map<RunOwner, List<String>> removed = new LinkedHashMap<>();
    try {
      for (Container container : engine.containersLabelled(RunOwner.RUN_LABEL)) {
        Optional<RunOwner> owner = RunOwner.ofLabels(engine.containerLabels(container.id()));
        if (owner.isPresent() && owner.get().isGone()) {
          engine.remove(container);
          removed
              .computeIfAbsent(owner.get(), o -> new ArrayList<>())
              .add("container " + container);
        }
      }
      for (LoadedImage image : LoadedImage.recordedIn(engine.imageReferences())) {
        if (image.owner().isGone()) {
          image.release(
              engine,
              (what, e) ->
                  log.warn(
                      "could not clean up the "
                          + what
                          + " that "
                          + image.owner()
                          + " left on "
                          + engine.kind().command()
                          + ": "
                          + e.getMessage()));
          removed
              .computeIfAbsent(image.owner(), o -> new ArrayList<>())
              .add("the image it loaded as " + String.join(", ", image.names()));
        }
      }
    } catch (EngineException e) {
      log.warn(
          "could not look for what killed builds left on "
              + engine.kind().command()
              + ": "
              + e.getMessage());
    }
    removed.forEach(
        (owner, what) ->
            log.info(
                "Removed what an earlier build left on "
                    + engine
                    + " ("
                    + owner
                    + ", no longer running): "
                    + String.join("; ", what)
                    + "."));
  }
}
