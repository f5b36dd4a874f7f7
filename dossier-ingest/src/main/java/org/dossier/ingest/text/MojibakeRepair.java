package org.dossier.ingest.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Undoes the most common encoding accident on the web: UTF-8 bytes decoded as Windows-1252 and
 * saved again as UTF-8 ("â€™" for "’", "Ã©" for "é"). Only text that round-trips cleanly and then
 * has fewer suspicious sequences is changed.
 */
final class MojibakeRepair {

  // Lead bytes of 2- and 3-byte UTF-8 sequences as Windows-1252 shows them, followed by a
  // continuation byte shown the same way.
  private static final Pattern SUSPICIOUS =
      Pattern.compile("[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîï][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\uFFFD]");
  private static final Map<Character, Byte> WINDOWS_1252 = reverseTable();

  private MojibakeRepair() {
  }

  static String repair(String text) {
    int before = count(text);
    if (before == 0) {
      return text;
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      Byte b = WINDOWS_1252.get(text.charAt(i));
      if (b == null) {
        return text;
      }
      bytes[i] = b;
    }
    try {
      String fixed = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return count(fixed) < before ? fixed : text;
    } catch (CharacterCodingException e) {
      return text;
    }
  }

  // Windows-1252 leaves five bytes undefined; decoders show them as C1 controls or U+FFFD. The
  // commonest of them in mojibake is 0x9D, the last byte of "”".
  private static Map<Character, Byte> reverseTable() {
    Charset cp1252 = Charset.forName("windows-1252");
    Map<Character, Byte> table = new HashMap<>();
    for (int b = 0; b < 256; b++) {
      String decoded = new String(new byte[] {(byte) b}, cp1252);
      char c = decoded.charAt(0);
      if (c != '\uFFFD') {
        table.put(c, (byte) b);
      }
    }
    for (int b : new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
      table.put((char) b, (byte) b);
    }
    table.put('\uFFFD', (byte) 0x9D);
    return Map.copyOf(table);
  }

  private static int count(String text) {
    int n = 0;
    var m = SUSPICIOUS.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }
}
