package org.cityscore.assessment;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new assessment names its city, by {@code cityId} or by a {@code city} text; otherwise the field {@code city} is
 * refused beside every other field that is wrong, as before cities could be chosen by id.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CityGiven.Check.class)
@interface CityGiven {

    String message() default "{form.city.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of {@link CityGiven}. */
    class Check implements ConstraintValidator<CityGiven, AssessmentApiController.CreateRequest> {

        @Override
        public boolean isValid(AssessmentApiController.CreateRequest request, ConstraintValidatorContext context) {
            if (request == null
                    || request.cityId() != null
                    || request.city() != null && !request.city().isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("city")
                    .addConstraintViolation();
            return false;
        }
    }
}
