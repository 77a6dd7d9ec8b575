package dev.entrypoint.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Absolute Unix paths in an image's file tree, as strings: {@code /} alone is the root, every other
 * path starts with {@code /} and has no empty, {@code .} or trailing component.
 */
final class UnixPath {

  static final String ROOT = "/";

  private UnixPath() {}

  /**
   * The components of {@code path} in order, without empty and {@code .} components; {@code ..} is
   * kept, because what it means depends on the symlinks before it.
   */
  static List<String> components(String path) {
    List<String> components = new ArrayList<>();
    for (String component : path.split("/")) {
      if (!component.isEmpty() && !component.equals(".")) {
        components.add(component);
      }
    }
    return components;
  }

  /**
   * {@code path} made absolute and clean as a tar entry name is cleaned on extraction: relative to
   * the root, {@code ..} applied lexically, never above the root ({@code ./usr//bin/} is
   * {@code /usr/bin}).
   */
  static String normalize(String path) {
    List<String> clean = new ArrayList<>();
    for (String component : components(path)) {
      if (!component.equals("..")) {
        clean.add(component);
      } else if (!clean.isEmpty()) {
        clean.remove(clean.size() - 1);
      }
    }
    return ROOT + String.join("/", clean);
  }

  /** The directory holding {@code path}; the root's parent is the root. */
  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? ROOT : path.substring(0, slash);
  }

  /** The last component of {@code path}, empty for the root. */
  static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** {@code name} inside {@code directory}. */
  static String child(String directory, String name) {
    return directory.equals(ROOT) ? ROOT + name : directory + "/" + name;
  }
}
