package kz.egov.contract.envelope;

import java.util.EnumMap;
import java.util.Map;

import kz.egov.contract.message.PackageMovement;
import kz.egov.contract.message.PersonLookupAnswer;
import kz.egov.contract.message.PersonLookupQuery;
import kz.egov.contract.message.ProviderAcknowledgement;
import kz.egov.contract.message.RegistryCommand;
import kz.egov.contract.message.RegistryEvent;
import kz.egov.contract.message.Rejection;
import kz.egov.contract.message.ResultDocument;
import kz.egov.contract.message.ServiceRequest;
import kz.egov.contract.message.StatusChange;
import kz.egov.contract.message.TechnicalReceipt;

/** Which body record each message type carries. */
public final class MessageBodies {

    private static final Map<MessageType, Class<? extends Record>> BODIES = new EnumMap<>(MessageType.class);

    static {
        BODIES.put(MessageType.SERVICE_REQUEST, ServiceRequest.class);
        BODIES.put(MessageType.TECHNICAL_RECEIPT, TechnicalReceipt.class);
        BODIES.put(MessageType.PROVIDER_ACKNOWLEDGEMENT, ProviderAcknowledgement.class);
        BODIES.put(MessageType.REJECTION, Rejection.class);
        BODIES.put(MessageType.STATUS_CHANGE, StatusChange.class);
        BODIES.put(MessageType.RESULT_DOCUMENT, ResultDocument.class);
        BODIES.put(MessageType.PERSON_LOOKUP_QUERY, PersonLookupQuery.class);
        BODIES.put(MessageType.PERSON_LOOKUP_ANSWER, PersonLookupAnswer.class);
        BODIES.put(MessageType.REGISTRY_COMMAND, RegistryCommand.class);
        BODIES.put(MessageType.REGISTRY_EVENT, RegistryEvent.class);
        BODIES.put(MessageType.PACKAGE_MOVEMENT, PackageMovement.class);
    }

    private MessageBodies() {
    }

    public static Class<? extends Record> bodyType(MessageType type) {
        return BODIES.get(type);
    }

    /** The message type whose body is {@code bodyClass}. */
    public static MessageType typeOf(Class<?> bodyClass) {
        return BODIES.entrySet().stream().filter(e -> e.getValue() == bodyClass).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(bodyClass + " is not a message body"));
    }
}
