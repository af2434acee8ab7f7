package kz.egov.registry.command;

import static kz.egov.registry.command.Rules.require;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.message.Channel;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.eds.identity.Iin;
import kz.egov.registry.card.CardView;
import kz.egov.registry.card.Identification;
import kz.egov.registry.card.MeasureKind;
import kz.egov.registry.card.RecordCard;
import kz.egov.registry.card.RecordCards;
import kz.egov.registry.card.Referral;
import kz.egov.registry.card.Registration;
import kz.egov.registry.card.RegistrationKind;
import kz.egov.registry.employment.LabourActivity;
import kz.egov.registry.employment.LabourActivityCheck;

/**
 * The commands that change a card, each with its rules; every change writes the card and one history entry in the
 * command's transaction. A broken rule throws a {@link kz.egov.contract.reason.RejectedException} before any write.
 */
@ApplicationScoped
public class CardCommands {

    private final RecordCards cards;
    private final CardView view;
    private final LabourActivityCheck labourActivity;

    CardCommands(RecordCards cards, CardView view, LabourActivityCheck labourActivity) {
        this.cards = cards;
        this.view = view;
        this.labourActivity = labourActivity;
    }

    /** The executor enters the citizen's data: a card (new or existing) with an active job-seeker registration. */
    public Outcome registerJobSeeker(CommandContext c) {
        Optional<RecordCard> card = cards.find(c.iin(), true);
        VariantRequirements.check(c, card);
        require(card.flatMap(k -> k.activeRegistration(RegistrationKind.JOB_SEEKER)).isEmpty(),
                ReasonCode.REGISTRY_ALREADY_JOB_SEEKER, "an active job-seeker registration exists");
        Identification id = identification(c);
        Channel channel = c.data().requiredEnum("channel", Channel.class);
        LocalDate on = c.data().dateOr("registeredOn", c.today());
        if (card.isEmpty()) {
            cards.create(c.iin(), id, c.at());
        } else {
            cards.identify(c.iin(), id);
        }
        cards.register(c.iin(), RegistrationKind.JOB_SEEKER, on, c.command().providerId(), channel.name(),
                c.command().requestId(), null, null);
        cards.record(c.iin(), c.history("registered as job seeker on " + on + " (" + channel + ")"));
        return Outcome.accepted(view.of(c.iin()));
    }

    /**
     * Registration as unemployed, by the body's decision, after what the variant requires (V02, V12: an active
     * job-seeker registration, inferred from the service's name). No text that registers the unemployed (V02 000
     * L238/L263, V12 003 L824–836) has the executor check labour activity: that is V11's job-seeker check (003
     * L556–559), its own command CHECK_LABOUR_ACTIVITY. The labour activity is reported with the card, never a refusal.
     * Two active unemployed registrations are refused whatever the variant (the card holds one).
     */
    public Outcome registerUnemployed(CommandContext c) {
        Optional<RecordCard> card = cards.find(c.iin(), true);
        VariantRequirements.check(c, card);
        require(card.flatMap(k -> k.activeRegistration(RegistrationKind.UNEMPLOYED)).isEmpty(),
                ReasonCode.REGISTRY_ALREADY_UNEMPLOYED, "an active unemployed registration exists");
        LabourActivity activity = labourActivity.on(c.iin(), c.today());
        CommandData d = c.data();
        String decisionNumber = d.requiredText("decisionNumber");
        LocalDate decisionDate = d.requiredDate("decisionDate");
        LocalDate on = d.dateOr("registeredOn", c.today());
        openIfNone(c, card);
        cards.register(c.iin(), RegistrationKind.UNEMPLOYED, on, c.command().providerId(), d.text("channel"),
                c.command().requestId(), decisionNumber, decisionDate);
        cards.record(c.iin(), c.history("registered as unemployed on " + on + " by decision № " + decisionNumber
                + " of " + decisionDate));
        ObjectNode json = view.of(c.iin());
        json.set("labourActivity", EnvelopeCodec.json().valueToTree(activity));
        return Outcome.accepted(json);
    }

    /** Deregistration (date, reason) of an active registration; ending the job seeker's also ends the unemployed one. */
    public Outcome deregister(CommandContext c) {
        CommandData d = c.data();
        RegistrationKind kind = d.enumOr("registration", RegistrationKind.class, RegistrationKind.JOB_SEEKER);
        Optional<RecordCard> card = cards.find(c.iin(), true);
        Optional<Registration> active = card.flatMap(k -> k.activeRegistration(kind));
        require(active.isPresent(), ReasonCode.REGISTRY_NO_ACTIVE_REGISTRATION, "no active " + kind + " registration");
        String reason = d.requiredText("reason");
        LocalDate on = d.dateOr("deregisteredOn", c.today());
        cards.deregister(active.get().id(), on, reason, c.command().requestId());
        if (kind == RegistrationKind.JOB_SEEKER) {
            card.get().activeRegistration(RegistrationKind.UNEMPLOYED)
                    .ifPresent(u -> cards.deregister(u.id(), on, reason, c.command().requestId()));
        }
        cards.record(c.iin(), c.history("deregistered (" + kind + ") on " + on + ": " + reason));
        return Outcome.accepted(view.of(c.iin()));
    }

    /**
     * A referral to an active employment measure, after what the variant requires: V08 a card as a job seeker or
     * unemployed (002 L247, L277); V01 nothing (000 L98 names no registry), so a person without a card gets one
     * opened from the identification data the executor entered.
     */
    public Outcome referToMeasure(CommandContext c) {
        Optional<RecordCard> card = cards.find(c.iin(), true);
        VariantRequirements.check(c, card);
        CommandData d = c.data();
        MeasureKind kind = d.requiredEnum("measureKind", MeasureKind.class);
        Referral referral = new Referral(kind, d.dateOr("referredOn", c.today()), c.command().providerId(),
                c.command().requestId(), d.requiredText("employer"), d.text("employerBin"), d.text("vacancy"),
                d.text("referralNumber"), d.json());
        openIfNone(c, card);
        cards.refer(c.iin(), referral);
        cards.record(c.iin(), c.history("referred to " + kind + " on " + referral.referredOn() + ": "
                + referral.employer()));
        return Outcome.accepted(view.of(c.iin()));
    }

    /** A card opened from the entered identification data when the person has none. */
    private void openIfNone(CommandContext c, Optional<RecordCard> card) {
        if (card.isEmpty()) {
            cards.create(c.iin(), identification(c), c.at());
        }
    }

    /** The identification data the executor entered; the birth date must be the IIN's. */
    private static Identification identification(CommandContext c) {
        CommandData d = c.data();
        Identification id = new Identification(d.requiredText("surname"), d.requiredText("givenName"),
                d.text("patronymic"), d.requiredDate("birthDate"));
        require(id.birthDate().equals(Iin.of(c.iin()).birthDate()), ReasonCode.REGISTRY_IDENTITY_MISMATCH,
                "birth date differs from the IIN's");
        return id;
    }
}
