package dev.entrypoint.jib;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.google.cloud.tools.jib.image.json.ManifestTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A manifest or index to push with jib-core's registry client exactly as it is, byte for byte, so
 * that the digest the registry computes is the one the index and the tarball already use.
 */
final class RawManifest implements ManifestTemplate, JsonSerializable {

  private final byte[] json;
  private final String mediaType;

  RawManifest(byte[] json, String mediaType) {
    this.json = json.clone();
    this.mediaType = mediaType;
  }

  @Override
  public int getSchemaVersion() {
    return 2;
  }

  @Override
  public String getManifestMediaType() {
    return mediaType;
  }

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider serializers)
      throws IOException {
    generator.writeRawValue(new String(json, StandardCharsets.UTF_8));
  }

  @Override
  public void serializeWithType(
      JsonGenerator generator, SerializerProvider serializers, TypeSerializer typeSerializer)
      throws IOException {
    serialize(generator, serializers);
  }
}
