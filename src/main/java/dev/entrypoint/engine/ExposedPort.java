package dev.entrypoint.engine;

import java.util.Locale;

/** A port an image declares with {@code EXPOSE}, such as {@code 8080/tcp}. */
public record ExposedPort(int port, String protocol) {

  /** Checks the port range and keeps the protocol in lower case. */
  public ExposedPort {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is outside 1-65535");
    }
    protocol = protocol.toLowerCase(Locale.ROOT);
  }

  /** Reads {@code 8080/tcp}, {@code 53/udp} or {@code 8080} (TCP), as image configs write them. */
  public static ExposedPort parse(String value) {
    int slash = value.indexOf('/');
    try {
      return slash < 0
          ? new ExposedPort(Integer.parseInt(value), "tcp")
          : new ExposedPort(Integer.parseInt(value.substring(0, slash)), value.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + value + "' is not a port such as 8080/tcp", e);
    }
  }

  @Override
  public String toString() {
    return port + "/" + protocol;
  }
}
