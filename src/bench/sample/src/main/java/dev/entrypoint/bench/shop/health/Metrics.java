package dev.entrypoint.bench.shop.health;

import com.google.common.util.concurrent.AtomicLongMap;
import java.util.Map;
import java.util.TreeMap;

/** Request counters by path and by failure status, and the total time spent serving. */
public final class Metrics {

  /** The build of the service; the benchmark edits this line to change one class. */
  private static final String REVISION = "r0";

  private final AtomicLongMap<String> counters = AtomicLongMap.create();

  public void served(String path, long micros) {
    counters.incrementAndGet("requests " + path);
    counters.addAndGet("micros total", micros);
  }

  public void failed(int status) {
    counters.incrementAndGet("status " + status);
  }

  public String revision() {
    return REVISION;
  }

  public Map<String, Long> snapshot() {
    return new TreeMap<>(counters.asMap());
  }
}
