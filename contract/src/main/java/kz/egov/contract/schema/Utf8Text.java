package kz.egov.contract.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import kz.egov.contract.envelope.Utf8TextJson;

/**
 * A {@code byte[]} field carried in JSON as the UTF-8 text it is (a JSON string), not as base64: for exact bytes that
 * are themselves JSON, such as a forwarded envelope. A third smaller than base64 and readable; the bytes must be valid
 * UTF-8 and come back byte for byte. The JSON Schema says {@code "contentMediaType": "application/json"}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@JacksonAnnotationsInside
@JsonSerialize(using = Utf8TextJson.Writer.class)
@JsonDeserialize(using = Utf8TextJson.Reader.class)
public @interface Utf8Text {
}
