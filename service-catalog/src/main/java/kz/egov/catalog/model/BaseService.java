package kz.egov.catalog.model;

import java.util.List;

/**
 * What a citizen chooses (e.g. JOB_SEEKER_REGISTRATION); its variants are the regions' acts.
 *
 * @param code                 code
 * @param names                names
 * @param formFields           portal form (SAMPLE)
 * @param documentChecklist    completeness check (SAMPLE)
 * @param sampleRefusalGrounds placeholders for point 10 of the standard (SAMPLE)
 * @param note                 remarks
 */
public record BaseService(String code, Names names, FormFields formFields, DocumentChecklist documentChecklist,
                          List<RefusalGround> sampleRefusalGrounds, String note) {
    public BaseService {
        sampleRefusalGrounds = sampleRefusalGrounds == null ? List.of() : List.copyOf(sampleRefusalGrounds);
    }
}
