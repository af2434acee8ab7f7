package kz.egov.catalog.model;

import kz.egov.contract.message.Channel;

import java.util.List;

/**
 * A channel of a variant with its ordered steps and term.
 *
 * @param channel         the channel
 * @param sourceName      the text's name for it (канцелярия, кеңсе, ЦОН, Мемлекеттік корпорация, ...)
 * @param lines           source lines of the channel's step list
 * @param steps           ordered steps
 * @param stepsSameAs     set when the text gives no steps for this channel and we reuse another channel's (inferred)
 * @param term            the term; derived from the steps when the text states none
 * @param portalSequence  id of the process/condition sequence (see {@link PortalSequence}), or {@code null}
 * @param acceptanceProof what the applicant gets on acceptance (receipt, coupon, status), or {@code null}
 * @param note            remarks
 */
public record ChannelSpec(Channel channel, String sourceName, Lines lines, List<Step> steps, Channel stepsSameAs,
                          Term term, String portalSequence, String acceptanceProof, String note) {
    public ChannelSpec {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The step that signs the result, if any. */
    public java.util.Optional<Step> signingStep() {
        return steps.stream().filter(Step::signsResult).findFirst();
    }
}
