package dev.entrypoint.testing;

import dev.entrypoint.image.ImageFile;
import dev.entrypoint.image.ImageFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image file tree held in memory, for tests of the rules that read files: regular files with
 * modes and content, directories, and symbolic links, resolved as the kernel does.
 */
public final class FakeImageFiles implements ImageFiles {

  private static final int MAX_LINKS = 40;

  private final Map<String, ImageFile> entries = new HashMap<>();

  /** An image with only {@code /}. */
  public static FakeImageFiles empty() {
    FakeImageFiles files = new FakeImageFiles();
    files.entries.put("/", new ImageFile("/", ImageFile.Type.DIRECTORY, 0755, 0, null, null));
    return files;
  }

  /** Adds a regular file with {@code mode} and {@code content}, and its parent directories. */
  public FakeImageFiles file(String path, int mode, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return add(new ImageFile(path, ImageFile.Type.FILE, mode, bytes.length, null, bytes));
  }

  /** Adds an executable regular file (mode 0755) of a few bytes of machine code. */
  public FakeImageFiles executable(String path) {
    return file(path, 0755, "\u007fELF");
  }

  /** Adds a directory. */
  public FakeImageFiles directory(String path) {
    return add(new ImageFile(path, ImageFile.Type.DIRECTORY, 0755, 0, null, null));
  }

  /** Adds a symbolic link to {@code target} (absolute, or relative to the link's directory). */
  public FakeImageFiles symlink(String path, String target) {
    return add(new ImageFile(path, ImageFile.Type.SYMLINK, 0777, 0, target, null));
  }

  private FakeImageFiles add(ImageFile file) {
    String parent = parent(file.path());
    if (!entries.containsKey(parent)) {
      directory(parent);
    }
    entries.put(file.path(), file);
    return this;
  }

  @Override
  public Optional<ImageFile> lookup(String path) {
    return Optional.ofNullable(entries.get(normalize(path)));
  }

  @Override
  public Optional<ImageFile> resolve(String path) {
    Deque<String> pending = new ArrayDeque<>(List.of(normalize(path).substring(1).split("/")));
    String current = "/";
    int links = 0;
    while (!pending.isEmpty()) {
      String part = pending.pollFirst();
      if (part.isEmpty()) {
        continue;
      }
      String next = normalize(current + "/" + part);
      ImageFile entry = entries.get(next);
      if (entry == null) {
        return Optional.empty();
      }
      if (entry.type() == ImageFile.Type.SYMLINK) {
        if (++links > MAX_LINKS) {
          return Optional.empty();
        }
        String target =
            entry.linkTarget().startsWith("/")
                ? entry.linkTarget()
                : current + "/" + entry.linkTarget();
        List<String> targetParts = List.of(normalize(target).substring(1).split("/"));
        for (int i = targetParts.size() - 1; i >= 0; i--) {
          pending.addFirst(targetParts.get(i));
        }
        current = "/";
      } else {
        current = next;
      }
    }
    return Optional.ofNullable(entries.get(current));
  }

  @Override
  public Optional<String> findExecutable(String command, String pathVariable) {
    if (command.contains("/")) {
      return Optional.of(command);
    }
    for (String directory : pathVariable.split(":")) {
      String candidate = normalize(directory + "/" + command);
      Optional<ImageFile> file = resolve(candidate);
      if (file.isPresent()
          && file.get().type() == ImageFile.Type.FILE
          && file.get().isExecutable()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        parts.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return "/" + String.join("/", parts);
  }
}
