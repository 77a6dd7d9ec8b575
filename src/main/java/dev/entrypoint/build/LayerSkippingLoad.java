package dev.entrypoint.build;

import dev.entrypoint.AtomicFile;
import dev.entrypoint.BuildLog;
import dev.entrypoint.Json;
import dev.entrypoint.jib.Descriptor;
import dev.entrypoint.jib.OwnDockerClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A lighter {@code docker load} for jib-core's Docker client: the layers the daemon already holds
 * (those of the base image, and those the last build of the same image left there) are left out of
 * the stream. Docker's {@code load} opens a layer's file only for a layer chain it lacks, so it
 * takes such a tarball as it is; a daemon that wants every file (containerd's image store, Podman)
 * fails the load, and then the whole tarball is loaded, as Jib would.
 *
 * <p>A layer file in the tarball is named by its compressed digest, while the daemon knows layers
 * by their diff IDs, which the tarball lists only at its end. So each load records, in {@code
 * record}, the diff ID of every layer file it sent, and the next load leaves out a file when the
 * record maps it to the diff ID that a holder image has at the same place, and all layers below it
 * match too.
 */
final class LayerSkippingLoad implements OwnDockerClient.Load {

  private static final String MANIFEST = "manifest.json";
  private static final String CONFIG = "config.json";
  private static final String LAYER_FILE = ".tar.gz";

  private final DockerCli docker;
  private final DaemonImages daemon;
  private final List<String> holders;
  private final Path record;
  private final BuildLog log;
  private byte[] loadedConfig;
  private List<ImageLayer> loadedLayers = List.of();

  /**
   * A load that takes the layers of the images named {@code holders} (the base and the target, as
   * far as the daemon has them) to be in the daemon, and keeps its record of layer files in {@code
   * record}.
   */
  LayerSkippingLoad(
      DockerCli docker, DaemonImages daemon, List<String> holders, Path record, BuildLog log) {
    this.docker = docker;
    this.daemon = daemon;
    this.holders = List.copyOf(holders);
    this.record = record;
    this.log = log;
  }

  @Override
  public String load(OwnDockerClient.Tarball tarball) throws InterruptedException, IOException {
    HeldChain held = new HeldChain(readRecord(), heldLayers());
    ProcessBuilder loader = new ProcessBuilder(docker.command("load")).redirectErrorStream(true);
    loader.environment().putAll(docker.environment());
    Process load = loader.start();
    FilteredTarStream stream =
        new FilteredTarStream(load.getOutputStream(), held, Set.of(MANIFEST, CONFIG));
    IOException writeFailure = null;
    try (stream) {
      tarball.writeTo(stream);
    } catch (IOException e) {
      // Either docker load stopped reading (its output says why), or the image could not be read.
      writeFailure = e;
    }
    String output =
        new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    boolean loaded = load.waitFor() == 0;
    if (loaded && writeFailure == null) {
      log.debug("docker load: left out " + held.leftOut + " layer file(s) the daemon holds");
      keep(stream.copies(), stream.sizes());
      return output;
    }
    if (loaded) {
      throw writeFailure;
    }
    if (held.leftOut == 0) {
      IOException failure = new IOException("'docker load' failed: " + output);
      if (writeFailure != null) {
        failure.addSuppressed(writeFailure);
      }
      throw failure;
    }
    log.debug(
        "docker load without the layers the daemon holds failed, loading them all: " + output);
    return tarball.loadWhole();
  }

  /** The config of the image the last load sent, when it went by whole; else {@code null}. */
  byte[] loadedConfig() {
    return loadedConfig;
  }

  /** The layers of the image the last load sent, bottom first; empty when unknown. */
  List<ImageLayer> loadedLayers() {
    return loadedLayers;
  }

  private List<List<String>> heldLayers() throws InterruptedException {
    List<List<String>> held = new ArrayList<>();
    for (String holder : holders) {
      held.add(daemon.layers(holder));
    }
    return held;
  }

  private Map<String, String> readRecord() throws IOException {
    Map<String, String> diffIds = new LinkedHashMap<>();
    if (Files.isRegularFile(record)) {
      for (String line : Files.readAllLines(record)) {
        String[] fileAndDiffId = line.split(" ");
        if (fileAndDiffId.length == 2) {
          diffIds.put(fileAndDiffId[0], fileAndDiffId[1]);
        }
      }
    }
    return diffIds;
  }

  /**
   * Records the diff ID of each layer file of the tarball just loaded, and keeps its config and
   * layers: a layer file is named by its compressed digest, and the config lists the diff IDs in
   * the same order.
   */
  private void keep(Map<String, byte[]> copies, Map<String, Long> sizes) throws IOException {
    if (!copies.containsKey(MANIFEST) || !copies.containsKey(CONFIG)) {
      return;
    }
    List<String> files = new ArrayList<>();
    Json.read(copies.get(MANIFEST))
        .path(0)
        .path("Layers")
        .forEach(file -> files.add(file.asText()));
    List<String> diffIds = new ArrayList<>();
    Json.read(copies.get(CONFIG))
        .path("rootfs")
        .path("diff_ids")
        .forEach(id -> diffIds.add(id.asText()));
    if (files.size() != diffIds.size()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    List<ImageLayer> layers = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      lines.append(file).append(' ').append(diffIds.get(i)).append('\n');
      if (file.endsWith(LAYER_FILE) && sizes.containsKey(file)) {
        String digest = "sha256:" + file.substring(0, file.length() - LAYER_FILE.length());
        layers.add(new ImageLayer(new Descriptor(digest, sizes.get(file)), diffIds.get(i)));
      }
    }
    Files.createDirectories(record.toAbsolutePath().getParent());
    AtomicFile.write(record, lines.toString());
    if (layers.size() == files.size()) {
      loadedConfig = copies.get(CONFIG);
      loadedLayers = List.copyOf(layers);
    }
  }

  /**
   * Decides, layer file by layer file in the tarball's order, whether the daemon holds the chain up
   * to it: while some holder's layers match the recorded diff IDs from the bottom up.
   */
  private static final class HeldChain implements Predicate<String> {

    private final Map<String, String> recorded;
    private final List<List<String>> holders;
    private int index;
    private int leftOut;

    HeldChain(Map<String, String> recorded, List<List<String>> holders) {
      this.recorded = recorded;
      this.holders = new ArrayList<>(holders);
    }

    @Override
    public boolean test(String file) {
      if (file.equals(MANIFEST) || file.equals(CONFIG)) {
        return false;
      }
      String diffId = recorded.get(file);
      int layer = index++;
      holders.removeIf(
          held -> diffId == null || layer >= held.size() || !held.get(layer).equals(diffId));
      if (holders.isEmpty()) {
        return false;
      }
      leftOut++;
      return true;
    }
  }
}
