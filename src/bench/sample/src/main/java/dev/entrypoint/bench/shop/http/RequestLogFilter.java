package dev.entrypoint.bench.shop.http;

import com.google.common.base.Stopwatch;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.entrypoint.bench.shop.health.Metrics;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs every request with its status and duration, and counts it. */
public final class RequestLogFilter extends Filter {

  private static final Logger LOG = LoggerFactory.getLogger("access");

  private final Metrics metrics;

  public RequestLogFilter(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    Stopwatch stopwatch = Stopwatch.createStarted();
    try {
      chain.doFilter(exchange);
    } finally {
      long micros = stopwatch.elapsed(TimeUnit.MICROSECONDS);
      metrics.served(exchange.getRequestURI().getPath(), micros);
      LOG.info(
          "{} {} {} {}us",
          exchange.getRequestMethod(),
          exchange.getRequestURI(),
          exchange.getResponseCode(),
          micros);
    }
  }

  @Override
  public String description() {
    return "access log";
  }
}
