package dev.entrypoint.maven;

import java.util.List;

/** {@code <from>}: the base image. Properties and defaults: {@link NestedProperty}. */
public class FromConfiguration {

  /** {@code jlink} (default), {@code scratch}, a registry reference, docker:// or tar://. */
  String image;

  /** For {@code jlink}: the JDK modules to link, replacing those jdeps finds. */
  List<String> modules;
}
