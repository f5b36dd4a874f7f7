package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void idIsTheSha256OfTheCleanText() {
    Article article = Article.builder("a.txt", "abc").build();
    assertThat(article.id())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void sameTextFromTwoSourcesHasOneId() {
    assertThat(Article.builder("a.txt", "same").build().id())
        .isEqualTo(Article.builder("b.html", "same").build().id());
  }

  @Test
  void mentionRejectsAnInvertedSpan() {
    assertThatThrownBy(() -> new Mention(5, 2, "x"))
        .hasMessage("bad span [5, 2) for 'x'");
  }
}
