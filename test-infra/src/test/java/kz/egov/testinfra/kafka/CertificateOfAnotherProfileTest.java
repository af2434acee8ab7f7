package kz.egov.testinfra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import kz.egov.contract.topic.Topics;
import kz.egov.eds.devca.TlsProfile;
import kz.egov.testinfra.KafkaTls;
import kz.egov.testinfra.TestPki;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Only the development НУЦ's TLS client profile, with a subject the broker maps to a principal, opens a session: a
 * participant's seal certificate (the information-system profile, same НУЦ) does not, nor does a TLS client
 * certificate of another subject.
 */
class CertificateOfAnotherProfileTest {

    @Test
    void aParticipantsSealCertificateCannotConnect() {
        Path seal = TestPki.get().pki().keyFile("portal");
        Map<String, Object> config = BrokerClients.as(KafkaTls.OPERATOR);
        config.put("ssl.keystore.location", seal.toString());
        assertThatThrownBy(() -> BrokerClients.readWithoutGroup(config, Topics.TO_PORTAL))
                .isInstanceOf(SslAuthenticationException.class);
    }

    @Test
    void aTlsCertificateOfAnotherSubjectCannotConnect(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = dir.resolve("stranger.p12");
        TestPki.get().pki().ca().issueTls("portal-adapter", "somewhere-else", KafkaTls.ORGANISATION, TlsProfile.CLIENT,
                List.of(), List.of()).writeTlsKeyStore(file, TestPki.KEY_PASSWORD.toCharArray());
        Map<String, Object> config = BrokerClients.as(KafkaTls.OPERATOR);
        config.put("ssl.keystore.location", file.toString());
        // the handshake passes (the НУЦ issued it in the TLS client profile) but the broker maps it to no principal
        // and closes the connection before answering anything
        assertThatThrownBy(() -> BrokerClients.topicMetadata(config, Topics.TO_PORTAL))
                .as("CN=portal-adapter but not OU=" + KafkaTls.UNIT).isInstanceOf(TimeoutException.class);
        assertThat(KafkaTls.PRINCIPAL_MAPPING_RULES).doesNotContain("DEFAULT");
    }
}
