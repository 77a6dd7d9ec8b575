package dev.entrypoint.project;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The classes of a directory that have a {@code public static void main(String[])}, read from their
 * class files as the JVM's launcher would find the method: by name, descriptor and flags.
 */
public final class MainClasses {

  private static final int MAGIC = 0xCAFEBABE;
  private static final int ACC_PUBLIC = 0x0001;
  private static final int ACC_STATIC = 0x0008;
  private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";

  private MainClasses() {}

  /**
   * The fully qualified names of the classes under {@code classesDir} with a main method, sorted.
   */
  public static List<String> in(Path classesDir) throws IOException {
    if (!Files.isDirectory(classesDir)) {
      return List.of();
    }
    List<Path> classFiles;
    try (Stream<Path> files = Files.walk(classesDir)) {
      classFiles =
          files
              .filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file))
              .sorted()
              .toList();
    }
    List<String> found = new ArrayList<>();
    for (Path file : classFiles) {
      mainClassOf(file).ifPresent(found::add);
    }
    return found.stream().sorted().toList();
  }

  /** Whether there is any class file under {@code classesDir}. */
  public static boolean hasClasses(Path classesDir) throws IOException {
    if (!Files.isDirectory(classesDir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(classesDir)) {
      return files.anyMatch(file -> file.toString().endsWith(".class"));
    }
  }

  /** The class name of {@code classFile} when it declares a main method; empty otherwise. */
  static Optional<String> mainClassOf(Path classFile) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(classFile)))) {
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      String[] utf8 = new String[in.readUnsignedShort()];
      int[] classNames = new int[utf8.length];
      for (int index = 1; index < utf8.length; index++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[index] = in.readUTF();
          case 7 -> classNames[index] = in.readUnsignedShort();
          case 8, 16, 19, 20 -> in.skipNBytes(2);
          case 15 -> in.skipNBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
          case 5, 6 -> {
            in.skipNBytes(8);
            index++; // a long or double takes two entries
          }
          default -> {
            return Optional.empty(); // not a class file this reader understands
          }
        }
      }
      in.readUnsignedShort(); // access flags
      String name = utf8[classNames[in.readUnsignedShort()]];
      in.readUnsignedShort(); // super class
      in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
      skipMembers(in); // fields
      int methods = in.readUnsignedShort();
      for (int i = 0; i < methods; i++) {
        int flags = in.readUnsignedShort();
        String methodName = utf8[in.readUnsignedShort()];
        String descriptor = utf8[in.readUnsignedShort()];
        skipAttributes(in);
        if ("main".equals(methodName)
            && MAIN_DESCRIPTOR.equals(descriptor)
            && (flags & (ACC_PUBLIC | ACC_STATIC)) == (ACC_PUBLIC | ACC_STATIC)) {
          return Optional.of(name.replace('/', '.'));
        }
      }
      return Optional.empty();
    } catch (EOFException | RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private static void skipMembers(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      in.skipNBytes(6); // flags, name, descriptor
      skipAttributes(in);
    }
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      in.readUnsignedShort();
      in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
    }
  }
}
