package kz.egov.contract.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The constants of an enum a message field may carry, where the message allows only some of them (a request is
 * signed by a person: {@code SignerRole.SYSTEM} is a seal, never a submitter). Goes into the JSON Schema as its
 * {@code enum}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface AllowedValues {

    String[] value();
}
