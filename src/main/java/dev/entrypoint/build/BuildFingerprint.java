package dev.entrypoint.build;

import dev.entrypoint.PluginInfo;
import dev.entrypoint.project.BaseImage;
import dev.entrypoint.project.Dependency;
import dev.entrypoint.project.JavaApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A digest of everything a build reads: the request's settings, and the name, size and modification
 * time of every file it would put in the image. When it matches the one stored with the last
 * build's outputs, the image is up to date and need not be built again.
 *
 * <p>A {@code docker://} base is fingerprinted by the ID of the image the daemon has under its
 * name, so pulling or building a new image under that name rebuilds. A registry base by tag cannot
 * be fingerprinted without asking the network; such builds have no fingerprint and always run. A
 * creation time of {@code USE_CURRENT_TIMESTAMP} differs on every build, so it never matches
 * either.
 */
final class BuildFingerprint {

  /**
   * Bump when the plugin starts writing different images for the same inputs; a new plugin version
   * is part of the fingerprint anyway (a snapshot's is not, hence this).
   */
  private static final String FORMAT = "entrypoint-build-1";

  private final MessageDigest digest;

  private BuildFingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The fingerprint of {@code request}, or empty when an input cannot be fingerprinted; {@code
   * daemon} is asked only for a {@code docker://} base.
   */
  static Optional<String> of(ImageBuildRequest request, DaemonImages daemon)
      throws IOException, InterruptedException {
    BaseImage base = request.base();
    boolean pinnedRegistryBase =
        base.kind() == BaseImage.Kind.REGISTRY && base.reference().contains("@sha256:");
    if (base.kind() == BaseImage.Kind.REGISTRY && !pinnedRegistryBase) {
      return Optional.empty();
    }
    BuildFingerprint fingerprint = new BuildFingerprint();
    fingerprint.add(FORMAT);
    fingerprint.add(PluginInfo.version());
    fingerprint.add(base.toString());
    if (base.kind() == BaseImage.Kind.TAR) {
      fingerprint.addFile("base", base.tarPath());
    }
    if (base.kind() == BaseImage.Kind.DOCKER) {
      Optional<String> baseId = daemon.imageId(base.reference());
      if (baseId.isEmpty()) {
        return Optional.empty();
      }
      fingerprint.add(baseId.get());
    }
    if (base.kind() == BaseImage.Kind.JLINK) {
      fingerprint.add(System.getProperty("java.home"));
      fingerprint.add(System.getProperty("java.runtime.version"));
      fingerprint.add(String.join(",", new TreeSet<>(request.jlinkModules())));
    }
    if (request.application().isPresent()) {
      JavaApplication application = request.application().get();
      fingerprint.add(application.toString());
      fingerprint.addTree("classes", application.classesDir());
      for (Dependency dependency : application.dependencies()) {
        fingerprint.add(dependency.kind().name());
        fingerprint.addFile("dependency", dependency.jar());
      }
      fingerprint.add(request.layout().toString());
      if (request.quarkus().isPresent()) {
        fingerprint.addTree("quarkus-app", request.quarkus().get().directory());
      }
    }
    if (request.extraFiles().isPresent()) {
      fingerprint.addTree("extra", request.extraFiles().get());
    }
    for (ExtraDirectory directory : request.extraDirectories()) {
      fingerprint.add(directory.toString());
      fingerprint.addTree("extra directory", directory.from());
    }
    fingerprint.add(request.extraFilePermissions().toString());
    fingerprint.add(request.container().toString());
    fingerprint.add(request.target().toString());
    fingerprint.add(request.platforms().toString());
    return Optional.of(fingerprint.hex());
  }

  private void add(String value) {
    digest.update(value.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private void addFile(String role, Path file) throws IOException {
    add(role);
    add(file.toAbsolutePath().toString());
    if (Files.exists(file)) {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      add(attributes.size() + ":" + attributes.lastModifiedTime().toMillis());
      if (Files.isExecutable(file)) {
        add("x");
      }
    } else {
      add("absent");
    }
  }

  private void addTree(String role, Path dir) throws IOException {
    add(role);
    if (!Files.isDirectory(dir)) {
      add("absent");
      return;
    }
    TreeMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.forEach(path -> files.put(dir.relativize(path).toString(), path));
    }
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      addFile(entry.getKey(), entry.getValue());
    }
  }

  private String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
