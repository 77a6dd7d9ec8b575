package dev.entrypoint.bench.shop.api;

import java.util.Map;

/** The body of {@code POST /orders}: who orders, and SKU to quantity. */
public record OrderRequest(String customerId, String tier, Map<String, Integer> items) {}
