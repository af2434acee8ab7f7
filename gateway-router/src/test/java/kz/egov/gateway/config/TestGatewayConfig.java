package kz.egov.gateway.config;

import java.util.Set;

/** The gateway's configuration for a test that builds its classes itself: the defaults, under a participant id. */
public record TestGatewayConfig(String participantId) implements GatewayConfig {

    @Override
    public Attachments attachments() {
        return new Attachments() {
            @Override
            public long maxBytes() {
                return 10_485_760;
            }

            @Override
            public Set<String> mediaTypes() {
                return Set.of("application/pdf", "image/jpeg", "image/png");
            }
        };
    }

    @Override
    public Gateway gateway() {
        return new Gateway() {
            @Override
            public boolean seedParticipants() {
                return true;
            }

            @Override
            public java.util.Optional<java.nio.file.Path> participantPins() {
                return java.util.Optional.empty();
            }
        };
    }
}
