package kz.egov.corp.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.egov.catalog.model.ChecklistDocument;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * The package check against the standard's list (the catalog's checklist, a SAMPLE): every required document
 * present, and no present document past its expiry date.
 */
public final class PackageCheck {

    /** A document of the package with what the operator found. */
    public record Checked(ChecklistDocument document, ChecklistItem item) {
    }

    /** What the check found. */
    public record Result(List<ChecklistDocument> missing, List<Checked> expired, List<Checked> accepted) {

        public boolean complete() {
            return missing.isEmpty() && expired.isEmpty();
        }
    }

    private PackageCheck() {
    }

    public static Result check(List<ChecklistDocument> checklist, List<ChecklistItem> items, LocalDate today) {
        Map<String, ChecklistDocument> byCode = checklist.stream()
                .collect(Collectors.toMap(ChecklistDocument::code, Function.identity()));
        Map<String, ChecklistItem> found = new java.util.HashMap<>();
        for (ChecklistItem item : items) {
            if (item.code() == null || !byCode.containsKey(item.code())) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "document " + item.code()
                        + " is not on the service's checklist " + byCode.keySet());
            }
            if (found.put(item.code(), item) != null) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "document " + item.code() + " listed twice");
            }
        }
        List<ChecklistDocument> missing = new ArrayList<>();
        List<Checked> expired = new ArrayList<>();
        List<Checked> accepted = new ArrayList<>();
        for (ChecklistDocument doc : checklist) {
            ChecklistItem item = found.get(doc.code());
            if (item == null || !item.present()) {
                if (doc.required()) {
                    missing.add(doc);
                }
                continue;
            }
            if (doc.hasExpiry() && item.expiresOn() == null) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "document " + doc.code()
                        + " has an expiry date: the operator must enter it");
            }
            Checked checked = new Checked(doc, item);
            if (doc.hasExpiry() && item.expiresOn().isBefore(today)) {
                expired.add(checked);
            } else {
                accepted.add(checked);
            }
        }
        return new Result(missing, expired, accepted);
    }
}
