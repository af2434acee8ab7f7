package kz.egov.testinfra.kafka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import kz.egov.contract.topic.Deployment;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue [wave 2 · 4/16]: "per deployment, another deployment's certificate cannot read its topic or join its group
 * (authorization errors)"; and it cannot write to it unless the table says it writes it (the gateway writes every
 * participant's topic), nor use a group of its own choosing. (A deployment writes its own topic too: an operator's
 * replay of a dead letter puts it back there.)
 */
class AnotherDeploymentsCertificateTest {

    @ParameterizedTest
    @EnumSource(Deployment.class)
    void cannotReadItsTopicNorJoinItsGroupNorWriteToIt(Deployment owner) {
        String topic = owner.reads().get(0);
        for (Deployment other : Arrays.stream(Deployment.values()).filter(o -> o != owner).toList()) {
            assertThatThrownBy(() -> BrokerClients.readWithoutGroup(BrokerClients.as(other.id()), topic))
                    .as("%s reads %s", other.id(), topic).isInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> BrokerClients.readInGroup(BrokerClients.as(other.id()), other.reads().get(0),
                    owner.consumerGroup())).as("%s joins group %s", other.id(), owner.consumerGroup())
                    .isInstanceOf(GroupAuthorizationException.class);
            if (!other.writes().contains(topic)) {
                assertThatThrownBy(() -> BrokerClients.send(BrokerClients.as(other.id()), topic))
                        .as("%s writes %s", other.id(), topic).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
        }
        assertThatThrownBy(() -> BrokerClients.readInGroup(BrokerClients.as(owner.id()), topic,
                owner.consumerGroup() + "-" + UUID.randomUUID())).as("a group of its own choosing")
                .isInstanceOf(GroupAuthorizationException.class);
    }
}
