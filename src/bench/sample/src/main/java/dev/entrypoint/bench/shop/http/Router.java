package dev.entrypoint.bench.shop.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.entrypoint.bench.shop.health.Metrics;
import dev.entrypoint.bench.shop.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each request to the route for its method and path, and writes the answer as JSON. */
public final class Router implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final Json json;
  private final Metrics metrics;
  private final Map<Method, Map<String, Route>> routes = new EnumMap<>(Method.class);

  public Router(Json json, Metrics metrics) {
    this.json = json;
    this.metrics = metrics;
  }

  public Router get(String path, Route route) {
    return add(Method.GET, path, route);
  }

  public Router post(String path, Route route) {
    return add(Method.POST, path, route);
  }

  private Router add(Method method, String path, Route route) {
    routes.computeIfAbsent(method, m -> new HashMap<>()).put(path, route);
    return this;
  }

  @Override
  public void handle(HttpExchange raw) throws IOException {
    Exchange exchange = new Exchange(raw);
    try {
      Route route = routes.getOrDefault(exchange.method(), Map.of()).get(exchange.path());
      if (route == null) {
        throw HttpFailure.notFound(exchange.path());
      }
      Object answer = route.handle(exchange);
      if (answer instanceof byte[] bytes) {
        send(raw, 200, "application/octet-stream", bytes);
      } else {
        send(raw, 200, "application/json", json.write(answer));
      }
    } catch (HttpFailure failure) {
      metrics.failed(failure.status());
      send(
          raw,
          failure.status(),
          "application/json",
          json.write(Map.of("error", failure.getMessage())));
    } catch (Exception e) {
      LOG.error("{} {} failed", raw.getRequestMethod(), exchange.path(), e);
      metrics.failed(500);
      send(raw, 500, "application/json", json.write(Map.of("error", "internal error")));
    }
  }

  private static void send(HttpExchange raw, int status, String type, byte[] body)
      throws IOException {
    raw.getResponseHeaders().set("Content-Type", type);
    raw.sendResponseHeaders(status, body.length);
    try (OutputStream out = raw.getResponseBody()) {
      out.write(body);
    }
  }
}
