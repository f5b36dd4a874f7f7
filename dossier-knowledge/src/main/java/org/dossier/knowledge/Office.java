package org.dossier.knowledge;

/**
 * The offices Dossier tracks holders of, by function rather than by title.
 *
 * <p>A term's {@link OfficeTerm#title() title} says how the press names the post ("President",
 * "Chancellor", "Secretary of State"); the office says what it does. A president who both reigns
 * and governs (United States, Turkey since 2018) is recorded once, as {@link #HEAD_OF_STATE}.
 * Iran's president, who governs under the Supreme Leader, is {@link #HEAD_OF_GOVERNMENT} with the
 * title "President", and the Supreme Leader is {@link #SUPREME_LEADER}.
 */
public enum Office {
  /** President, monarch, emir or sultan: the country's formal head. */
  HEAD_OF_STATE,
  /** Prime minister, premier or chancellor: heads the government. */
  HEAD_OF_GOVERNMENT,
  /** Vice president. */
  VICE_PRESIDENT,
  /** Heir to a throne, named because the press often calls them by it ("the Saudi crown prince"). */
  CROWN_PRINCE,
  /** Foreign minister, foreign secretary, secretary of state. */
  FOREIGN_MINISTER,
  /** Defence minister or secretary. */
  DEFENSE_MINISTER,
  /** Iran's Supreme Leader, the country's highest authority and head of state in practice. */
  SUPREME_LEADER
}
