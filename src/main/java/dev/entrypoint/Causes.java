package dev.entrypoint;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * What an exception's chain of causes holds. jib-core and the JDK wrap what went wrong talking to a
 * registry or a daemon, often several times, so a failure is recognised by any of its causes.
 */
public final class Causes {

  private Causes() {}

  /** The first of {@code failure} and its causes that is a {@code type}, or {@code null}. */
  public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Whether the other side could not be reached: refused, unknown host, no route, or timed out. */
  public static boolean isUnreachable(Throwable failure) {
    return find(failure, ConnectException.class) != null
        || find(failure, UnknownHostException.class) != null
        || find(failure, NoRouteToHostException.class) != null
        || find(failure, SocketTimeoutException.class) != null;
  }
}
