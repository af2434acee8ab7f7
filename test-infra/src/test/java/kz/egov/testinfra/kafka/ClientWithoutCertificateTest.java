package kz.egov.testinfra.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import kz.egov.contract.topic.Topics;
import kz.egov.testinfra.KafkaTls;
import kz.egov.testinfra.SharedInfrastructure;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 4/16]: "a client without a certificate cannot connect". The broker has no PLAINTEXT listener, and
 * its TLS listener requires a client certificate.
 */
class ClientWithoutCertificateTest {

    @Test
    void aTlsClientWithoutACertificateFailsTheHandshake() {
        Map<String, Object> config = BrokerClients.as(KafkaTls.OPERATOR);
        config.remove("ssl.keystore.location");
        config.remove("ssl.keystore.password");
        config.remove("ssl.key.password");
        config.remove("ssl.keystore.type");
        assertThatThrownBy(() -> BrokerClients.readWithoutGroup(config, Topics.TO_GATEWAY))
                .isInstanceOf(SslAuthenticationException.class);
        assertThatThrownBy(() -> BrokerClients.send(config, Topics.TO_GATEWAY))
                .isInstanceOfAny(SslAuthenticationException.class, ExecutionException.class)
                .satisfies(e -> org.assertj.core.api.Assertions
                        .assertThat(e instanceof ExecutionException ? e.getCause() : e)
                        .isInstanceOf(SslAuthenticationException.class));
    }

    @Test
    void aPlaintextClientGetsNoAnswer() {
        Map<String, Object> config = BrokerClients.fast(new HashMap<>(Map.of("bootstrap.servers",
                SharedInfrastructure.get().bootstrapServers())));
        assertThatThrownBy(() -> BrokerClients.topicMetadata(config, Topics.TO_GATEWAY))
                .as("no PLAINTEXT listener: the TLS listener answers nothing a PLAINTEXT client understands")
                .isInstanceOf(TimeoutException.class);
    }
}
