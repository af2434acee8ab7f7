package kz.egov.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.Envelopes;
import kz.egov.contract.envelope.MessageBodies;
import kz.egov.contract.envelope.MessageType;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.schema.BodyValidator;
import kz.egov.contract.schema.SchemaGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every message type: record → JSON → record, schema-valid, inside a sealed envelope; schemas match their records. */
class MessageContractTest {

    private static final TestKeys KEYS = new TestKeys();

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void bodyRoundTripsThroughJsonAndConformsToItsSchema(MessageType type) {
        Object body = SampleBodies.of(type);
        byte[] json = EnvelopeCodec.encode(body);
        BodyValidator.validate(type, json);
        Object back = BodyValidator.parse(type, json, MessageBodies.bodyType(type));
        assertThat(back).isEqualTo(body);
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void envelopeRoundTripsAndItsSealVerifies(MessageType type) {
        Envelope e = Envelopes.seal(KEYS, "portal", "gateway", type, "JOB_SEEKER_REGISTRATION", "req-1", null,
                SampleBodies.of(type), null, SampleBodies.AT);
        Envelope back = EnvelopeCodec.decode(EnvelopeCodec.encode(e));
        assertThat(back).isEqualTo(e);
        assertThat(Envelopes.verifySeal(back, KEYS, SampleBodies.AT)).isEqualTo(KEYS.identity());
    }

    @ParameterizedTest
    @EnumSource(MessageType.class)
    void shippedSchemaMatchesItsRecord(MessageType type) throws Exception {
        String generated = pretty(SchemaGenerator.forType(type));
        String name = type.schemaName() + ".schema.json";
        String shipped = new String(MessageContractTest.class.getResourceAsStream("/schemas/" + name).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(shipped).as("contract/src/main/resources/schemas/%s is out of date: run SchemaGenerator", name)
                .isEqualTo(generated);
        assertThat(Files.readString(Path.of("../docs/schemas", name)))
                .as("docs/schemas/%s is out of date: run SchemaGenerator", name).isEqualTo(generated);
    }

    @Test
    void shippedEnvelopeSchemaMatchesTheEnvelopeRecord() throws Exception {
        String generated = pretty(SchemaGenerator.forEnvelope());
        assertThat(Files.readString(Path.of("src/main/resources/schemas/envelope.schema.json"))).isEqualTo(generated);
        assertThat(Files.readString(Path.of("../docs/schemas/envelope.schema.json"))).isEqualTo(generated);
    }

    @Test
    void bodyMissingARequiredFieldIsRefusedWithSchemaViolation() {
        ObjectNode tree = EnvelopeCodec.json().valueToTree(SampleBodies.of(MessageType.SERVICE_REQUEST));
        tree.remove("applicant");
        assertThatThrownBy(() -> BodyValidator.validate(MessageType.SERVICE_REQUEST, EnvelopeCodec.encode(tree)))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_SCHEMA_VIOLATION));
    }

    @Test
    void bodyWithMalformedIinIsRefusedWithSchemaViolation() {
        ObjectNode tree = EnvelopeCodec.json().valueToTree(SampleBodies.of(MessageType.PERSON_LOOKUP_QUERY));
        tree.put("iin", "12345");
        assertThatThrownBy(() -> BodyValidator.validate(MessageType.PERSON_LOOKUP_QUERY, EnvelopeCodec.encode(tree)))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_SCHEMA_VIOLATION));
    }

    @Test
    void bodyWithUnknownFieldIsRefusedWithSchemaViolation() {
        ObjectNode tree = EnvelopeCodec.json().valueToTree(SampleBodies.of(MessageType.REJECTION));
        tree.put("extra", "x");
        assertThatThrownBy(() -> BodyValidator.validate(MessageType.REJECTION, EnvelopeCodec.encode(tree)))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_SCHEMA_VIOLATION));
    }

    @Test
    void somethingThatIsNotJsonIsRefusedAsUnparseable() {
        assertThatThrownBy(() -> EnvelopeCodec.decode("<xml/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_UNPARSEABLE));
        assertThatThrownBy(() -> BodyValidator.validate(MessageType.REJECTION, "{".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RejectedException.class,
                        r -> assertThat(r.reason()).isEqualTo(ReasonCode.MSG_UNPARSEABLE));
    }

    private static String pretty(JsonNode schema) throws Exception {
        return EnvelopeCodec.json().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }
}
