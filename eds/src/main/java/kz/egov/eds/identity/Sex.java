package kz.egov.eds.identity;

/** Sex as coded in digit 7 of an ИИН (odd = male, even = female). */
public enum Sex {
    MALE,
    FEMALE
}
