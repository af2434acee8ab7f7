package kz.egov.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.TechnicalReceipt;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.TechnicalStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.platform.messaging.InboundConsumer;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.portal.request.PortalRequest;
import kz.egov.portal.request.PortalRequests;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.InboundBatches;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.junit.jupiter.api.Test;

/**
 * Back-traffic that arrives together (process 6): the gateway's receipt and the provider's acknowledgement of one
 * request in the same inbound batch. The batch locks its requests in one statement and writes their changes at its
 * end; a later message of the batch sees what an earlier one changed.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GatewayStandIn.class, restrictToAnnotatedClass = false)
class BatchedBackTrafficTest {

    @Inject
    InboundConsumer inbound;

    @Inject
    PortalRequests requests;

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager em;

    private double batchesSplit() {
        return metrics.counter("egov_inbound_batches_split_total").count();
    }

    @Test
    void process6_theReceiptAndTheAcknowledgementInOneBatchBothReachTheCabinet() {
        Portal.Citizen first = Portal.newCitizen();
        Portal.Citizen second = Portal.newCitizen();
        String one = Portal.submitted(first);
        String two = Portal.submitted(second);
        double splitBefore = batchesSplit();

        inbound.consume(batchOf(receipt(one), receipt(two), acknowledgement(one), acknowledgement(two)));

        assertThat(batchesSplit()).as("the batch went through as one transaction").isEqualTo(splitBefore);
        for (var request : List.of(Map.entry(first, one), Map.entry(second, two))) {
            JsonPath r = Portal.awaitRequest(request.getKey(), request.getValue(),
                    j -> "RECEIVED".equals(j.getString("status")));
            assertThat(r.getString("technicalStatus")).as("the acknowledgement saw the receipt of its batch")
                    .isEqualTo("DELIVERED_TO_PROVIDER");
            assertThat(r.getString("providerId")).isEqualTo(Portal.PROVIDER);
            assertThat(r.getList("timeline.status")).containsExactly("SUBMITTED", "ACCEPTED_BY_GATEWAY",
                    "DELIVERED_TO_PROVIDER", "RECEIVED");
        }
    }

    @Test
    void inABatchARequestIsReadOnceAndItsChangesWrittenAtTheEnd() {
        String id = Portal.submitted(Portal.newCitizen());
        QuarkusTransaction.requiringNew().run(() -> {
            requests.hold(List.of(id));
            requests.technical(id, TechnicalStatus.ACCEPTED_BY_GATEWAY.name(), Portal.PROVIDER, "V06", null);
            PortalRequest held = requests.lock(id).orElseThrow();
            assertThat(held.technicalStatus()).as("the batch's later messages see the change").isEqualTo(
                    "ACCEPTED_BY_GATEWAY");
            assertThat(held.providerId()).isEqualTo(Portal.PROVIDER);
            assertThat(stored(id)).as("not written before the batch's end").isNull();
            requests.flush();
            assertThat(stored(id)).as("written by the flush").isEqualTo("ACCEPTED_BY_GATEWAY");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            requests.technical(id, TechnicalStatus.DELIVERED_TO_PROVIDER.name(), null, null, null);
            assertThat(stored(id)).as("outside a batch, written at once").isEqualTo("DELIVERED_TO_PROVIDER");
        });
    }

    private String stored(String requestId) {
        return (String) NativeRows.list(em, "SELECT technical_status FROM portal_request WHERE request_id = ?1",
                requestId).get(0)[0];
    }

    private static Envelope receipt(String requestId) {
        return Envelopes.seal(Portal.gateway().sealer(), "gateway", "portal", MessageType.TECHNICAL_RECEIPT,
                Portal.SERVICE, requestId, null, new TechnicalReceipt(requestId, TechnicalStatus.ACCEPTED_BY_GATEWAY,
                        Instant.now(), Portal.PROVIDER, "V06"), null, Instant.now());
    }

    private static Envelope acknowledgement(String requestId) {
        String incoming = Portal.PROVIDER + "/" + requestId.substring(requestId.length() - 8);
        StatusChange received = new StatusChange(requestId, BusinessStatus.RECEIVED, Instant.now(), "SYSTEM",
                "incoming number " + incoming, null, incoming);
        Envelope original = Envelopes.sealBytes(Portal.provider(Portal.PROVIDER), Portal.PROVIDER, "gateway",
                MessageType.PROVIDER_ACKNOWLEDGEMENT, Portal.SERVICE, requestId, null, EnvelopeCodec.encode(
                        new ProviderAcknowledgement(requestId, Portal.PROVIDER, incoming, Instant.now(), received)),
                null, Instant.now());
        return Envelopes.forward(Portal.gateway().sealer(), "gateway", "portal", EnvelopeCodec.encode(original),
                Map.of("signaturesCheckedAt", Instant.now().toString()), Instant.now());
    }

    private static ConsumerRecords<String, byte[]> batchOf(Envelope... envelopes) {
        return InboundBatches.of(Topics.TO_PORTAL, envelopes);
    }
}
