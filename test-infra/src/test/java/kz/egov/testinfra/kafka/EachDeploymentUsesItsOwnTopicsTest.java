package kz.egov.testinfra.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;

import kz.egov.contract.topic.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ARCHITECTURE §4: each deployment writes the topics of its direction and reads its own, in its own consumer group;
 * the broker's ACLs ({@code KafkaSetup}, from {@link Deployment}) let it do exactly that.
 */
class EachDeploymentUsesItsOwnTopicsTest {

    @ParameterizedTest
    @EnumSource(Deployment.class)
    void writesItsTopicsAndReadsItsOwnInItsGroup(Deployment d) {
        for (String topic : d.writes()) {
            assertThatCode(() -> BrokerClients.send(BrokerClients.as(d.id()), topic)).as("%s writes %s", d.id(), topic)
                    .doesNotThrowAnyException();
        }
        for (String topic : d.reads()) {
            assertThatCode(() -> BrokerClients.readInGroup(BrokerClients.as(d.id()), topic, d.consumerGroup()))
                    .as("%s reads %s in group %s", d.id(), topic, d.consumerGroup()).doesNotThrowAnyException();
        }
    }
}
