package dev.backoffice.core;

import dev.backoffice.core.error.ValidationException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style every Backoffice value uses: an abstract value class {@code Foo} with a generated
 * public {@code ImmutableFoo}, builders that can start {@code from} an existing value, Guava immutable collections,
 * and {@link ValidationException} when a required attribute is missing.
 *
 * <p>Put it on a value type (or its package) together with {@code @Value.Immutable}; expose the generated
 * type only through {@code of}/{@code builder} factories on the abstract class.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = false,
    depluralize = true,
    throwForInvalidImmutableState = ValidationException.class,
    defaults = @Value.Immutable(copy = true))
public @interface BackOfficeStyle {}
