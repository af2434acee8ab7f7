package kz.egov.testinfra;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kz.egov.contract.topic.Deployment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Makes the broker what {@link Deployment} says, as the operators' super-user: the system's topics (the broker
 * creates none by itself), and for each deployment READ on the topics it reads and on its one consumer group, WRITE on
 * the topics it writes, nothing else. ACLs of the deployments' principals that the table no longer holds are removed,
 * so running it again after a change leaves exactly the table. Used by {@code egov up}, {@code egov kafka setup} (the
 * compose stack's one-shot service) and the tests' broker.
 */
public final class KafkaSetup {

    private KafkaSetup() {
    }

    /** What {@link #apply} did. */
    public record Outcome(List<String> topicsCreated, int aclsAdded, int aclsRemoved) {
    }

    /** Applies the table to the broker at {@code bootstrapServers}, as {@code tls}'s operator certificate. */
    public static Outcome apply(String bootstrapServers, KafkaTls tls, int partitions) {
        Map<String, Object> config = new java.util.HashMap<>(tls.clientSecurity(KafkaTls.OPERATOR));
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            List<String> created = createTopics(admin, partitions);
            Set<AclBinding> wanted = acls();
            Set<AclBinding> present = new HashSet<>(admin.describeAcls(AclBindingFilter.ANY).values()
                    .get(30, TimeUnit.SECONDS));
            List<AclBinding> add = wanted.stream().filter(b -> !present.contains(b)).toList();
            Set<String> principals = new HashSet<>();
            for (Deployment d : Deployment.values()) {
                principals.add(principal(d));
            }
            List<AclBindingFilter> remove = present.stream()
                    .filter(b -> principals.contains(b.entry().principal()) && !wanted.contains(b))
                    .map(AclBinding::toFilter).toList();
            if (!add.isEmpty()) {
                admin.createAcls(add).all().get(30, TimeUnit.SECONDS);
            }
            if (!remove.isEmpty()) {
                admin.deleteAcls(remove).all().get(30, TimeUnit.SECONDS);
            }
            return new Outcome(created, add.size(), remove.size());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot set up the broker's topics and ACLs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the broker", e);
        }
    }

    /** The ACLs {@link Deployment} asks for. */
    public static Set<AclBinding> acls() {
        Set<AclBinding> acls = new HashSet<>();
        for (Deployment d : Deployment.values()) {
            for (String topic : d.reads()) {
                acls.add(allow(d, ResourceType.TOPIC, topic, AclOperation.READ));
            }
            acls.add(allow(d, ResourceType.GROUP, d.consumerGroup(), AclOperation.READ));
            for (String topic : d.writes()) {
                acls.add(allow(d, ResourceType.TOPIC, topic, AclOperation.WRITE));
            }
        }
        return acls;
    }

    /** Kafka's principal of a deployment's certificate (by {@link KafkaTls#PRINCIPAL_MAPPING_RULES}). */
    public static String principal(Deployment d) {
        return principal(d.id());
    }

    public static String principal(String name) {
        return "User:" + name;
    }

    /** Lets {@code principal} {@code operation} on one resource, e.g. a test's own probe topic. */
    public static AclBinding allow(String principal, ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    private static AclBinding allow(Deployment d, ResourceType type, String name, AclOperation operation) {
        return allow(principal(d), type, name, operation);
    }

    private static List<String> createTopics(Admin admin, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : Deployment.TOPICS) {
            if (!existing.contains(topic)) {
                missing.add(new NewTopic(topic, partitions, (short) 1));
            }
        }
        if (missing.isEmpty()) {
            return List.of();
        }
        try {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        return missing.stream().map(NewTopic::name).toList();
    }
}
