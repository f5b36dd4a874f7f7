package org.dossier.extract.event;

/**
 * What a word that is not itself an event does to the event words around it; listed in the event
 * dictionary under these names (lower case).
 */
enum Frame {
  /** Lends its subject to the event noun it takes as object: "held talks", "launched an attack". */
  LIGHT,
  /** Its subject undergoes the event noun it takes: "faced a crackdown", "suffered an attack". */
  UNDERGO,
  /** Its complement is an act intended, not done: "plans to", "is ready to", "vowed to". */
  INTEND,
  /** Like INTEND, but a hostile act prepared is a show of force: "prepared to resume shelling". */
  PREPARE,
  /** Its complement is an act tried, coded as done: "attempted to assassinate". */
  ATTEMPT,
  /** Its complement is an act refused or failed: "refused to", "failed to reach", "unwilling to". */
  REFUSE,
  /** Reports a statement; a claim made in its complement may be an event of the speaker. */
  SPEECH
}
