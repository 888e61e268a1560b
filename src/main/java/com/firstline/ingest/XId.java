package com.firstline.ingest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An X id: digits that fit a signed 64-bit number, as X's own ids do. A longer one would be taken
 * in, then every call to X about it (the reply to it) would fail and be retried without end.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = XId.Check.class)
public @interface XId {

    String message() default "must be a numeric X id (at most 9223372036854775807)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null passes: say @NotBlank where an id is required. */
    class Check implements ConstraintValidator<XId, String> {
        @Override
        public boolean isValid(String id, ConstraintValidatorContext context) {
            if (id == null) {
                return true;
            }
            if (!id.matches("[0-9]{1,19}")) {
                return false;
            }
            try {
                Long.parseLong(id);
                return true;
            } catch (NumberFormatException tooBig) {
                return false;
            }
        }
    }
}
