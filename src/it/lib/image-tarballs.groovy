// Reads an image tarball as 'docker save' writes it (manifest.json, a config, layer tars, plain or
// gzipped) without the plugin's own code: the config, and every layer's entries with path, type,
// mode, owner, time, size and a digest of the content. For tests that compare two images.
// Load with:  def ImageTarballs = evaluate(new File(itLib, 'image-tarballs.groovy'))

import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.util.zip.GZIPInputStream

class ImageTarballs {

  /** [config: Map, layers: [[entries...], ...], diffIds: [...]] of the image in {@code tarball}. */
  static Map read(File tarball) {
    Map<String, byte[]> files = [:]
    tarball.withInputStream { input -> entries(input) { entry, bytes -> files[entry.path] = bytes } }
    def manifest = new JsonSlurper().parse(files['manifest.json'])[0]
    def config = new JsonSlurper().parse(files[manifest.Config])
    def layers = manifest.Layers.collect { name ->
      def list = []
      entries(open(files[name])) { entry, bytes ->
        list << (entry + [sha256: entry.type == '0' ? sha256(bytes) : ''])
      }
      list
    }
    return [config: config, layers: layers, diffIds: config.rootfs.diff_ids]
  }

  private static InputStream open(byte[] bytes) {
    def input = new ByteArrayInputStream(bytes)
    return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b
        ? new GZIPInputStream(input) : input
  }

  private static String sha256(byte[] bytes) {
    return MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString()
  }

  /**
   * Calls {@code each(entry, content)} for every entry of a tar stream: entry has path (no leading
   * './' or '/'), type ('0' file, '5' directory, '2' symlink, '1' hard link), mode, uid, gid,
   * mtime (seconds, as PAX or the header says), size and link. PAX and GNU long names are applied.
   */
  static void entries(InputStream input, Closure each) {
    def data = new DataInputStream(new BufferedInputStream(input))
    Map pax = [:]
    String longName = null
    byte[] header = new byte[512]
    while (true) {
      try {
        data.readFully(header)
      } catch (EOFException end) {
        return
      }
      if (header.every { it == 0 }) {
        return
      }
      String type = header[156] == 0 ? '0' : new String(header, 156, 1, 'US-ASCII')
      long size = number(header, 124, 12)
      byte[] content = new byte[(int) size]
      data.readFully(content)
      int padding = (int) ((512 - size % 512) % 512)
      data.skipNBytes(padding)
      if (type == 'x') {
        pax = paxRecords(content)
        continue
      }
      if (type == 'g') {
        continue
      }
      if (type == 'L') {
        longName = new String(content, 'UTF-8').replaceAll(/\u0000+$/, '')
        continue
      }
      String name = text(header, 0, 100)
      String prefix = text(header, 345, 155)
      String path = pax.path ?: longName ?: (prefix ? "${prefix}/${name}" : name)
      path = path.replaceFirst(/^\.\//, '').replaceFirst(/^\//, '')
      def entry = [
          path : path,
          type : type == '7' ? '0' : type,
          mode : String.format('%04o', number(header, 100, 8) & 07777),
          uid  : pax.uid ?: number(header, 108, 8) as String,
          gid  : pax.gid ?: number(header, 116, 8) as String,
          mtime: pax.mtime ? new BigDecimal(pax.mtime as String).toPlainString() : number(header, 136, 12) as String,
          size : size,
          link : pax.linkpath ?: text(header, 157, 100)]
      each(entry, content)
      pax = [:]
      longName = null
    }
  }

  private static Map paxRecords(byte[] content) {
    Map records = [:]
    int at = 0
    while (at < content.length) {
      int space = at
      while (content[space] != (byte) ' ') space++
      int length = new String(content, at, space - at, 'US-ASCII') as int
      String record = new String(content, space + 1, length - (space - at) - 2, 'UTF-8')
      int equals = record.indexOf('=')
      records[record.substring(0, equals)] = record.substring(equals + 1)
      at += length
    }
    return records
  }

  private static String text(byte[] header, int offset, int length) {
    int end = offset
    while (end < offset + length && header[end] != 0) end++
    return new String(header, offset, end - offset, 'UTF-8')
  }

  private static long number(byte[] header, int offset, int length) {
    if ((header[offset] & 0x80) != 0) {
      long value = 0
      for (int i = offset + 1; i < offset + length; i++) value = (value << 8) | (header[i] & 0xff)
      return value
    }
    def digits = text(header, offset, length).trim()
    return digits ? Long.parseLong(digits, 8) : 0
  }
}

return ImageTarballs
