package kz.egov.registry.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.EnvelopeCodec;

/** A card as the JSON carried in registry events and shown to operators. */
@ApplicationScoped
public class CardView {

    @Inject
    RecordCards cards;

    /** The card's JSON, or null when the person has no card. Needs a transaction. */
    public ObjectNode of(String iin) {
        return cards.find(iin, false).map(CardView::json).orElse(null);
    }

    public static ObjectNode json(RecordCard card) {
        return EnvelopeCodec.json().valueToTree(card);
    }
}
