package dev.entrypoint.bench.shop.domain;

import java.time.Instant;
import java.util.List;

/** A customer's order: its lines, status and when it was placed. */
public record Order(
    long id, String customerId, List<OrderLine> lines, OrderStatus status, Instant placedAt) {

  public Order {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
  }

  public Money total() {
    return lines.stream().map(OrderLine::total).reduce(Money.ZERO, Money::plus);
  }
}
