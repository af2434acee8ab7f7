package kz.egov.gateway.routing;

import kz.egov.catalog.model.Variant;
import kz.egov.gateway.participant.Participant;

/**
 * Where a service request goes and under which variant.
 *
 * @param katoPrefix the routing rule's prefix that chose the provider (the walk-in provider's own KATO for a
 *                   PROVIDER_OFFICE request; may be null)
 */
public record Route(Variant variant, Participant provider, String katoPrefix) {
}
