package dev.entrypoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Absolute Unix paths inside an image or container, as strings: {@code /} alone is the root, every
 * other path starts with {@code /} and has no empty, {@code .} or trailing component.
 */
public final class UnixPath {

  /** The root directory. */
  public static final String ROOT = "/";

  private UnixPath() {}

  /**
   * The components of {@code path} in order, without empty and {@code .} components; {@code ..} is
   * kept, because what it means depends on the symlinks before it.
   */
  public static List<String> components(String path) {
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
   * the root, {@code ..} applied lexically, never above the root ({@code ./usr//bin/} is {@code
   * /usr/bin}).
   */
  public static String normalize(String path) {
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

  /**
   * {@code path} made absolute against {@code directory} ({@code null} or empty meaning the root)
   * and normalized, as Go's {@code filepath.Join} does: {@code ../bin/java} in {@code /app/lib} is
   * {@code /app/bin/java}.
   */
  public static String resolve(String directory, String path) {
    boolean relative = !path.startsWith(ROOT) && directory != null;
    return normalize(relative ? directory + "/" + path : path);
  }

  /** The directory holding {@code path}; the root's parent is the root. */
  public static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? ROOT : path.substring(0, slash);
  }

  /** The last component of {@code path}, empty for the root. */
  public static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** {@code name} inside {@code directory}. */
  public static String child(String directory, String name) {
    return directory.equals(ROOT) ? ROOT + name : directory + "/" + name;
  }
}
