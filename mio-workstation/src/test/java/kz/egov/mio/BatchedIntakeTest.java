package kz.egov.mio;

import static kz.egov.mio.Mio.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.topic.Topics;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.verify.VerifiedSignature;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.egov.mio.workflow.Cases;
import kz.egov.mio.workflow.ServiceCase;
import jakarta.persistence.EntityManager;
import kz.egov.platform.messaging.InboundConsumer;
import kz.egov.platform.persistence.DeferredEntities;
import kz.egov.platform.persistence.NativeRows;
import kz.egov.platform.pki.SignatureMemo;
import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.InboundBatches;
import kz.egov.testinfra.TestPeople;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.junit.jupiter.api.Test;

/**
 * Intake of forwarded requests that arrive together: ИС МИО checks each citizen's EDS ahead of the inbound
 * transaction, in parallel over the batch ({@code SignatureMemo}), and the handler takes each outcome once — a request
 * with a valid signature is registered, one with a broken signature is refused back to its origin, in the same batch.
 */
@QuarkusTest
@QuarkusTestResource(value = EgovInfrastructureResource.class, restrictToAnnotatedClass = false)
class BatchedIntakeTest {

    @Inject
    InboundConsumer inbound;

    @Inject
    SignatureMemo memo;

    @Inject
    MeterRegistry metrics;

    @Inject
    Cases cases;

    @Inject
    DeferredEntities deferred;

    @Inject
    EntityManager em;

    /** A batch that failed as a whole is processed again message by message, which would hide a batch's mistakes. */
    private double batchesSplit() {
        return metrics.counter("egov_inbound_batches_split_total").count();
    }

