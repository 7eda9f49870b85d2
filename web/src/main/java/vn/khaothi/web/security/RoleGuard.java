package vn.khaothi.web.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import vn.khaothi.web.error.ApiException;

/**
 * Guards every resource method: {@link Public} lets anyone in; {@link Allowed} needs a signed-in
 * caller with one of the roles (401 without one, 403 with the wrong roles); anything unannotated
 * needs a signed-in caller (deny by default). The method's annotation wins over its class's.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleGuard implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(Public.class)
                || (!method.isAnnotationPresent(Allowed.class) && type.isAnnotationPresent(Public.class))) {
            return;
        }
        if (!(request.getSecurityContext().getUserPrincipal() instanceof Caller caller)) {
            throw ApiException.unauthenticated();
        }
        Allowed allowed = method.isAnnotationPresent(Allowed.class)
                ? method.getAnnotation(Allowed.class) : type.getAnnotation(Allowed.class);
        if (allowed != null && allowed.value().roles().stream().noneMatch(role -> caller.hasRole(role.name()))) {
            throw ApiException.forbidden("Your role may not do this");
        }
    }
}
