package org.dossier.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void foldsCaseDiacriticsDotsAndALeadingThe() {
    assertKey("the U.S.", "us");
    assertKey("US", "us");
    assertKey("Washington, D.C.", "washington dc");
    assertKey("Côte d'Ivoire", "cote divoire");
    assertKey("Côte d’Ivoire", "cote divoire");
    assertKey("Sana'a", "sanaa");
    assertKey("Khan-Younis", "khan younis");
    assertKey("  Tel   Aviv ", "tel aviv");
    assertKey("Türkiye", "turkiye");
    assertKey("İstanbul", "istanbul");
    assertKey("Tromsø", "tromso");
    assertKey("Łódź", "lodz");
    assertKey("The Hague", "hague");
    assertKey("Theresa May", "theresa may");
  }

  @Test
  void derivesSurnamesWithTheirParticles() {
    assertThat(NameKey.surnameKeys("Bashar al-Assad")).containsExactly("assad", "al assad");
    assertThat(NameKey.surnameKeys("Ursula von der Leyen"))
        .containsExactly("leyen", "der leyen", "von der leyen");
    assertThat(NameKey.surnameKeys("Donald Trump")).containsExactly("trump");
    assertThat(NameKey.surnameKeys("Lula")).isEmpty();
    assertThat(NameKey.surnameKeys("Joe Biden Jr.")).containsExactly("biden");
    assertThat(NameKey.surnameKeys("Abdullah II")).isEmpty();
  }

  private static void assertKey(String text, String key) {
    assertThat(NameKey.of(text)).as("key of '%s'", text).isEqualTo(key);
  }
}
