package dev.entrypoint.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker's Engine API on its socket, as a fake daemon answers it. */
class DockerSocketTest {

  private static final String ID = "sha256:" + "a".repeat(64);
  private static final String LAYER_1 = "sha256:" + "1".repeat(64);
  private static final String LAYER_2 = "sha256:" + "2".repeat(64);

  @TempDir Path dir;
  private final List<String> requests = new ArrayList<>();

  @Test
  void theIdAndLayersOfAnImageAreReadFromItsDescription() throws Exception {
    String description =
        "{\"Id\":\""
            + ID
            + "\",\"RepoTags\":[\"shop:1\"],\"RootFS\":{\"Type\":\"layers\",\"Layers\":[\""
            + LAYER_1
            + "\",\""
            + LAYER_2
            + "\"]},\"Metadata\":{}}";
    DockerSocket socket = daemon(answer("200 OK", description), answer("200 OK", description));

    assertThat(socket.imageId("registry.example/shop:1")).hasValue(ID);
    assertThat(socket.layers("registry.example/shop:1")).containsExactly(LAYER_1, LAYER_2);
    assertThat(requests)
        .allMatch(
            request -> request.startsWith("GET /images/registry.example/shop:1/json HTTP/1.0"));
  }

  @Test
  void anImageTheDaemonLacksIsNone() throws Exception {
    DockerSocket socket =
        daemon(
            answer("404 Not Found", "{\"message\":\"No such image: shop:1\"}"),
            answer("404 Not Found", "{}"));

    assertThat(socket.imageId("shop:1")).isEmpty();
    assertThat(socket.layers("shop:1")).isEmpty();
  }

  @Test
  void anAnswerThatIsNotADescriptionIsAnError() throws Exception {
    DockerSocket socket = daemon(answer("500 Internal Server Error", "{}"), "not http at all");

    assertThatThrownBy(() -> socket.imageId("shop:1")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> socket.imageId("shop:1")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> socket.imageId("shop:1 --all")).isInstanceOf(IOException.class);
  }

  @Test
  void aTarballIsLoadedWithItsLengthAndARefusalIsAnError() throws Exception {
    Path tarball = Files.writeString(dir.resolve("load.tar"), "tar bytes");
    DockerSocket socket =
        daemon(
            answer("200 OK", "{\"stream\":\"Loaded image: shop:1\\n\"}"),
            answer(
                "200 OK", "{\"errorDetail\":{\"message\":\"no layer\"},\"error\":\"no layer\"}"));

    socket.load(tarball);

    assertThat(requests.get(0))
        .startsWith("POST /images/load?quiet=1 HTTP/1.0\r\n")
        .contains("Content-Length: 9\r\n")
        .endsWith("\r\n\r\ntar bytes");
    assertThatThrownBy(() -> socket.load(tarball))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no layer");
  }

  @Test
  void theSocketIsUsedOnlyWhereTheCommandLineWouldReachTheSameDaemon() throws Exception {
    Path socket = Files.createFile(dir.resolve("docker.sock"));
    Path home = Files.createDirectories(dir.resolve("home"));
    DockerCli plain = new DockerCli(Path.of("docker"), Map.of());
    Map<String, String> unixHost = Map.of("DOCKER_HOST", "unix://" + socket);

    assertThat(DockerSocket.of(plain, unixHost, home)).isPresent();
    assertThat(
            DockerSocket.of(
                new DockerCli(Path.of("docker"), Map.of("DOCKER_HOST", "unix://" + socket)),
                Map.of(),
                home))
        .isPresent();
    assertThat(DockerSocket.of(new DockerCli(Path.of("/opt/bin/docker"), Map.of()), unixHost, home))
        .as("another docker executable")
        .isEmpty();
    assertThat(DockerSocket.of(plain, Map.of("DOCKER_HOST", "tcp://build-host:2376"), home))
        .isEmpty();
    assertThat(DockerSocket.of(plain, Map.of("DOCKER_HOST", "unix://" + dir.resolve("gone")), home))
        .isEmpty();
    assertThat(
            DockerSocket.of(
                plain, Map.of("DOCKER_HOST", "unix://" + socket, "DOCKER_CONTEXT", "remote"), home))
        .isEmpty();
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\":\"remote\"}");
    assertThat(DockerSocket.of(plain, unixHost, home)).as("a current context").isEmpty();
  }

  private static String answer(String status, String body) {
    return "HTTP/1.0 "
        + status
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  /** A whole request: its head, and as many bytes after it as its Content-Length says. */
  private static String readRequest(SocketChannel client) throws IOException {
    StringBuilder request = new StringBuilder();
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    while (true) {
      int headEnd = request.indexOf("\r\n\r\n");
      if (headEnd >= 0) {
        Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(request);
        int expected = headEnd + 4 + (length.find() ? Integer.parseInt(length.group(1)) : 0);
        if (request.length() >= expected) {
          return request.toString();
        }
      }
      buffer.clear();
      if (client.read(buffer) < 0) {
        return request.toString();
      }
      request.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII));
    }
  }

  /** A daemon on a socket in {@code dir} that gives {@code answers}, one per connection. */
  private DockerSocket daemon(String... answers) throws IOException {
    Path path = dir.resolve("daemon.sock");
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    CompletableFuture.runAsync(
        () -> {
          try (server) {
            for (String answer : answers) {
              try (SocketChannel client = server.accept()) {
                String request = readRequest(client);
                synchronized (requests) {
                  requests.add(request);
                }
                client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
              }
            }
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
    return new DockerSocket(path);
  }
}
