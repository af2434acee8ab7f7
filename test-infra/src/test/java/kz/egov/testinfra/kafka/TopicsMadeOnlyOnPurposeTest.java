package kz.egov.testinfra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import kz.egov.contract.topic.Deployment;
import kz.egov.testinfra.KafkaTls;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/**
 * Issue [wave 2 · 4/16]: "Topics and ACLs are created explicitly by a super-user certificate
 * (auto.create.topics.enable=false)": the setup made the system's topics; a deployment cannot make another by
 * writing to it, and even the super-user's write to an unknown topic makes none.
 */
class TopicsMadeOnlyOnPurposeTest {

    @Test
    void theSetupMadeTheSystemsTopicsAndWritingMakesNoOther() throws Exception {
        try (Admin admin = Admin.create(BrokerClients.as(KafkaTls.OPERATOR))) {
            assertThat(admin.listTopics().names().get()).containsAll(Deployment.TOPICS);
        }
        String unknown = "egov.unknown-" + UUID.randomUUID();
        assertThatThrownBy(() -> BrokerClients.send(BrokerClients.as(Deployment.PORTAL_ADAPTER.id()), unknown))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> BrokerClients.send(BrokerClients.as(KafkaTls.OPERATOR), unknown))
                .as("no auto-creation, even for the super-user").isInstanceOf(Exception.class);
        try (Admin admin = Admin.create(BrokerClients.as(KafkaTls.OPERATOR))) {
            Set<String> names = admin.listTopics().names().get();
            assertThat(names).doesNotContain(unknown);
        }
    }
}
