package kz.egov.contract.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.Envelope;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.envelope.MessageBodies;
import kz.egov.contract.envelope.MessageType;

/**
 * Writes the JSON Schema (draft 2020-12) of each message body and of the envelope from the records themselves, so a
 * schema cannot silently drift from its record: the shipped files are checked against this output by a test.
 * Run {@code main(outputDir...)} to regenerate them.
 */
public final class SchemaGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BASE_ID = "https://egov.kz/schemas/";

    private SchemaGenerator() {
    }

    public static ObjectNode forType(MessageType type) {
        return document(type.schemaName(), MessageBodies.bodyType(type));
    }

    public static ObjectNode forEnvelope() {
        return document("envelope", Envelope.class);
    }

    private static ObjectNode document(String name, Class<? extends Record> type) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", BASE_ID + name + ".schema.json");
        root.put("title", type.getSimpleName());
        root.setAll(objectSchema(type));
        return root;
    }

    private static ObjectNode objectSchema(Class<?> type) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "object");
        ObjectNode props = o.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent c : type.getRecordComponents()) {
            boolean nullable = c.isAnnotationPresent(Nullable.class);
            ObjectNode p = c.isAnnotationPresent(Utf8Text.class)
                    ? NODES.objectNode().put("type", "string").put("contentMediaType", "application/json")
                    : schemaOf(c.getGenericType());
            AllowedValues allowed = c.getAnnotation(AllowedValues.class);
            if (allowed != null) {
                ArrayNode values = p.putArray("enum");
                for (String v : allowed.value()) {
                    values.add(v);
                }
            }
            Pattern pattern = c.getAnnotation(Pattern.class);
            if (pattern != null) {
                p.put("pattern", pattern.value());
            }
            props.set(c.getName(), nullable ? nullableOf(p) : p);
            if (!nullable) {
                required.add(c.getName());
            }
        }
        o.set("required", required);
        o.put("additionalProperties", false);
        return o;
    }

    private static ObjectNode nullableOf(ObjectNode p) {
        ObjectNode n = NODES.objectNode();
        ArrayNode any = n.putArray("anyOf");
        any.add(p);
        any.addObject().put("type", "null");
        return n;
    }

    private static ObjectNode schemaOf(Type t) {
        ObjectNode s = NODES.objectNode();
        if (t instanceof ParameterizedType pt && pt.getRawType() == List.class) {
            s.put("type", "array");
            s.set("items", schemaOf(pt.getActualTypeArguments()[0]));
            return s;
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) {
            s.put("type", "string");
        } else if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
            s.put("type", "integer");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == Instant.class) {
            s.put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            s.put("type", "string").put("format", "date");
        } else if (c == byte[].class) {
            s.put("type", "string").put("contentEncoding", "base64");
        } else if (c == JsonNode.class) {
            s.put("type", "object");
        } else if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object v : c.getEnumConstants()) {
                values.add(((Enum<?>) v).name());
            }
        } else if (c.isRecord()) {
            return objectSchema(c);
        } else {
            throw new IllegalArgumentException("no JSON Schema mapping for " + c);
        }
        return s;
    }

    /** Regenerates the shipped schemas: {@code main contract/src/main/resources/schemas docs/schemas}. */
    public static void main(String[] args) throws Exception {
        for (String dir : args) {
            Path out = Path.of(dir);
            Files.createDirectories(out);
            write(out.resolve("envelope.schema.json"), forEnvelope());
            for (MessageType t : MessageType.values()) {
                write(out.resolve(t.schemaName() + ".schema.json"), forType(t));
            }
        }
    }

    private static void write(Path file, JsonNode schema) throws Exception {
        Files.writeString(file, EnvelopeCodec.json().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n");
    }
}
