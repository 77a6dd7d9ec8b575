package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records every container and image it creates and removes them on {@link #close()}, also when the
 * code that used them threw. Until then a JVM shutdown hook removes them if the build is
 * interrupted (Ctrl-C). A removal that fails is logged as a warning, never thrown over another
 * failure.
 *
 * <p>Every container carries the label {@value #LABEL}{@code =<session id>}, so leftovers of a
 * killed build can be found with {@code docker ps -a --filter label=dev.entrypoint.session}.
 */
public final class EngineSession implements AutoCloseable {

  /** The label every container of a session carries, with the session id as its value. */
  public static final String LABEL = "dev.entrypoint.session";

  private final ContainerEngine engine;
  private final String namePrefix;
  private final BuildLog log;
  private final String id = UUID.randomUUID().toString().substring(0, 8);
  private final List<Container> containers = new ArrayList<>();
  private final Set<String> images = new LinkedHashSet<>();

  /** Names a load took from images the engine had before, and the ids to give them back to. */
  private final Map<String, String> namesToRestore = new LinkedHashMap<>();

  private final Thread shutdownHook = new Thread(this::removeAll, "entrypoint-engine-cleanup");
  private int created;
  private boolean closed;

  EngineSession(ContainerEngine engine, String namePrefix, BuildLog log) {
    this.engine = engine;
    this.namePrefix = namePrefix;
    this.log = log;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** The engine this session works on. */
  public ContainerEngine engine() {
    return engine;
  }

  /** The session id, the value of its containers' {@value #LABEL} label. */
  public String id() {
    return id;
  }

  /**
   * Loads an image tar whose image is tagged {@code names} and returns the first reference it was
   * loaded as (Podman names a short name {@code localhost/NAME:TAG}). On close every reference it
   * was loaded as is removed again, or, where the engine already had an image of one of {@code
   * names}, given back to that image, so a user's images are as they were before.
   */
  public synchronized String load(Path imageTar, List<String> names) {
    checkOpen();
    Map<String, String> before = new LinkedHashMap<>();
    for (String name : names) {
      engine.imageId(name).ifPresent(id -> before.put(name, id));
    }
    List<String> loaded = engine.load(imageTar);
    for (String reference : loaded) {
      Optional<String> previous =
          before.entrySet().stream()
              .filter(
                  name ->
                      reference.equals(name.getKey()) || reference.endsWith("/" + name.getKey()))
              .map(Map.Entry::getValue)
              .findFirst();
      if (previous.isPresent()) {
        namesToRestore.put(reference, previous.get());
      } else {
        images.add(reference);
      }
    }
    return loaded.get(0);
  }

  /**
   * Creates a container from {@code spec}, labelled with this session and, unless the spec names
   * it, named {@code <prefix><session id>-<n>}.
   *
   * @throws ContainerCreateException when the engine refuses, with the engine's message
   */
  public synchronized Container create(ContainerSpec spec) {
    checkOpen();
    created++;
    ContainerSpec labelled =
        (spec.name() == null ? spec.withName(namePrefix + id + "-" + created) : spec)
            .withLabel(LABEL, id);
    Container container = engine.create(labelled);
    containers.add(container);
    return container;
  }

  /** Removes one of this session's containers now, rather than on close. */
  public synchronized void remove(Container container) {
    engine.remove(container);
    containers.remove(container);
  }

  /**
   * Removes every container, then every image, this session recorded. It does so even when the
   * thread was interrupted (the flag is set again afterwards), since an interrupted build is when
   * cleanup matters most.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      log.debug("the JVM is shutting down; its hook removes this session's containers");
    }
    boolean interrupted = Thread.interrupted();
    try {
      removeAll();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized void removeAll() {
    for (Container container : containers) {
      attempt(() -> engine.remove(container), "container " + container);
    }
    containers.clear();
    for (String image : images) {
      attempt(() -> engine.removeImage(image), "image " + image);
    }
    images.clear();
    namesToRestore.forEach(
        (name, id) ->
            attempt(
                () -> engine.tag(id, name), "name " + name + " (giving it back to " + id + ")"));
    namesToRestore.clear();
  }

  /** Runs one removal; a failure names the command that failed, so the user can run it by hand. */
  private void attempt(Runnable removal, String what) {
    try {
      removal.run();
    } catch (RuntimeException e) {
      log.warn("could not remove the " + what + " this build created: " + e.getMessage());
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("session " + id + " is closed");
    }
  }

  @Override
  public String toString() {
    return "session " + id + " on " + engine;
  }
}
