package kz.egov.gateway.participant;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Vetoed;

import kz.egov.contract.envelope.MessageType;
import kz.egov.reference.Participants;

/** The participant registry of a unit test: the participants it is given, or the local stack's as seeded. */
@Vetoed
public class FixedParticipantRegistry extends ParticipantRegistry {

    private final Map<String, Participant> participants = new ConcurrentHashMap<>();

    public FixedParticipantRegistry(Participant... participants) {
        super(null);
        for (Participant p : participants) {
            this.participants.put(p.id(), p);
        }
    }

    /** The registry the gateway seeds on its first start ({@code ParticipantSeeder}). */
    public static FixedParticipantRegistry seeded() {
        return new FixedParticipantRegistry(Participants.all().stream().map(s -> seeded(s.id()))
                .toArray(Participant[]::new));
    }

    /** A participant of the local stack as the gateway seeds it: active, its certificate not pinned. */
    public static Participant seeded(String id) {
        Participants.Seed s = Participants.byId(id);
        EnumSet<MessageType> maySend = EnumSet.noneOf(MessageType.class);
        s.maySend().forEach(t -> maySend.add(MessageType.valueOf(t)));
        return new Participant(s.id(), ParticipantKind.valueOf(s.kind()), s.name(), s.bin(), s.kato(),
                s.providerType(), null, true, maySend, new HashSet<>(s.services()), new HashSet<>(s.channels()));
    }

    @Override
    public Optional<Participant> find(String id) {
        return Optional.ofNullable(participants.get(id));
    }

    @Override
    public List<Participant> list() {
        return participants.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }
}
