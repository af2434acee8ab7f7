package kz.egov.contract.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A regular expression the field's text must match (goes into the JSON Schema as {@code pattern}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Pattern {

    String IIN = "^[0-9]{12}$";
    String BIN = "^[0-9]{12}$";
    String SHA256 = "^[0-9a-f]{64}$";
    String KATO = "^[0-9]{2,9}$";

    String value();
}
