package dev.entrypoint.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans up after an interrupted build (Ctrl-C, SIGTERM) as the JVM's shutdown hook: it removes the
 * containers of every open {@link EngineSession} first, and only then their images, so that no
 * image removal fails on a container of another session. The JVM waits for it before it exits; from
 * its start on, sessions create and load nothing more.
 */
final class ShutdownCleanup {

  /** The one that runs as the JVM's shutdown hook. */
  static final ShutdownCleanup JVM = new ShutdownCleanup();

  private final Set<EngineSession> open = new LinkedHashSet<>();
  private boolean hooked;
  private volatile boolean shuttingDown;

  /** Cleans {@code session} up at shutdown unless it is {@linkplain #forget forgotten} first. */
  synchronized void register(EngineSession session) {
    if (this == JVM && !hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::run, "entrypoint-engine-cleanup"));
      hooked = true;
    }
    open.add(session);
  }

  /** {@code session} cleaned up by itself. */
  synchronized void forget(EngineSession session) {
    open.remove(session);
  }

  /** Whether the JVM is shutting down, so that nothing new may be created. */
  boolean shuttingDown() {
    return shuttingDown;
  }

  /** Removes the containers of every open session, then their images. */
  void run() {
    shuttingDown = true;
    List<EngineSession> sessions;
    synchronized (this) {
      sessions = new ArrayList<>(open);
    }
    sessions.forEach(EngineSession::removeContainers);
    sessions.forEach(EngineSession::releaseImages);
  }
}
