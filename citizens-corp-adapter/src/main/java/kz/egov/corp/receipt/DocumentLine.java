package kz.egov.corp.receipt;

import java.time.LocalDate;

/** A document of the package as a receipt lists it: code, names, expiry (if it has one) and the scan's hash. */
public record DocumentLine(String code, String nameRu, String nameKk, LocalDate expiresOn, String scanSha256) {
}
