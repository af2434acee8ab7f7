package kz.egov.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.gateway.routing.Router;
import kz.egov.gateway.traffic.RoutedRequests;
import kz.egov.gateway.traffic.RoutedRequests.RoutedRequest;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.testinfra.EgovInfrastructureResource;
import org.junit.jupiter.api.Test;

/**
 * An inbound batch reads what all its requests need at once: the routing table once (routing step 6 decided from it
 * exactly as from the query per request), and the routed requests of the batch in one statement, whose new records
 * and deliveries are written at the batch's end.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class BatchedRoutingTest {

    @Inject
    Router router;

    @Inject
    RoutedRequests routed;

    @Inject
    EntityManager em;

    @Test
    void routing_theTableHeldForABatchChoosesAsTheQueryDoesTheMostSpecificPrefix() {
        List<Router.Rule> rules = QuarkusTransaction.requiringNew().call(() -> router.list());
        List<String> types = rules.stream().map(Router.Rule::providerType).distinct().toList();
        List<String> katos = new java.util.ArrayList<>(List.of(Citizens.livingIn("43101").addressKato(),
                Citizens.livingIn("4332").addressKato(), "999999999"));
        rules.forEach(r -> katos.add((r.katoPrefix() + "000000000").substring(0, 9)));
        assertThat(types).isNotEmpty();
        for (String type : types) {
            for (String kato : katos) {
                Optional<Router.Rule> queried = QuarkusTransaction.requiringNew().call(() -> router.route(type, kato));
                Optional<Router.Rule> held = QuarkusTransaction.requiringNew().call(() -> {
                    router.holdTable();
                    return router.route(type, kato);
                });
                assertThat(held).as(type + " for " + kato).isEqualTo(queried);
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> {
            router.holdTable();
            return router.route(types.get(0), Citizens.livingIn("43101").addressKato());
        })).as("a route exists for the seeded district").isPresent();
    }

    @Test
    void aBatchReadsItsRoutedRequestsOnceAndWritesTheirChangesAtItsEnd() {
        String id = UUID.randomUUID().toString();
        RoutedRequest accepted = new RoutedRequest(id, "portal", UUID.randomUUID().toString(), "ec-4310",
                "JOB_SEEKER_REGISTRATION", "V06", "PORTAL", TechnicalStatus.ACCEPTED_BY_GATEWAY, null, kz.egov.eds.identity.IinGenerator.nth(java.time.LocalDate.of(1988, 8, 8),
                kz.egov.eds.identity.Sex.MALE, 1));
        QuarkusTransaction.requiringNew().run(() -> {
            routed.hold(List.of(id));
            assertThat(routed.find(id)).as("known not to exist").isEmpty();
            routed.record(accepted);
            assertThat(routed.find(id)).as("the batch's later messages find it").contains(accepted);
            assertThat(status(id)).as("not written before the batch's end").isEmpty();
            routed.flush();
            assertThat(status(id)).as("written by the flush").contains("ACCEPTED_BY_GATEWAY");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            routed.hold(List.of(id));
            assertThat(routed.find(id).map(RoutedRequest::providerId)).contains("ec-4310");
            routed.markDelivered(id);
            assertThat(routed.find(id).map(RoutedRequest::status)).contains(TechnicalStatus.DELIVERED_TO_PROVIDER);
            assertThat(status(id)).contains("ACCEPTED_BY_GATEWAY");
            routed.flush();
            assertThat(status(id)).contains("DELIVERED_TO_PROVIDER");
        });
    }

    private Optional<String> status(String requestId) {
        return NativeRows.list(em, "SELECT technical_status FROM routed_request WHERE request_id = ?1", requestId)
                .stream().map(r -> (String) r[0]).findFirst();
    }
}
