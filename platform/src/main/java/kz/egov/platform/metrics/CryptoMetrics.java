package kz.egov.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.platform.messaging.OutboxSealing;
import kz.egov.platform.pki.Sealers;

/**
 * The cryptographic work this service does, as counters ({@code egov_crypto_operations_total}): seal signatures made
 * ({@code seal_signature}), envelopes those seals cover ({@code envelope_sealed}), signature checks asked
 * ({@code signature_check}) and signature verifications actually computed ({@code signature_math}). The benchmark
 * reads them to know how much cryptography each request costs along the whole path.
 */
@ApplicationScoped
public class CryptoMetrics {

    private final MeterRegistry registry;
    private final Sealers sealers;
    private final EdsVerifier verifier;
    private final OutboxSealing sealing;

    CryptoMetrics(MeterRegistry registry, Sealers sealers, EdsVerifier verifier, OutboxSealing sealing) {
        this.registry = registry;
        this.sealers = sealers;
        this.verifier = verifier;
        this.sealing = sealing;
    }

    void register(@Observes StartupEvent event) {
        counter("seal_signature", sealers, Sealers::signaturesMade);
        counter("envelope_sealed", sealing, OutboxSealing::envelopesSealed);
        counter("signature_check", verifier, EdsVerifier::checksMade);
        counter("signature_math", verifier, EdsVerifier::signatureMathDone);
    }

    private <T> void counter(String operation, T source, java.util.function.ToLongFunction<T> value) {
        FunctionCounter.builder("egov_crypto_operations_total", source, s -> value.applyAsLong(s))
                .tag("operation", operation).description("cryptographic operations done by this service")
                .register(registry);
    }
}
