package kz.egov.portal.account;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.platform.ratelimit.RateLimits;
import kz.egov.portal.rest.Language;

/** Registration, the citizen's own account, password and language. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** Asks for a registration challenge. */
    public record ChallengeRequest(String iin) {
    }

    /** The account as the citizen sees it. */
    public record AccountView(String iin, String surname, String givenName, String patronymic, String language) {

        static AccountView of(Citizen c) {
            return new AccountView(c.iin(), c.surname(), c.givenName(), c.patronymic(), c.language());
        }
    }

    /** A password change. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** A language change. */
    public record LanguageChange(String language) {
    }

    private final Registration registration;
    private final Sessions sessions;
    private final SignIn signIn;
    private final Accounts accounts;
    private final RateLimits limits;

    AccountResource(Registration registration, Sessions sessions, SignIn signIn, Accounts accounts,
            RateLimits limits) {
        this.registration = registration;
        this.sessions = sessions;
        this.signIn = signIn;
        this.accounts = accounts;
        this.limits = limits;
    }

    @POST
    @Path("/challenge")
    public Challenges.Challenge challenge(ChallengeRequest request) {
        limits.take(RateLimited.REGISTRATION_CHALLENGE, request == null ? null : request.iin());
        if (request == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "iin is required");
        }
        return registration.challenge(request.iin());
    }

    @POST
    public Response register(Registration.Form form) {
        limits.take(RateLimited.REGISTRATION, form == null ? null : form.iin());
        Account a = registration.register(form);
        return Response.status(201).entity(new AccountView(a.iin(), a.surname(), a.givenName(), a.patronymic(),
                a.language())).build();
    }

    @GET
    @Path("/me")
    public AccountView me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return AccountView.of(sessions.require(authorization));
    }

    @PUT
    @Path("/me/password")
    public Response changePassword(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PasswordChange change) {
        Citizen c = sessions.require(authorization);
        if (change == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "currentPassword and newPassword are required");
        }
        signIn.changePassword(c, authorization, change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("/me/language")
    @Transactional
    public AccountView changeLanguage(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            LanguageChange change) {
        Citizen c = sessions.require(authorization);
        if (change == null || !Language.supported(change.language())) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "language must be kk or ru");
        }
        accounts.changeLanguage(c.iin(), change.language());
        return AccountView.of(new Citizen(c.iin(), change.language(), c.surname(), c.givenName(), c.patronymic()));
    }

}
