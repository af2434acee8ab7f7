package kz.egov.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ResultKind;
import kz.egov.eds.identity.IinGenerator;
import kz.egov.eds.identity.Sex;
import kz.egov.reference.Participants;
import kz.egov.testinfra.TestPeople;

/** Officers of the test provider (Кызылорда employment centre) and the results they sign. */
final class Officers {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private Officers() {
    }

    /** An officer with their EDS. */
    record Officer(String iin, TestPeople.PersonKey key) {
    }

    static Officer of(String participantId) {
        Participants.Seed p = Participants.byId(participantId);
        String iin = IinGenerator.nth(LocalDate.of(1984, 3, 15), Sex.MALE, NEXT.getAndIncrement());
        return new Officer(iin, TestPeople.officer(iin, "Жумабеков", "Нурлан", p.name(), p.bin()));
    }

    /** The exact bytes of a result document the officer signs. */
    static byte[] result(String requestId, String applicantIin, Officer officer, ResultKind kind) {
        return EnvelopeCodec.encode(new ResultDocument(requestId, "RD-" + UUID.randomUUID(), kind, "V06", Portal.PROVIDER,
                applicantIin, "Уведомление о регистрации в качестве лица, ищущего работу",
                JsonNodeFactory.instance.objectNode().put("registrationDate", LocalDate.now().toString()),
                kind == ResultKind.MOTIVATED_REFUSAL ? "STD_P10_OTHER" : null, null, officer.iin(), "EXECUTOR",
                Instant.now()));
    }
}
