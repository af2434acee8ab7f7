package kz.egov.registry.command;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.reference.Participants;
import kz.egov.registry.config.RegistryConfig;

/** Which participants may command the registry: providers of the employment-service types (configuration). */
@ApplicationScoped
public class AllowedProviders {

    private final List<String> providerTypes;

    AllowedProviders(RegistryConfig config) {
        this.providerTypes = List.copyOf(config.registry().allowedProviderTypes());
    }

    public boolean allowed(String participantId) {
        return find(participantId).filter(p -> "PROVIDER".equals(p.kind()))
                .filter(p -> p.providerType() != null && providerTypes.contains(p.providerType())).isPresent();
    }

    /** The provider type of a participant, if it is a provider. */
    public Optional<String> typeOf(String participantId) {
        return find(participantId).filter(p -> "PROVIDER".equals(p.kind())).map(Participants.Seed::providerType);
    }

    private static Optional<Participants.Seed> find(String id) {
        return Participants.all().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
