package org.dossier.extract.quote;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.dossier.model.Speaker;
import org.dossier.nlp.Token;

/** Who said something and how: the cue, the speaker (when the text says), the channel. */
record Attribution(Optional<Token> cue, Optional<String> cuePhrase, Optional<Speaker> speaker,
    Optional<String> channel) {

  Attribution {
    requireNonNull(cue, "cue");
    requireNonNull(cuePhrase, "cuePhrase");
    requireNonNull(speaker, "speaker");
    requireNonNull(channel, "channel");
  }

  static Attribution none() {
    return new Attribution(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  Attribution withChannel(Optional<String> value) {
    return new Attribution(cue, cuePhrase, speaker, value);
  }
}
