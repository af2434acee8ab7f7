package kz.egov.corp.rest;

import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.corp.branch.Branch;
import kz.egov.corp.branch.Branches;
import kz.egov.corp.operator.Operator;
import kz.egov.corp.operator.Operators;
import kz.egov.corp.operator.Sessions;
import kz.egov.eds.identity.Bin;
import kz.egov.eds.identity.Iin;
import kz.egov.platform.auth.PasswordRules;
import kz.egov.platform.auth.SignInGuard;

/** Platform operators manage the hosted branches and their operator accounts (HTTP Basic, {@code /admin/**}). */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminResource {

    /** A branch's data. */
    public record BranchForm(String name, String bin, String kato, Boolean active) {
    }

    /** A new operator account; the password may be left out (EDS sign-in only). */
    public record NewOperator(String branchId, String login, String iin, String surname, String givenName,
            String password) {
    }

    /** Changes to an account: switch on/off, new password, unlock. */
    public record OperatorChange(Boolean active, String password, Boolean unlock) {
    }

    private final Branches branches;
    private final Operators operators;
    private final Sessions sessions;
    private final SignInGuard guard;

    AdminResource(Branches branches, Operators operators, Sessions sessions, SignInGuard guard) {
        this.sessions = sessions;
        this.guard = guard;
        this.branches = branches;
        this.operators = operators;
    }

    @GET
    @Path("/branches")
    @Transactional
    public List<Branch> branches() {
        return branches.all();
    }

    @PUT
    @Path("/branches/{id}")
    @Transactional
    public Branch putBranch(@PathParam("id") String id, BranchForm form) {
        if (form == null || form.name() == null || form.kato() == null || form.bin() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "name, bin and kato are required");
        }
        new Bin(form.bin());
        Branch b = new Branch(id, form.name(), form.bin(), form.kato(), form.active() == null || form.active());
        branches.save(b);
        return b;
    }

    @GET
    @Path("/operators")
    @Transactional
    public List<Operator> operators(@QueryParam("branchId") String branchId) {
        if (branchId == null) {
            return branches.all().stream().flatMap(b -> operators.ofBranch(b.id()).stream()).toList();
        }
        return operators.ofBranch(branches.require(branchId).id());
    }

    @POST
    @Path("/operators")
    @Transactional
    public Response create(NewOperator form) {
        if (form == null || form.branchId() == null || form.login() == null || form.surname() == null
                || form.givenName() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "branchId, login, iin, surname, givenName required");
        }
        Iin.of(form.iin());
        branches.require(form.branchId());
        if (form.password() != null) {
            PasswordRules.require(form.password(), form.iin()); // the citizens' rules
        }
        Operator op = operators.create(form.branchId(), form.login(), form.iin(), form.surname(), form.givenName(),
                form.password());
        return Response.status(201).entity(op).build();
    }

    @PATCH
    @Path("/operators/{id}")
    @Transactional
    public Operator change(@PathParam("id") long id, OperatorChange change) {
        operators.find(id).orElseThrow(() -> new RejectedException(ReasonCode.NOT_FOUND, "no operator " + id));
        Operator op = operators.find(id).orElseThrow();
        if (change != null && change.active() != null) {
            operators.setActive(id, change.active());
            if (!change.active()) {
                sessions.endAll(id);
            }
        }
        if (change != null && change.password() != null) {
            // a reset: the citizens' rules, the lock lifted, every session of the old password ended
            PasswordRules.require(change.password(), op.iin());
            operators.setPassword(id, change.password());
            guard.release(Operators.guardKey(id));
            sessions.endAll(id);
        }
        if (change != null && Boolean.TRUE.equals(change.unlock())) {
            guard.release(Operators.guardKey(id));
        }
        return operators.find(id).orElseThrow();
    }
}
