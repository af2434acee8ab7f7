package kz.egov.contract.envelope;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The JSON form of a {@link kz.egov.contract.schema.Utf8Text} field: exact UTF-8 bytes as a JSON string. Strict UTF-8
 * both ways, so the bytes a reader gets are the bytes the writer had.
 */
public final class Utf8TextJson {

    private Utf8TextJson() {
    }

    /** The text of {@code bytes}, refusing anything that is not well-formed UTF-8 (it could not come back unchanged). */
    public static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not well-formed UTF-8", e);
        }
    }

    public static final class Writer extends StdSerializer<byte[]> {

        public Writer() {
            super(byte[].class);
        }

        @Override
        public void serialize(byte[] value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text(value));
        }
    }

    public static final class Reader extends StdDeserializer<byte[]> {

        public Reader() {
            super(byte[].class);
        }

        @Override
        public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (byte[]) ctxt.handleUnexpectedToken(byte[].class, p);
            }
            return p.getText().getBytes(StandardCharsets.UTF_8);
        }
    }
}
