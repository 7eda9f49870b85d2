package vn.khaothi.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.khaothi.engine.application.AccountService;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.security.Allowed;
import vn.khaothi.web.security.Audience;

/** Accounts for administrators: disable, enable, set roles. Disabling or a role change ends the account's tokens. */
@Path("/admin/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Allowed(Audience.ADMIN)
public class AccountResource {

    @Inject
    AccountService accounts;

    public record AccountView(String username, boolean active, List<String> roles) {
        static AccountView of(Account a) {
            return new AccountView(a.username(), a.active(), a.roles().stream().map(Enum::name).sorted().toList());
        }
    }

    /** A class, not a record: Payara's OpenAPI generator fails on constraints on record components. */
    public static class RolesRequest {
        @NotNull(message = "roles is required")
        @Size(max = 6, message = "roles lists at most the six roles")
        public List<String> roles;
    }

    @POST
    @Path("/{username}/disable")
    @Operation(summary = "Disable an account: it signs in no more and every token it holds gets 401 (ADMIN)")
    public AccountView disable(@PathParam("username") String username) {
        return AccountView.of(accounts.setActive(username, false).orElseThrow(() -> ApiException.notFound("Account " + username)));
    }

    @POST
    @Path("/{username}/enable")
    @Operation(summary = "Enable a disabled account again (ADMIN)")
    public AccountView enable(@PathParam("username") String username) {
        return AccountView.of(accounts.setActive(username, true).orElseThrow(() -> ApiException.notFound("Account " + username)));
    }

    @PUT
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an account's roles; a change ends its tokens, which carry the old roles (ADMIN)")
    public AccountView roles(@PathParam("username") String username, @NotNull @Valid RolesRequest body) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : body.roles) {
            try {
                roles.add(Role.valueOf(String.valueOf(name)));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("roles", "Unknown role " + name + "; roles are " + java.util.Arrays.toString(Role.values()));
            }
        }
        return AccountView.of(accounts.setRoles(username, roles).orElseThrow(() -> ApiException.notFound("Account " + username)));
    }
}
