package vn.khaothi.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone may call this resource method, signed in or not.
 *
 * <p>Our own annotations, not {@code jakarta.annotation.security}'s: Payara applies a CDI
 * interceptor to {@code @PermitAll}/{@code @RolesAllowed} beans that checks the container's
 * login, which bearer tokens do not use, and refuses every call with 401.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
}
