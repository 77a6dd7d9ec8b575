package dev.entrypoint.dockerfile;

import java.util.Locale;
import java.util.Optional;

/** The instructions Docker's builder knows; a keyword is matched in any case. */
public enum Keyword {
  ADD,
  ARG,
  CMD,
  COPY,
  ENTRYPOINT,
  ENV,
  EXPOSE,
  FROM,
  HEALTHCHECK,
  LABEL,
  MAINTAINER,
  ONBUILD,
  RUN,
  SHELL,
  STOPSIGNAL,
  USER,
  VOLUME,
  WORKDIR;

  /**
   * The keyword written as {@code written} ({@code entrypoint}, {@code Cmd}, ...), if Docker knows
   * it.
   */
  public static Optional<Keyword> of(String written) {
    String upper = written.toUpperCase(Locale.ROOT);
    for (Keyword keyword : values()) {
      if (keyword.name().equals(upper)) {
        return Optional.of(keyword);
      }
    }
    return Optional.empty();
  }
}
