package org.dossier.knowledge;

/** What sort of place a {@link Place} is; orders candidates when a name is ambiguous. */
public enum PlaceKind {
  /** A town or city that is not a national capital. */
  CITY,
  /** A national capital. */
  CAPITAL,
  /** A part of a country: state, province, governorate, territory or disputed area. */
  REGION,
  /** A whole country. */
  COUNTRY,
  /** A building or site the press names by itself: "the White House", "the Kremlin". */
  LANDMARK
}
