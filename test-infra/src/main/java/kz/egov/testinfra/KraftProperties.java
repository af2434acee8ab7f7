package kz.egov.testinfra;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The broker configuration of a single-node KRaft cluster on loopback, shared by the test broker and `egov up`: one
 * TLS listener for clients and the broker itself, the controller's listener on loopback and on TLS too (both with
 * client authentication, {@link KafkaTls#brokerSecurity()}); no PLAINTEXT listener.
 */
public final class KraftProperties {

    /** The clients' listener's name. */
    public static final String CLIENT_LISTENER = "SSL";

    private KraftProperties() {
    }

    public static Properties singleNode(int brokerPort, int controllerPort, Path logDir, int partitions, KafkaTls tls) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", CLIENT_LISTENER + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("listener.security.protocol.map", CLIENT_LISTENER + ":SSL,CONTROLLER:SSL");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", Integer.toString(partitions));
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.putAll(tls.brokerSecurity());
        return p;
    }
}
