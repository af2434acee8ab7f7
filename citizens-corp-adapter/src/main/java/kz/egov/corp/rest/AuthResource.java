package kz.egov.corp.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.egov.corp.operator.EdsSignIn;
import kz.egov.corp.operator.PasswordSignIn;
import kz.egov.corp.operator.Session;
import kz.egov.corp.operator.Sessions;
import kz.egov.corp.operator.SignedIn;
import kz.egov.platform.ratelimit.RateLimits;

/** Operator sign-in to ИС ЦОН: by login (or IIN) and password, or by EDS over a one-time challenge. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** The rate limits of sign-in ({@code egov.rate-limits.limits.<name>}): per client, and per login or IIN. */
    static final String SIGN_IN = "sign-in";
    /** Per client: a challenge is a row until it is used or expires. */
    static final String EDS_CHALLENGE = "eds-challenge";
    /** Per client: each costs a signature check with its revocation status. */
    static final String EDS_SIGN_IN = "eds-sign-in";

    /** Login (or IIN) and password. */
    public record PasswordForm(String login, String password) {
    }

    /** The challenge's id and the operator's CMS (base64) over its exact text. */
    public record EdsForm(String challengeId, String signature) {
    }

    /** Who is signed in. */
    public record Me(String login, String iin, String surname, String givenName, String branchId, String branchName,
            String branchKato) {
    }

    private final PasswordSignIn passwords;
    private final EdsSignIn eds;
    private final Sessions sessions;
    private final RateLimits limits;

    AuthResource(PasswordSignIn passwords, EdsSignIn eds, Sessions sessions, RateLimits limits) {
        this.passwords = passwords;
        this.eds = eds;
        this.sessions = sessions;
        this.limits = limits;
    }

    @POST
    @Path("/sign-in")
    public Session signIn(PasswordForm form) {
        limits.take(SIGN_IN, form == null ? null : form.login());
        return passwords.signIn(form == null ? null : form.login(), form == null ? null : form.password());
    }

    @POST
    @Path("/eds/challenge")
    public EdsSignIn.Challenge challenge() {
        limits.take(EDS_CHALLENGE, null);
        return eds.challenge();
    }

    @POST
    @Path("/eds/sign-in")
    public Session signInByEds(EdsForm form) {
        limits.take(EDS_SIGN_IN, null);
        return eds.signIn(form == null ? null : form.challengeId(), form == null ? null : form.signature());
    }

    @POST
    @Path("/sign-out")
    public void signOut(@HeaderParam("Authorization") String authorization) {
        sessions.close(authorization);
    }

    @GET
    @Path("/me")
    public Me me(@HeaderParam("Authorization") String authorization) {
        SignedIn s = sessions.require(authorization);
        return new Me(s.operator().login(), s.operator().iin(), s.operator().surname(), s.operator().givenName(),
                s.branch().id(), s.branch().name(), s.branch().kato());
    }
}
