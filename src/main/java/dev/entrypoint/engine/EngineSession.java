package dev.entrypoint.engine;

import dev.entrypoint.BuildLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records every container and image it creates and removes them on {@link #close()}, also when the
 * code that used them threw. Until then {@link ShutdownCleanup} removes them if the build is
 * interrupted (Ctrl-C, SIGTERM). A removal that fails is logged as a warning, never thrown over
 * another failure.
 *
 * <p>Every container carries the label {@value #LABEL}{@code =<session id>} and its {@link
 * RunOwner}'s labels, and every loaded image its owner's {@link LoadedImage records}, so that what
 * a killed build left behind can be found ({@code docker ps -a --filter label=dev.entrypoint.run})
 * and is removed by the next verify ({@link AbandonedRuns}).
 */
public final class EngineSession implements AutoCloseable {

  /** The label every container of a session carries, with the session id as its value. */
  public static final String LABEL = "dev.entrypoint.session";

  /** How often a container's removal is tried, a second apart, before the failure is reported. */
  private static final int REMOVAL_ATTEMPTS = 5;

  private static final long REMOVAL_PAUSE_MILLIS = 1_000;

  private final ContainerEngine engine;
  private final String namePrefix;
  private final BuildLog log;
  private final RunOwner owner;
  private final String id = UUID.randomUUID().toString().substring(0, 8);
  private final List<Container> containers = new ArrayList<>();
  private final List<LoadedImage> images = new ArrayList<>();
  private final ShutdownCleanup shutdown;
  private int created;
  private boolean closed;

  EngineSession(
      ContainerEngine engine,
      String namePrefix,
      BuildLog log,
      ShutdownCleanup shutdown,
      RunOwner owner) {
    this.engine = engine;
    this.namePrefix = namePrefix;
    this.log = log;
    this.shutdown = shutdown;
    this.owner = owner;
    shutdown.register(this);
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
   * names}, given back to that image, so a user's images are as they were before. A load that
   * fails, or is interrupted, is cleaned up as far as it got.
   */
  public synchronized String load(Path imageTar, List<String> names) {
    checkOpen();
    LoadedImage image = new LoadedImage(owner, id);
    images.add(image);
    for (String name : names) {
      engine.imageId(name).ifPresent(previous -> image.taking(engine, name, previous));
    }
    List<String> loaded;
    try {
      loaded = engine.load(imageTar);
    } catch (EngineException failed) {
      recordPartialLoad(image, names);
      throw failed;
    }
    for (String reference : loaded) {
      if (!image.took(reference)) {
        image.added(engine, reference);
      }
    }
    image.loaded(engine, loaded.get(0));
    return loaded.get(0);
  }

  /**
   * Records the names a failed load may still have given its image (the engine may finish a load
   * whose command was interrupted), so that close removes them.
   */
  private void recordPartialLoad(LoadedImage image, List<String> names) {
    boolean interrupted = Thread.interrupted();
    try {
      for (String name : names) {
        Optional<String> now = engine.imageId(name);
        if (now.isPresent() && !image.took(name)) {
          image.added(engine, name);
          image.loaded(engine, name);
        }
      }
    } catch (RuntimeException e) {
      log.debug("could not tell what the failed load of " + names + " left: " + e.getMessage());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Creates a container from {@code spec}, labelled with this session and its owner and, unless the
   * spec names it, named {@code <prefix><session id>-<n>}.
   *
   * @throws ContainerCreateException when the engine refuses, with the engine's message
   */
  public synchronized Container create(ContainerSpec spec) {
    checkOpen();
    created++;
    ContainerSpec labelled =
        (spec.name() == null ? spec.withName(namePrefix + id + "-" + created) : spec)
            .withLabel(LABEL, id);
    for (var label : owner.labels().entrySet()) {
      labelled = labelled.withLabel(label.getKey(), label.getValue());
    }
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
  public void close() {
    boolean interrupted = Thread.interrupted();
    try {
      removeContainers();
      releaseImages();
    } finally {
      shutdown.forget(this);
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Removes this session's containers; from now on it creates and loads nothing. */
  synchronized void removeContainers() {
    closed = true;
    for (Container container : containers) {
      attempt(() -> removeSoon(container), "container " + container);
    }
    containers.clear();
  }

  /**
   * Removes the container, trying again for a few seconds: at shutdown a scenario's thread may
   * still be stopping or waiting for the same container, and Podman then refuses the removal.
   */
  private void removeSoon(Container container) {
    for (int attempt = 1; ; attempt++) {
      try {
        engine.remove(container);
        return;
      } catch (EngineException refused) {
        if (attempt == REMOVAL_ATTEMPTS) {
          throw refused;
        }
        log.debug("removing " + container + " failed, trying again: " + refused.getMessage());
      }
      try {
        Thread.sleep(REMOVAL_PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Gives back the names this session's loads took and removes the images they loaded; the
   * containers must be gone first.
   */
  synchronized void releaseImages() {
    closed = true;
    for (LoadedImage image : images) {
      image.release(engine, this::warn);
    }
    images.clear();
  }

  private void attempt(Runnable removal, String what) {
    try {
      removal.run();
    } catch (RuntimeException e) {
      warn(what, e);
    }
  }

  /** A cleanup step that failed; the message names the command, so the user can run it by hand. */
  private void warn(String what, RuntimeException e) {
    log.warn(
        "could not clean up the "
            + what
            + ": "
            + e.getMessage()
            + "; the next entrypoint:verify on this machine cleans it up, once this build has ended");
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("session " + id + " is closed");
    }
    if (shutdown.shuttingDown()) {
      throw new EngineException("the build is being stopped: " + this + " creates nothing more");
    }
  }

  @Override
  public String toString() {
    return "session " + id + " on " + engine;
  }
}
