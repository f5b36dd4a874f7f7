package org.dossier.model;

/** The TIMEX3 types of a time expression. */
public enum TimexType {
  DATE, TIME, DURATION, SET
}
