package dev.entrypoint.bench.shop.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON mapper of the service, configured once. */
public final class Json {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Writes a value as UTF-8 JSON. */
  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a value of {@code type} from UTF-8 JSON. */
  public <T> T read(byte[] json, Class<T> type) throws IOException {
    return mapper.readValue(json, type);
  }
}
