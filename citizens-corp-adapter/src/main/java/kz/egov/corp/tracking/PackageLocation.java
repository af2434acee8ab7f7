package kz.egov.corp.tracking;

import java.util.List;

/**
 * Where a paper package is: the holder after its last movement (the branch, {@value #IN_TRANSIT}, or the provider)
 * and every movement in order.
 */
public record PackageLocation(String packageId, String requestId, String receiptNumber, String holder,
        String lastMovement, List<Movement> movements) {

    public static final String IN_TRANSIT = "IN_TRANSIT";
}
