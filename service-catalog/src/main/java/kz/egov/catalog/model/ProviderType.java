package kz.egov.catalog.model;

/** Kind of body that provides a service or acts in one of its steps. */
public enum ProviderType {
    /** Employment centre (Халықты жұмыспен қамту орталығы / центр занятости населения). */
    EMPLOYMENT_CENTRE,
    /** District (city of oblast significance) department of employment and social programmes (районный отдел). */
    DISTRICT_EMPLOYMENT_DEPARTMENT,
    /** City-level department of employment and social programmes (Управление занятости и социальных программ г. Алматы). */
    CITY_EMPLOYMENT_DEPARTMENT,
    /** Local executive body of a district or city (жергілікті атқарушы орган, akimat). */
    AKIMAT,
    /** The oblast local executive body authorised for migration (V09). */
    OBLAST_MIGRATION_DEPARTMENT,
    /** The State Corporation «Азаматтарға арналған үкімет» / ЦОН: a front office, never a variant's provider. */
    STATE_CORPORATION
}
