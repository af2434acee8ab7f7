package kz.egov.portal.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The citizen's own variant of a base service: the region's regulation that serves their registered address
 * (found through ГБД ФЛ via the gateway), its term on the portal channel and the due date if submitted now.
 */
public record VariantView(String serviceCode, String variantCode, String region, String providerType,
        String providerName, boolean availableOnPortal, List<String> term, String termStart, Instant dueAtIfSubmittedNow) {
}
