package org.dossier.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text gives quotations whose marks lie inside it, in order, with the inner span between
 * them; never an exception. Plain text only, no models.
 */
class QuotationFinderFuzzTest {

  private final QuotationFinder finder = new QuotationFinder();

  @FuzzTest
  void anyTextGivesQuotationsInsideIt(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Quotation> quotes = finder.find(text);
    int previousOpen = -1;
    for (Quotation quote : quotes) {
      assertThat(quote.open()).isGreaterThanOrEqualTo(previousOpen).isGreaterThanOrEqualTo(0);
      assertThat(quote.close()).isGreaterThan(quote.open()).isLessThanOrEqualTo(text.length());
      assertThat(quote.inner(text)).hasSizeLessThanOrEqualTo(quote.close() - quote.open());
      previousOpen = quote.open();
    }
  }
}
