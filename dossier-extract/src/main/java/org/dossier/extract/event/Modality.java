package org.dossier.extract.event;

/** Whether the text says an event happened, and if not, what it says of it. */
enum Modality {
  /** It happened, happens, or was attempted. */
  REAL,
  /** It did not: "did not meet", "no talks". */
  NEGATED,
  /** It may or might: a condition, hypothesis, purpose or question. */
  UNREAL,
  /** Someone will do it, or says they would: a promise or a threat. */
  INTENDED,
  /** Someone will do it unless another does something: an ultimatum. */
  CONDITIONED,
  /** Someone prepares to do it: a hostile one is a show of force. */
  PREPARED,
  /** Someone must or must not do it: a demand, when someone says so. */
  OBLIGED,
  /** Someone refused or failed to do it. */
  REFUSED
}
