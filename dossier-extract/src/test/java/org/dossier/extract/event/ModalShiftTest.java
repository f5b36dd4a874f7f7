package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModalShiftTest {

  private static final ModalShift SHIFT = new ModalShift();
  private static final EventType VISIT = EventType.of("CONSULT", "042", "visit");
  private static final EventType ATTACK = EventType.of("ASSAULT", "190", null);
  private static final EventType DEMAND = EventType.of("REQUEST", "100", null);

  @Test
  void promisedCooperationIsAgreement() {
    assertThat(SHIFT.shift(VISIT, Modality.INTENDED)).contains(EventType.of("AGREE", "036", null));
  }

  @Test
  void announcedForceIsThreat() {
    assertThat(SHIFT.shift(ATTACK, Modality.INTENDED))
        .contains(EventType.of("THREATEN", "138", "violence"));
    assertThat(SHIFT.shift(ATTACK, Modality.PREPARED)).contains(EventType.of("MOBILIZE", "150", null));
  }

  @Test
  void anythingDoneUnlessTheOtherSideYieldsIsThreat() {
    assertThat(SHIFT.shift(VISIT, Modality.CONDITIONED)).hasValueSatisfying(t ->
        assertThat(t.code()).isEqualTo("THREATEN"));
  }

  @Test
  void verbalActsKeepTheirTypeWhenAnnounced() {
    assertThat(SHIFT.shift(DEMAND, Modality.INTENDED)).contains(DEMAND);
  }

  @Test
  void refusedCooperationIsRejection() {
    assertThat(SHIFT.shift(VISIT, Modality.REFUSED)).contains(EventType.of("REJECT", "125", null));
    assertThat(SHIFT.shift(ATTACK, Modality.REFUSED)).isEmpty();
  }

  @Test
  void whatDidNotOrMayNotHappenIsNoEvent() {
    assertThat(SHIFT.shift(ATTACK, Modality.NEGATED)).isEmpty();
    assertThat(SHIFT.shift(ATTACK, Modality.UNREAL)).isEmpty();
    assertThat(SHIFT.shift(ATTACK, Modality.OBLIGED)).isEmpty();
  }

  @Test
  void quadClassFollowsTheType() {
    assertThat(VISIT.quadClass()).isEqualTo(1);
    assertThat(EventType.of("AID", "070", null).quadClass()).isEqualTo(2);
    assertThat(EventType.of("SANCTION", "163", null).quadClass()).isEqualTo(3);
    assertThat(ATTACK.quadClass()).isEqualTo(4);
  }
}
