package kz.egov.contract.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * Validates a body against its type's shipped JSON Schema and parses it. What does not conform is refused with
 * {@link ReasonCode#MSG_SCHEMA_VIOLATION} naming the first problems, never with a stack trace.
 */
public final class BodyValidator {

    private static final Map<MessageType, Schema> SCHEMAS = new EnumMap<>(MessageType.class);

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (MessageType t : MessageType.values()) {
            String resource = "/schemas/" + t.schemaName() + ".schema.json";
            try (InputStream in = BodyValidator.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + resource);
                }
                SCHEMAS.put(t, registry.getSchema(EnvelopeCodec.json().readTree(in)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + resource, e);
            }
        }
    }

    private BodyValidator() {
    }

    /** Checks {@code body} against the schema of {@code type}; returns the parsed tree. */
    public static JsonNode validate(MessageType type, byte[] body) {
        JsonNode tree;
        try {
            tree = EnvelopeCodec.json().readTree(body);
        } catch (IOException e) {
            throw new RejectedException(ReasonCode.MSG_UNPARSEABLE, type + " body is not JSON");
        }
        if (tree == null || tree.isMissingNode()) {
            throw new RejectedException(ReasonCode.MSG_UNPARSEABLE, type + " body is empty");
        }
        List<Error> errors = SCHEMAS.get(type).validate(tree);
        if (!errors.isEmpty()) {
            String first = errors.stream().limit(3).map(Error::toString).collect(Collectors.joining("; "));
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, type + ": " + first);
        }
        return tree;
    }

    /** Validates and parses the body into its record. */
    public static <T> T parse(MessageType type, byte[] body, Class<T> bodyClass) {
        JsonNode tree = validate(type, body);
        try {
            return EnvelopeCodec.json().treeToValue(tree, bodyClass);
        } catch (IOException | IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.MSG_SCHEMA_VIOLATION, type + ": " + e.getMessage());
        }
    }
}
