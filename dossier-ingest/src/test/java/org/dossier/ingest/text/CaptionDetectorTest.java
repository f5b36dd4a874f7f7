package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaptionDetectorTest {

  private final CaptionDetector captions = new CaptionDetector();

  @Test
  void dropsTheAltTextThatRepeatsTheHeadline() {
    assertThat(captions.caption("Image of Talks resume in Oman The delegations in Muscat."
        + " Photo: Agency", Optional.of("Talks resume in Oman")))
        .contains("The delegations in Muscat. Photo: Agency");
  }

  @Test
  void readsPhotoLabelledCaptions() {
    assertThat(captions.caption("Photo: Protesters in Tehran on Friday.", Optional.empty()))
        .contains("Protesters in Tehran on Friday.");
  }

  @Test
  void readsCaptionsEndingInACredit() {
    assertThat(captions.caption("Delegates arrive at the summit. (Photo by Jane Doe/AFP)",
        Optional.empty())).isPresent();
  }

  @Test
  void storyParagraphIsNotACaption() {
    assertThat(captions.caption("The minister said the talks would go on, officials said.",
        Optional.empty())).isEmpty();
  }
}
