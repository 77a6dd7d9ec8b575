package dev.entrypoint.bench.shop.api;

import dev.entrypoint.bench.shop.health.HealthStatus;
import dev.entrypoint.bench.shop.health.Metrics;
import dev.entrypoint.bench.shop.http.Exchange;
import dev.entrypoint.bench.shop.http.Route;
import dev.entrypoint.bench.shop.store.Database;

/** {@code GET /health}: whether the database answers, and the request counters. */
public final class HealthHandler implements Route {

  private final Database database;
  private final Metrics metrics;

  public HealthHandler(Database database, Metrics metrics) {
    this.database = database;
    this.metrics = metrics;
  }

  @Override
  public Object handle(Exchange exchange) {
    return new HealthStatus(
        database.healthy() ? "UP" : "DOWN", metrics.revision(), metrics.snapshot());
  }
}
