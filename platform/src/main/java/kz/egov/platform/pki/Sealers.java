package kz.egov.platform.pki;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.contract.seal.Sealer;
import kz.egov.eds.cms.Pkcs12Sealer;

/**
 * The system seals of the participants this service speaks for: one for a single-tenant service, one per provider or
 * branch for the multi-tenant ones. Keys stay on the server that owns them; people's keys never come here.
 */
@ApplicationScoped
public class Sealers {

    private final PkiSettings settings;

    Sealers(PkiSettings settings) {
        this.settings = settings;
    }
    private final Map<String, Sealer> byParticipant = new ConcurrentHashMap<>();
    private final LongAdder signatures = new LongAdder();

    /** Seal signatures made since start, by every participant's key (one per batch seal). */
    public long signaturesMade() {
        return signatures.sum();
    }

    public Sealer forParticipant(String participantId) {
        return byParticipant.computeIfAbsent(participantId, this::load);
    }

    public boolean has(String participantId) {
        return byParticipant.containsKey(participantId) || Files.exists(keyFile(participantId));
    }

    private Sealer load(String participantId) {
        Path file = keyFile(participantId);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no system key for participant " + participantId + " at " + file);
        }
        Sealer key = Pkcs12Sealer.systemSeal(file, settings.keyPassword().toCharArray());
        return new Sealer() {
            @Override
            public byte[] sealDetached(byte[] content) {
                signatures.increment();
                return key.sealDetached(content);
            }

            @Override
            public kz.egov.contract.seal.SignerIdentity identity() {
                return key.identity();
            }
        };
    }

    private Path keyFile(String participantId) {
        return settings.keysDir().resolve(participantId + ".p12");
    }
}
