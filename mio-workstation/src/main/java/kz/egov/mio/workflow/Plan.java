package kz.egov.mio.workflow;

import java.util.List;
import java.util.Optional;

import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.Role;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.Variant;
import kz.egov.mio.officer.OfficerRole;

/**
 * The catalog's steps a case follows: the variant's steps for its channel, in order. Steps of roles not performed in
 * ИС МИО (system, applicant, State Corporation operator) are passed over, and so are the steps of another body that
 * takes the request for the provider (V12: the employment centre accepts, sends on, forms and issues; the akimat
 * decides). When a channel has no step an officer performs (the text names only the portal), the provider office's
 * steps are used ({@code borrowed}).
 */
public record Plan(Variant variant, Channel channel, List<Step> steps, boolean borrowed) {

    public static Plan of(Variant variant, Channel channel) {
        List<Step> steps = variant.steps(channel);
        if (steps.stream().noneMatch(s -> performedBy(variant, s)) && channel != Channel.PROVIDER_OFFICE
                && variant.hasChannel(Channel.PROVIDER_OFFICE)) {
            return new Plan(variant, channel, variant.steps(Channel.PROVIDER_OFFICE), true);
        }
        return new Plan(variant, channel, steps, false);
    }

    /** A step an officer of this provider performs: an officer's role, of the provider's body. */
    public boolean performedHere(Step step) {
        return performedBy(variant, step);
    }

    private static boolean performedBy(Variant variant, Step step) {
        return OfficerRole.of(step.role()).isPresent() && (step.body() == null || step.body() == variant.providerType());
    }

    /** A step of an officer of the other body that takes the request for the provider (V12's employment centre). */
    private boolean otherBody(Step step) {
        return OfficerRole.of(step.role()).isPresent() && !performedHere(step);
    }

    public Term term() {
        return variant.term(channel);
    }

    public int size() {
        return steps.size();
    }

    public Optional<Step> step(int index) {
        return index >= 0 && index < steps.size() ? Optional.of(steps.get(index)) : Optional.empty();
    }

    /** The officer role of a step; empty past the end or for a step not performed here. */
    public Optional<OfficerRole> role(int index) {
        return step(index).filter(this::performedHere).flatMap(s -> OfficerRole.of(s.role()));
    }

    /** The first step after {@code index} that an officer performs, or {@link #size()} when none is left. */
    public int nextHuman(int index) {
        for (int i = index + 1; i < steps.size(); i++) {
            if (performedHere(steps.get(i))) {
                return i;
            }
        }
        return steps.size();
    }

    /** The registration step: the first one an officer performs. */
    public int registrationIndex() {
        return nextHuman(-1);
    }

    /** The step that signs the result: the catalog's signing step, else the last step an officer performs. */
    public int signingIndex() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).signsResult() && performedHere(steps.get(i))) {
                return i;
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (performedHere(steps.get(i))) {
                return i;
            }
        }
        return steps.size();
    }

    /** A State Corporation operator's step follows {@code index}: the result is issued at the branch, not here. */
    public boolean issuedByStateCorporation(int index) {
        for (int i = index + 1; i < steps.size(); i++) {
            if (steps.get(i).role() == Role.OPERATOR) {
                return true;
            }
        }
        return false;
    }

    /** The other body's officers take the result on after {@code index} (V12: the employment centre issues it). */
    public boolean issuedByOtherBody(int index) {
        for (int i = index + 1; i < steps.size(); i++) {
            if (otherBody(steps.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The latest step before {@code index} (after registration) of a role that prepares results; -1 when none. */
    public int previousPreparer(int index) {
        for (int i = Math.min(index, steps.size()) - 1; i > registrationIndex(); i--) {
            if (preparer(steps.get(i).role())) {
                return i;
            }
        }
        return -1;
    }

    /** Roles that prepare a result or a refusal (the head checks and signs, the office registers and issues). */
    public static boolean preparer(Role role) {
        return role == Role.EXECUTOR || role == Role.SPECIALIST || role == Role.AUTHORISED_PERSON;
    }
}
