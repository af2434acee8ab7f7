package kz.egov.mio.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.egov.catalog.model.ProviderType;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.eds.identity.Bin;
import kz.egov.mio.audit.AuditLog;
import kz.egov.mio.deadline.Quality;
import kz.egov.mio.officer.Officer;
import kz.egov.mio.officer.OfficerRole;
import kz.egov.mio.officer.Officers;
import kz.egov.mio.officer.Sessions;
import kz.egov.mio.provider.Provider;
import kz.egov.mio.provider.Providers;
import kz.egov.platform.admin.PasswordHashing;
import kz.egov.platform.auth.PasswordRules;
import kz.egov.platform.auth.SignInGuard;
import kz.egov.platform.pki.Sealers;

/** Platform operators (HTTP Basic, /admin): providers (tenants), officers and roles, quality, audit. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminApi {

    public record NewProvider(String id, String name, String bin, String kato, String providerType) {
    }

    public record ProviderView(String id, String name, String bin, String kato, String providerType, boolean active,
            boolean hasSystemKey) {
    }

    public record NewOfficer(String providerId, String iin, String surname, String givenName, Set<OfficerRole> roles,
            String password) {
    }

    public record OfficerChange(Set<OfficerRole> roles, Boolean active, String password) {
    }

    public record OfficerView(long id, String providerId, String iin, String surname, String givenName,
            Set<OfficerRole> roles, boolean active, boolean locked) {
        /** The officer as shown; {@code locked} while its IIN's sign-in lock-out runs. */
        static OfficerView of(Officer o, boolean locked) {
            return new OfficerView(o.id, o.providerId, o.iin, o.surname, o.givenName, o.roleSet(), o.active, locked);
        }
    }

    private final Providers providers;
    private final Officers officers;
    private final Sealers sealers;
    private final Quality quality;
    private final AuditLog audit;
    private final SignInGuard guard;
    private final Sessions sessions;
    private final Clock clock;

    AdminApi(Providers providers, Officers officers, Sealers sealers, Quality quality, AuditLog audit,
            SignInGuard guard, Sessions sessions, Clock clock) {
        this.providers = providers;
        this.guard = guard;
        this.sessions = sessions;
        this.officers = officers;
        this.sealers = sealers;
        this.quality = quality;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Path("/providers")
    @Transactional
    public List<ProviderView> providers() {
        return providers.list().stream().map(this::view).toList();
    }

    @POST
    @Path("/providers")
    @Transactional
    public ProviderView addProvider(NewProvider p) {
        if (p == null || p.id() == null || p.name() == null || p.bin() == null || p.providerType() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "id, name, bin and providerType are required");
        }
        if (!Bin.isValid(p.bin())) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "invalid BIN");
        }
        try {
            ProviderType.valueOf(p.providerType());
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "unknown provider type " + p.providerType());
        }
        return view(providers.create(p.id(), p.name(), p.bin(), p.kato(), p.providerType()));
    }

    @GET
    @Path("/officers")
    @Transactional
    public List<OfficerView> officers(@QueryParam("providerId") String providerId) {
        if (providerId == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "providerId is required");
        }
        return officers.ofProvider(providerId).stream().map(this::view).toList();
    }

    @POST
    @Path("/officers")
    @Transactional
    public OfficerView addOfficer(NewOfficer o) {
        if (o == null || o.providerId() == null || o.iin() == null || o.surname() == null || o.givenName() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "providerId, iin, surname, givenName are required");
        }
        providers.require(o.providerId());
        return view(officers.create(o.providerId(), o.iin(), o.surname(), o.givenName(),
                o.roles() == null ? EnumSet.noneOf(OfficerRole.class) : o.roles(), hash(o.password(), o.iin())));
    }

    @PUT
    @Path("/officers/{iin}")
    @Transactional
    public OfficerView changeOfficer(@PathParam("iin") String iin, OfficerChange change) {
        Officer o = officers.findByIin(iin).orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no officer"));
        if (change.roles() != null) {
            if (change.roles().isEmpty()) {
                throw new RejectedException(ReasonCode.VALIDATION_FAILED, "an officer needs at least one role");
            }
            o.roleSet(change.roles());
        }
        if (change.active() != null) {
            o.active = change.active();
            if (!o.active) {
                sessions.endAll(o);
            }
        }
        if (change.password() != null) {
            // a reset: the new password by the citizens' rules, the lock lifted, every session of the old one ended
            o.passwordHash = hash(change.password(), o.iin);
            guard.release(o.iin);
            sessions.endAll(o);
        }
        return view(o);
    }

    @GET
    @Path("/quality")
    @Transactional
    public QualityApi.Report quality(@QueryParam("provider") String provider, @QueryParam("service") String service,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = QualityApi.today(clock);
        LocalDate f = QualityApi.date(from, today.minusDays(30));
        LocalDate t = QualityApi.date(to, today);
        return QualityApi.Report.of(provider, f, t,
                quality.lines(provider, service, QualityApi.start(f), QualityApi.start(t.plusDays(1))));
    }

    @GET
    @Path("/audit")
    @Transactional
    public List<AuditLog.Entry> audit(@QueryParam("requestId") String requestId, @QueryParam("officerIin") String iin) {
        if (requestId != null) {
            return audit.forRequest(requestId);
        }
        Officer o = officers.findByIin(iin == null ? "" : iin)
                .orElseThrow(() -> new RejectedException(ReasonCode.VALIDATION_FAILED, "requestId or officerIin"));
        return audit.forOfficer(o.id, 500);
    }

    private ProviderView view(Provider p) {
        return new ProviderView(p.id, p.name, p.bin, p.kato, p.providerType, p.active, sealers.has(p.id));
    }

    private OfficerView view(Officer o) {
        return OfficerView.of(o, guard.lockedAt(o.iin, clock.instant()));
    }

    /** An officer's password by the citizens' rules ({@link PasswordRules}). */
    private static String hash(String password, String iin) {
        PasswordRules.require(password, iin);
        return PasswordHashing.hash(password);
    }
}
