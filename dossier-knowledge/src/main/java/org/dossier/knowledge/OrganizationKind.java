package org.dossier.knowledge;

/** What sort of body an {@link Organization} is. */
public enum OrganizationKind {
  /** Intergovernmental: the UN and its agencies, NATO, the EU, OPEC. */
  INTERNATIONAL,
  /** A government, ministry, agency or presidency of one country. */
  GOVERNMENT,
  /** A national armed force or one of its branches. */
  MILITARY,
  /** An intelligence or security service. */
  INTELLIGENCE,
  /** A political party. */
  PARTY,
  /** A non-state armed group or militia. */
  ARMED_GROUP,
  /** A news organization that is not listed among media. */
  MEDIA,
  /** A business. */
  COMPANY,
  /** A non-governmental organization. */
  NGO,
  /** A court or tribunal. */
  COURT,
  /** A parliament or legislative chamber. */
  LEGISLATURE
}