    @Test
    void requestsOfABatchAreRegisteredTogetherAtItsEndAndFoundByItsLaterMessages() {
        PersonRecord first = Mio.citizen("4310");
        PersonRecord second = Mio.citizen("4310");
        Envelope one = Mio.portalForward(first, first, "JOB_SEEKER_REGISTRATION", "V06", "ec-4310");
        Envelope two = Mio.portalForward(second, second, "JOB_SEEKER_REGISTRATION", "V06", "ec-4310");
        Envelope oneAgain = Mio.forwardAgain(one, first, "V06", "ec-4310");
        Envelope twoWithdrawn = Mio.withdrawalForward(two.correlationId(), "ec-4310");
        double splitBefore = batchesSplit();

        inbound.consume(batchOf(one, two, oneAgain, twoWithdrawn));

        assertThat(batchesSplit()).as("the batch went through as one transaction").isEqualTo(splitBefore);
        awaitStatus(one.correlationId(), BusinessStatus.RECEIVED);
        awaitStatus(two.correlationId(), BusinessStatus.RECEIVED);
        assertThat(Mio.countSent(one.correlationId(), MessageType.PROVIDER_ACKNOWLEDGEMENT))
                .as("forwarded twice in one batch: registered and acknowledged once").isEqualTo(1);
        ServiceCase withdrawn = QuarkusTransaction.requiringNew().call(() -> cases.find(two.correlationId()).orElseThrow());
        assertThat(withdrawn.outcome).as("the withdrawal found the case registered earlier in its batch")
                .isEqualTo("WITHDRAWN");
        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.find(one.correlationId()).orElseThrow().outcome))
                .isNull();
    }

    @Test
    void inABatchACaseIsWrittenAtItsEndWithTheOthersAndOutsideOneAtOnce() {
        ServiceCase held = probeCase();
        ServiceCase alone = probeCase();
        QuarkusTransaction.requiringNew().run(() -> {
            deferred.deferUntilFlush();
            cases.persist(held);
            assertThat(cases.find(held.requestId)).as("found by the batch's later messages").containsSame(held);
            assertThat(rowsOf(held.requestId)).as("not written before the batch's end").isZero();
            deferred.flush();
            assertThat(rowsOf(held.requestId)).as("written by the batch's flush").isEqualTo(1);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            cases.persist(alone);
            em.flush();
            assertThat(rowsOf(alone.requestId)).as("outside a batch, persisted at once").isEqualTo(1);
        });
    }

    private long rowsOf(String requestId) {
        return ((Number) NativeRows.list(em, "SELECT count(*) FROM service_case WHERE request_id = ?1", requestId)
                .get(0)[0]).longValue();
    }

    private static ServiceCase probeCase() {
        ServiceCase c = new ServiceCase();
        c.requestId = java.util.UUID.randomUUID().toString();
        c.providerId = "ec-4310";
        c.serviceCode = "JOB_SEEKER_REGISTRATION";
        c.variantCode = "V06";
        c.channel = "PORTAL";
        c.applicantIin = Mio.citizen("4310").iin();
        c.language = "ru";
        c.incomingNumber = "probe-" + c.requestId;
        c.receivedAt = Instant.now();
        c.gatewayMessageId = c.requestId;
        c.requestDocument = "{}".getBytes(StandardCharsets.UTF_8);
        c.originalEnvelope = "{}".getBytes(StandardCharsets.UTF_8);
        c.status = BusinessStatus.RECEIVED.name();
        return c;
    }

    @Test
    void eachRequestOfABatchIsCheckedAheadAndDecidedOnItsOwnSignature() {
        PersonRecord first = Mio.citizen("4310");
        PersonRecord second = Mio.citizen("4310");
        PersonRecord impostor = Mio.citizen("4310");
        Envelope good1 = Mio.portalForward(first, first, "JOB_SEEKER_REGISTRATION", "V06", "ec-4310");
        Envelope broken = Mio.portalForward(second, impostor, "JOB_SEEKER_REGISTRATION", "V06", "ec-4310");
        Envelope good2 = Mio.portalForward(impostor, impostor, "JOB_SEEKER_REGISTRATION", "V06", "ec-4310");

        inbound.consume(batchOf(good1, broken, good2));

        awaitStatus(good1.correlationId(), BusinessStatus.RECEIVED);
        awaitStatus(good2.correlationId(), BusinessStatus.RECEIVED);
        Rejection refused = Mio.body(Mio.awaitSent(broken.correlationId(), MessageType.REJECTION), Rejection.class);
        assertThat(refused.reasonCode()).isEqualTo("EDS_IIN_MISMATCH");
        assertThat(Mio.countSent(broken.correlationId(), MessageType.STATUS_CHANGE)).isZero();
    }

    @Test
    void aPreparedCheckIsTakenOnceAndOnlyForTheSameDocumentAndSignature() {
        PersonRecord citizen = Mio.citizen("4310");
        byte[] document = ("{\"request\":\"" + citizen.iin() + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] signature = TestPeople.citizen(citizen).sign(document);

        memo.prepare(document, signature, SignerRole.CITIZEN);
        Instant taken = Instant.now();
        VerifiedSignature prepared = memo.verify(document, signature, SignerRole.CITIZEN);
        Instant takenAgain = Instant.now();
        VerifiedSignature again = memo.verify(document, signature, SignerRole.CITIZEN);

        assertThat(prepared.signer().iin()).isEqualTo(citizen.iin());
        assertThat(prepared.checkedAt()).as("the outcome made ahead").isBefore(taken);
        assertThat(again.checkedAt()).as("taken once: the second call checks anew").isAfterOrEqualTo(takenAgain);
        assertThat(again.signer().iin()).isEqualTo(citizen.iin());

        byte[] other = (new String(document, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        memo.prepare(document, signature, SignerRole.CITIZEN);
        assertThatThrownBy(() -> memo.verify(other, signature, SignerRole.CITIZEN))
                .as("another document under the same signature is checked on its own and fails")
                .isInstanceOf(RejectedException.class);
        memo.prepare(document, signature, SignerRole.CITIZEN);
        assertThatThrownBy(() -> memo.verify(document, signature, SignerRole.OFFICER))
                .as("the same document for another role is checked anew, for that role: a citizen's signing "
                        + "certificate is no officer's")
                .isInstanceOfSatisfying(RejectedException.class, r -> assertThat(r.reason())
                        .isEqualTo(ReasonCode.EDS_NOT_LEGAL_ENTITY_CERTIFICATE));
    }

    private static ConsumerRecords<String, byte[]> batchOf(Envelope... envelopes) {
        return InboundBatches.of(Topics.TO_PROVIDERS, envelopes);
    }
}
