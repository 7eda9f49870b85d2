package vn.khaothi.web.security;

import vn.khaothi.itembank.domain.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.AccountService;
import vn.khaothi.engine.application.SignIn;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.web.error.ApiException;

/** Sign-in (api-contract.md, "Authentication"). */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest http;

    /** A class, not a record: Payara's OpenAPI generator fails on constraints on record components. */
    public static class LoginRequest {
        @NotBlank(message = "username is required")
        @Size(max = 64, message = "username is at most 64 characters")
        public String username;

        @NotNull(message = "password is required")
        @Size(min = 1, max = 256, message = "password is 1-256 characters")
        public String password;
    }

    public record LoginResponse(String token, List<String> roles, Instant expiresAt, String username, String displayName) {
    }

    public record Me(String username, String displayName, List<String> roles) {
    }

    @POST
    @Path("/login")
    @Public
    @Operation(summary = "Sign in with username and password; returns a bearer token")
    public LoginResponse login(@NotNull(message = "a JSON body {username, password} is required") @Valid LoginRequest request) {
        SignIn outcome = accounts.signIn(request.username.trim(), request.password, http.getRemoteAddr());
        if (outcome instanceof SignIn.Accepted accepted) {
            Account account = accepted.account();
            List<String> roles = account.roles().stream().map(Enum::name).sorted().toList();
            TokenService.IssuedToken token = tokens.issue(account.username(), account.displayName(), new TreeSet<>(roles),
                    account.tokenEpoch());
            return new LoginResponse(token.token(), roles, token.expiresAt(), account.username(), account.displayName());
        }
        if (outcome instanceof SignIn.Throttled throttled) {
            // Rounded up: waiting the seconds said is always enough (never over 60 s: SignInDelay).
            long seconds = Math.max(1, (Duration.between(Instant.now(), throttled.until()).toMillis() + 999) / 1000);
            throw new ApiException(Refusal.Kind.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
                    "Too many failed sign-ins; try again in " + seconds + " s",
                    java.util.Map.of("retryAfterSeconds", seconds));
        }
        // One message for an unknown user and a wrong password: no user enumeration.
        throw new ApiException(Refusal.Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS", "Wrong username or password", null);
    }

    @GET
    @Path("/me")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who the bearer token belongs to")
    public Me me(@Context SecurityContext security) {
        Caller caller = (Caller) security.getUserPrincipal();
        return new Me(caller.username(), caller.displayName(), caller.roles().stream().sorted().toList());
    }

    /** A class, not a record: Payara's OpenAPI generator fails on constraints on record components. */
    public static class PasswordChangeRequest {
        @NotNull(message = "currentPassword is required")
        @Size(min = 1, max = 256, message = "currentPassword is 1-256 characters")
        public String currentPassword;

        @NotNull(message = "newPassword is required")
        @Size(min = AccountService.MIN_PASSWORD_LENGTH, max = 256, message = "newPassword is 8-256 characters")
        public String newPassword;
    }

    @POST
    @Path("/logout")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Sign out: 204, and this token gets 401 everywhere from now on (REST and the sockets' hello)")
    public Response logout(@Context HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        tokens.revoke(header.substring(7).trim());
        return Response.noContent().build();
    }

    @POST
    @Path("/password")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change one's own password (the current one is needed): 204, and every token of the account "
            + "ends — sign in again with the new password")
    public Response changePassword(@Context SecurityContext security,
                                   @NotNull(message = "a JSON body {currentPassword, newPassword} is required") @Valid PasswordChangeRequest request) {
        Caller caller = (Caller) security.getUserPrincipal();
        switch (accounts.changePassword(caller.username(), request.currentPassword, request.newPassword)) {
            case CHANGED:
                return Response.noContent().build();
            case WRONG_PASSWORD:
                throw ApiException.invalid("currentPassword", "The current password is wrong");
            case TOO_SHORT:
                throw ApiException.invalid("newPassword", "newPassword is 8-256 characters");
            default:
                throw ApiException.invalid("newPassword", "The new password is the same as the current one");
        }
    }
}
