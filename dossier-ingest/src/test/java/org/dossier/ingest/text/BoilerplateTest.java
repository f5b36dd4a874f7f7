package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

  @Test
  void recognizesFooterHeadings() {
    assertThat(Boilerplate.isFooterMarker("NEWSLETTER")).isTrue();
    assertThat(Boilerplate.isFooterMarker("Related articles")).isTrue();
    assertThat(Boilerplate.isFooterMarker("More from Middle East")).isTrue();
  }

  @Test
  void recognizesSubscriptionPrompts() {
    assertThat(Boilerplate.isBoilerplateLine("Get the latest updates delivered to your inbox."))
        .isTrue();
    assertThat(Boilerplate.isBoilerplateLine("Sign up for our free morning newsletter")).isTrue();
    assertThat(Boilerplate.isBoilerplateLine("Advertisement")).isTrue();
    assertThat(Boilerplate.isBoilerplateLine("© 2026 Example News. All rights reserved.")).isTrue();
  }

  @Test
  void leavesStorySentencesAlone() {
    assertThat(Boilerplate.isBoilerplateLine(
        "Iran has repeatedly asserted that the government seeks a war.")).isFalse();
    assertThat(Boilerplate.isFooterMarker("Related talks resumed on Friday.")).isFalse();
    assertThat(Boilerplate.isBoilerplateLine(
        "Protesters followed the minister on his way to the summit.")).isFalse();
  }
}
