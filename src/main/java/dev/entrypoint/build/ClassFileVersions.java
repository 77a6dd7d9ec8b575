package dev.entrypoint.build;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java release a directory of compiled classes needs: the newest class file version in it. A
 * class file says which release it was compiled for in its header (major version 61 is Java 17),
 * and an older runtime refuses it with {@code UnsupportedClassVersionError}.
 */
final class ClassFileVersions {

  private static final int MAGIC = 0xCAFEBABE;

  /** A class file's major version less this is the Java release: 52 is Java 8. */
  private static final int RELEASE_OFFSET = 44;

  private ClassFileVersions() {}

  /** A class file and the Java release it needs. */
  record NeededRelease(Path classFile, int release) {}

  /**
   * The class file under {@code classesDir} that needs the newest release; empty if there is none.
   */
  static Optional<NeededRelease> newest(Path classesDir) throws IOException {
    if (!Files.isDirectory(classesDir)) {
      return Optional.empty();
    }
    NeededRelease newest = null;
    try (Stream<Path> files = Files.walk(classesDir)) {
      Iterator<Path> classFiles =
          files
              .filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file))
              .iterator();
      while (classFiles.hasNext()) {
        Path file = classFiles.next();
        int release = release(file);
        if (release > 0 && (newest == null || release > newest.release())) {
          newest = new NeededRelease(file, release);
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  /** The release {@code classFile} needs, or 0 when it is not a class file. */
  private static int release(Path classFile) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
      if (in.readInt() != MAGIC) {
        return 0;
      }
      in.readUnsignedShort(); // the minor version
      return in.readUnsignedShort() - RELEASE_OFFSET;
    } catch (EOFException tooShort) {
      return 0;
    }
  }
}
