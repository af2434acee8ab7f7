package kz.egov.catalog.model;

/** A name in Kazakh, Russian and English; {@code null} where the source text lacks that language. */
public record Names(String kk, String ru, String en) {
    /** The first non-null of ru, kk, en. */
    public String any() {
        return ru != null ? ru : kk != null ? kk : en;
    }
}
