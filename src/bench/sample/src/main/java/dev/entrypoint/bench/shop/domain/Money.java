package dev.entrypoint.bench.shop.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in euro cents, never negative. */
public record Money(long cents) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  public Money {
    if (cents < 0) {
      throw new IllegalArgumentException("negative amount: " + cents);
    }
  }

  public static Money euros(String amount) {
    return new Money(
        new BigDecimal(amount)
            .movePointRight(2)
            .setScale(0, RoundingMode.HALF_EVEN)
            .longValueExact());
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(cents, other.cents));
  }

  public Money times(int quantity) {
    return new Money(Math.multiplyExact(cents, quantity));
  }

  /** This amount less {@code percent} per cent, rounded half to even. */
  public Money discounted(int percent) {
    return new Money(
        BigDecimal.valueOf(cents)
            .multiply(BigDecimal.valueOf(100 - percent))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN)
            .longValueExact());
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public String toString() {
    return BigDecimal.valueOf(cents, 2).toPlainString() + " EUR";
  }
}
