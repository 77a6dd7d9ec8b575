package dev.entrypoint.bench.shop.health;

import java.util.Map;

/** The answer of {@code GET /health}. */
public record HealthStatus(String status, String revision, Map<String, Long> counters) {}
