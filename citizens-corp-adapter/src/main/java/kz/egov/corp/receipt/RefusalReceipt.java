package kz.egov.corp.receipt;

import java.time.Instant;
import java.util.List;

/**
 * A receipt of refusal to accept documents (расписка об отказе в приеме документов / құжаттарды қабылдаудан бас
 * тарту туралы қолхат): numbered, dated, listing what is missing or expired; nothing is forwarded.
 *
 * @param reasonCodes PKG_DOCUMENTS_MISSING and/or PKG_DOCUMENTS_EXPIRED
 * @param grounds     the variant's own grounds of refusal at the State Corporation, or the standard's general rule
 */
public record RefusalReceipt(String number, Instant issuedAt, String branchId, String branchName, String operatorName,
        String applicantIin, String applicantName, String serviceCode, String serviceNameRu, String serviceNameKk,
        String variantCode, List<DocumentLine> missing, List<DocumentLine> expired, List<String> reasonCodes,
        String grounds) {
}
