package dev.entrypoint.bench.shop.domain;

/** Where an order is in its life. */
public enum OrderStatus {
  PLACED,
  PAID,
  SHIPPED,
  CANCELLED;

  /** Whether an order in this status may move to {@code next}. */
  public boolean canBecome(OrderStatus next) {
    return switch (this) {
      case PLACED -> next == PAID || next == CANCELLED;
      case PAID -> next == SHIPPED || next == CANCELLED;
      case SHIPPED, CANCELLED -> false;
    };
  }
}
