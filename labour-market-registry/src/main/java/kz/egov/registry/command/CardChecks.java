package kz.egov.registry.command;

import static kz.egov.registry.command.Rules.require;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.EnvelopeCodec;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.registry.card.CardView;
import kz.egov.registry.card.RecordCard;
import kz.egov.registry.card.RecordCards;
import kz.egov.registry.employment.LabourActivity;
import kz.egov.registry.employment.LabourActivityCheck;

/** The commands that only read: labour activity, the unemployed registration for a certificate, the card. */
@ApplicationScoped
public class CardChecks {

    private final RecordCards cards;
    private final LabourActivityCheck labourActivity;

    CardChecks(RecordCards cards, LabourActivityCheck labourActivity) {
        this.cards = cards;
        this.labourActivity = labourActivity;
    }

    /** "Checks that the citizen has no labour activity": the answer names its source and data date. */
    public Outcome labourActivity(CommandContext c) {
        VariantRequirements.check(c, cards.find(c.iin(), false));
        LabourActivity activity = labourActivity.on(c.iin(), c.data().dateOr("on", c.today()));
        ObjectNode json = cards.find(c.iin(), false).map(CardView::json)
                .orElseGet(() -> EnvelopeCodec.json().createObjectNode().put("iin", c.iin()));
        json.set("labourActivity", EnvelopeCodec.json().valueToTree(activity));
        return Outcome.accepted(json);
    }

    /**
     * Before a certificate: what the variant requires of the unemployed registration — V13 the registration and the
     * identification data (003 L985–989), V07 the card as an unemployed person (002 L174), V04 the card and the
     * registration (inferred). The answer carries the card when there is one.
     */
    public Outcome unemployedRegistration(CommandContext c) {
        Optional<RecordCard> card = cards.find(c.iin(), false);
        VariantRequirements.check(c, card);
        return Outcome.accepted(card.map(CardView::json)
                .orElseGet(() -> EnvelopeCodec.json().createObjectNode().put("iin", c.iin())));
    }

    /** The card by IIN. */
    public Outcome card(CommandContext c) {
        Optional<RecordCard> card = cards.find(c.iin(), false);
        require(card.isPresent(), ReasonCode.REGISTRY_NO_RECORD_CARD, "no personal record card");
        return Outcome.accepted(CardView.json(card.get()));
    }
}
