package kz.egov.registry.card;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.egov.contract.envelope.EnvelopeCodec;

/** A card as the JSON carried in registry events and shown to operators. */
@ApplicationScoped
public class CardView {

    private final RecordCards cards;

    CardView(RecordCards cards) {
        this.cards = cards;
    }

    /** The card's JSON, or null when the person has no card. Needs a transaction. */
    public ObjectNode of(String iin) {
        return cards.find(iin, false).map(CardView::json).orElse(null);
    }

    /**
     * The card as JSON, with its number (stable per person, derived without revealing the IIN) and the date of the
     * latest registration, which result documents quote.
     */
    public static ObjectNode json(RecordCard card) {
        ObjectNode json = EnvelopeCodec.json().valueToTree(card);
        json.put("cardNumber", "КПУ-" + kz.egov.contract.envelope.SealInput.sha256Hex(
                card.iin().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10).toUpperCase());
        card.registrations().stream().filter(Registration::active).map(Registration::registeredOn)
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder())
                .ifPresent(d -> json.put("registeredAt", d.toString()));
        return json;
    }
}
