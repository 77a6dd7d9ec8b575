package dev.entrypoint.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Docker's Engine API on its local socket, asked about one image or given one to load: the answer
 * takes a few milliseconds, where starting the {@code docker} command line takes about a hundred,
 * which an up-to-date or incremental build would spend on every run. Used only where the command
 * line would reach the same daemon: the plain {@code docker} executable, no other context, and
 * {@code DOCKER_HOST} unset or a {@code unix://} socket.
 */
final class DockerSocket {

  private static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");
  private static final Pattern IMAGE_ID = Pattern.compile("^\\{\"Id\":\"(sha256:[0-9a-f]{64})\"");
  private static final Pattern ROOT_FS =
      Pattern.compile("\"RootFS\":\\{\"Type\":\"layers\",\"Layers\":\\[([^\\]]*)\\]");
  private static final Pattern DIFF_ID = Pattern.compile("\"(sha256:[0-9a-f]{64})\"");

  private final Path socket;

  DockerSocket(Path socket) {
    this.socket = socket;
  }

  /**
   * The socket the {@code docker} command line of {@code docker} would talk to, in an environment
   * with {@code environment}; empty when it would talk elsewhere or it cannot be told.
   */
  static Optional<DockerSocket> of(DockerCli docker, Map<String, String> environment, Path home) {
    if (!docker.executable().toString().equals("docker")
        || environment.containsKey("DOCKER_CONTEXT")
        || hasContext(home.resolve(".docker/config.json"))) {
      return Optional.empty();
    }
    String host = docker.environment().getOrDefault("DOCKER_HOST", environment.get("DOCKER_HOST"));
    Path socket;
    if (host == null || host.isEmpty()) {
      socket = DEFAULT_SOCKET;
    } else if (host.startsWith("unix://")) {
      socket = Path.of(host.substring("unix://".length()));
    } else {
      return Optional.empty();
    }
    return Files.exists(socket) ? Optional.of(new DockerSocket(socket)) : Optional.empty();
  }

  private static boolean hasContext(Path config) {
    try {
      return Files.isRegularFile(config) && Files.readString(config).contains("\"currentContext\"");
    } catch (IOException unreadable) {
      return true;
    }
  }

  /** The ID of the image named {@code name}; empty when the daemon has none. */
  Optional<String> imageId(String name) throws IOException {
    return inspect(name).map(json -> group(IMAGE_ID.matcher(json)));
  }

  /** The diff IDs of the layers of the image named {@code name}; empty when there is none. */
  List<String> layers(String name) throws IOException {
    Optional<String> json = inspect(name);
    List<String> layers = new ArrayList<>();
    if (json.isPresent()) {
      Matcher rootFs = ROOT_FS.matcher(json.get());
      if (!rootFs.find()) {
        throw new IOException("no RootFS layers in Docker's description of " + name);
      }
      Matcher diffId = DIFF_ID.matcher(rootFs.group(1));
      while (diffId.find()) {
        layers.add(diffId.group(1));
      }
    }
    return layers;
  }

  private static String group(Matcher matcher) {
    if (!matcher.find()) {
      throw new IllegalStateException("an image description without its Id: " + matcher);
    }
    return matcher.group(1);
  }

  /** {@code GET /images/NAME/json}: the image's description, or empty when there is none. */
  private Optional<String> inspect(String name) throws IOException {
    if (!name.matches("[A-Za-z0-9._:/@-]+")) {
      throw new IOException("not an image name to put in a request: " + name);
    }
    String response = get("/images/" + name + "/json");
    int headerEnd = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.") || headerEnd < 0) {
      throw new IOException("Docker's socket " + socket + " did not answer in HTTP");
    }
    String status = response.substring(9, Math.min(12, response.length()));
    String body = response.substring(headerEnd + 4);
    return switch (status) {
      case "200" -> {
        if (!IMAGE_ID.matcher(body).find()) {
          throw new IOException("Docker's description of " + name + " has no Id first");
        }
        yield Optional.of(body);
      }
      case "404" -> Optional.empty();
      default -> throw new IOException("Docker answered " + status + " about " + name);
    };
  }

  /**
   * {@code POST /images/load} of the {@code docker save} tarball {@code tarball}, as {@code docker
   * load} sends it.
   */
  void load(Path tarball) throws IOException {
    String response =
        exchange(
            "POST /images/load?quiet=1 HTTP/1.0\r\nHost: docker\r\n"
                + "Content-Type: application/x-tar\r\nContent-Length: "
                + Files.size(tarball)
                + "\r\n\r\n",
            tarball);
    if (!response.startsWith("HTTP/1.0 200") && !response.startsWith("HTTP/1.1 200")
        || response.contains("\"errorDetail\"")) {
      throw new IOException(
          "Docker's socket " + socket + " did not load the image: " + response.strip());
    }
  }

  private String get(String path) throws IOException {
    return exchange("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n", null);
  }

  /**
   * Sends {@code head} and the content of {@code body} (if not {@code null}) and returns the whole
   * answer: HTTP/1.0, so the daemon closes the connection after it, which ends it.
   */
  private String exchange(String head, Path body) throws IOException {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      ByteBuffer request = ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII));
      while (request.hasRemaining()) {
        channel.write(request);
      }
      if (body != null) {
        try (FileChannel content = FileChannel.open(body)) {
          long size = content.size();
          for (long sent = 0; sent < size; ) {
            sent += content.transferTo(sent, size - sent, channel);
          }
        }
      }
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        response.write(buffer.array(), 0, buffer.limit());
        buffer.clear();
      }
      return response.toString(StandardCharsets.UTF_8);
    }
  }
}
