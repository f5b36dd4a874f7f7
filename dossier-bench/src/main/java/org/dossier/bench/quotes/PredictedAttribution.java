package org.dossier.bench.quotes;

import java.util.List;
import java.util.Optional;

/**
 * A statement a system found: its content span, whether it is quoted (direct or partial), and
 * its speaker — the name and every span that mentions the speaker in the article.
 */
record PredictedAttribution(int start, int end, boolean quoted, Optional<String> speakerName,
    List<int[]> speakerMentions) {

  PredictedAttribution {
    speakerMentions = List.copyOf(speakerMentions);
  }
}
