package kz.egov.corp.intake;

import java.time.LocalDate;

/**
 * What the operator found for one document of the checklist: present or not, its expiry date where it has one,
 * and the file name of its scan among the uploaded parts.
 */
public record ChecklistItem(String code, boolean present, LocalDate expiresOn, String scan) {
}
