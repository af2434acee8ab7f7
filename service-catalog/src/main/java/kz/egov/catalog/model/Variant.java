package kz.egov.catalog.model;

import kz.egov.contract.message.Channel;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A service variant: one region's regulation (регламент) of a base service, V01…V16.
 *
 * @param code                 V01…V16
 * @param key                  BASE@region-year as in SERVICES.md
 * @param baseService          the base service code
 * @param names                names as the variant's own text has them ({@code null} where it lacks a language)
 * @param providerType         the provider's kind
 * @param providerName         the provider in the text's words
 * @param organisations        bodies involved when there are two or more
 * @param region               the region of the act
 * @param source               where it is written
 * @param partial              only a fragment of the regulation is in the texts (V14, V15)
 * @param serviceForm          the form of the service in the text's words
 * @param fee                  the fee when the text states one
 * @param channelSpecs         channels with their steps and terms (YAML: {@code channels})
 * @param resultDocuments      results
 * @param refusalToAccept      refusal to accept, {@code null} when the text has none
 * @param motivatedRefusal     motivated refusal, {@code null} when the text has none
 * @param informationSystems   systems the text names
 * @param contradictions       disagreements kept as the text has them
 * @param notes                remarks
 * @param documentChecklist    completeness check: the text's own list (V05) or the base service's SAMPLE
 * @param formFields           portal form: the base service's SAMPLE unless the variant sets one
 * @param registryRules        what АИС «Рынок труда» requires of each command the steps send (one rule per command)
 */
public record Variant(String code, String key, String baseService, Names names, ProviderType providerType,
                      Names providerName, List<Organisation> organisations, Region region, SourceRef source,
                      boolean partial, String serviceForm, String fee,
                      @JsonProperty("channels") List<ChannelSpec> channelSpecs,
                      List<ResultDocument> resultDocuments, RefusalToAccept refusalToAccept,
                      MotivatedRefusal motivatedRefusal, List<String> informationSystems,
                      List<Contradiction> contradictions, List<String> notes,
                      DocumentChecklist documentChecklist, FormFields formFields, List<RegistryRule> registryRules) {

    public Variant {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        channelSpecs = channelSpecs == null ? List.of() : List.copyOf(channelSpecs);
        resultDocuments = resultDocuments == null ? List.of() : List.copyOf(resultDocuments);
        informationSystems = informationSystems == null ? List.of() : List.copyOf(informationSystems);
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
        notes = notes == null ? List.of() : List.copyOf(notes);
        registryRules = registryRules == null ? List.of() : List.copyOf(registryRules);
    }

    /** Every registry command the steps of any channel send, in the order first met. */
    public List<RegistryCommand> registryCommands() {
        return channelSpecs.stream().flatMap(c -> c.steps().stream()).flatMap(s -> s.registryCommands().stream())
                .distinct().toList();
    }

    /**
     * The rule АИС «Рынок труда» applies to {@code command} for this variant; empty when no step of the variant sends
     * that command (the registry then refuses it: the case's service does not do that).
     */
    public Optional<RegistryRule> registryRule(RegistryCommand command) {
        return registryRules.stream().filter(r -> r.command() == command).findFirst();
    }

    /** The channels, in the text's order. */
    public List<Channel> channels() {
        return channelSpecs.stream().map(ChannelSpec::channel).toList();
    }

    public boolean hasChannel(Channel channel) {
        return channelSpecs.stream().anyMatch(c -> c.channel() == channel);
    }

    /** The channel's spec; throws when the variant does not have it. */
    public ChannelSpec channel(Channel channel) {
        return channelSpecs.stream().filter(c -> c.channel() == channel).findFirst()
                .orElseThrow(() -> new NoSuchElementException(code + " has no channel " + channel + "; it has " + channels()));
    }

    /** The ordered steps of a channel. */
    public List<Step> steps(Channel channel) {
        return channel(channel).steps();
    }

    /** The term of a channel. */
    public Term term(Channel channel) {
        return channel(channel).term();
    }

    /** The term of the first channel listed (the provider's own where it has one); see {@link #term(Channel)}. */
    public Term term() {
        if (channelSpecs.isEmpty()) {
            throw new NoSuchElementException(code + " is a fragment with no channels");
        }
        return channelSpecs.get(0).term();
    }

    /** The refusals: refusal to accept, if any. */
    public Optional<RefusalToAccept> refusalToAcceptIfAny() {
        return Optional.ofNullable(refusalToAccept);
    }

    /**
     * Whether the text lets the application be refused acceptance when it came by {@code channel}: only where its
     * refusal to accept names that channel.
     */
    public boolean refusesToAcceptOn(Channel channel) {
        return refusalToAccept != null && refusalToAccept.channels().contains(channel);
    }

    /** Whether the text provides a motivated refusal of the service. */
    public boolean refusesWithMotivation() {
        return motivatedRefusal != null;
    }

    /**
     * This variant, when its text is whole; a fragment (V14, V15: one paragraph or one point of an amendment, no
     * provider, channel or term to run) is provided on no channel: refused {@code SERVICE_TEXT_INCOMPLETE}.
     */
    public Variant requireComplete() {
        if (partial) {
            throw new RejectedException(ReasonCode.SERVICE_TEXT_INCOMPLETE,
                    code + " is a fragment of its regulation (the catalog's partial): it is run on no channel");
        }
        return this;
    }

    /** The motivated refusal, if the text provides one. */
    public Optional<MotivatedRefusal> motivatedRefusalIfAny() {
        return Optional.ofNullable(motivatedRefusal);
    }

    /**
     * Every line reference of the variant, keyed by its field as the catalog's problems name it (e.g.
     * {@code channels[OFFICE].steps[2].lines}), in the order of the YAML; {@code source.lines} first. Steps a channel
     * reuses ({@code stepsSameAs}) are listed under their own channel only.
     */
    public Map<String, Lines> lineReferences() {
        Map<String, Lines> refs = new LinkedHashMap<>();
        if (source != null) {
            put(refs, "source.lines", source.lines());
        }
        for (ChannelSpec c : channelSpecs) {
            String cp = "channels[" + c.channel() + "]";
            put(refs, cp + ".lines", c.lines());
            if (c.stepsSameAs() == null) {
                for (int i = 0; i < c.steps().size(); i++) {
                    put(refs, cp + ".steps[" + i + "].lines", c.steps().get(i).lines());
                }
            }
            if (c.term() != null) {
                put(refs, cp + ".term.lines", c.term().lines());
                for (int i = 0; i < c.term().extensions().size(); i++) {
                    put(refs, cp + ".term.extensions[" + i + "].lines", c.term().extensions().get(i).lines());
                }
            }
        }
        for (int i = 0; i < resultDocuments.size(); i++) {
            put(refs, "resultDocuments[" + i + "].lines", resultDocuments.get(i).lines());
        }
        if (refusalToAccept != null) {
            put(refs, "refusalToAccept.lines", refusalToAccept.lines());
        }
        if (motivatedRefusal != null) {
            put(refs, "motivatedRefusal.lines", motivatedRefusal.lines());
        }
        for (int i = 0; i < registryRules.size(); i++) {
            put(refs, "registryRules[" + i + "].lines", registryRules.get(i).lines());
        }
        for (int i = 0; i < contradictions.size(); i++) {
            List<Statement> statements = contradictions.get(i).statements();
            for (int j = 0; j < statements.size(); j++) {
                put(refs, "contradictions[" + i + "].statements[" + j + "].lines", statements.get(j).lines());
            }
        }
        return refs;
    }

    private static void put(Map<String, Lines> refs, String field, Lines lines) {
        if (lines != null) {
            refs.put(field, lines);
        }
    }

    /**
     * The file, language and lines of each range of a reference of this variant ({@link SourceRef#cite(Lines)}).
     *
     * @throws IllegalArgumentException when a range lies outside the source's lines or its language cannot be told
     */
    public List<SourceLines> cite(Lines lines) {
        if (source == null) {
            throw new IllegalArgumentException(code + " has no source to cite " + lines + " from");
        }
        return source.cite(lines);
    }

    /** Whether a citizen with this KATO code is served by this variant's region. */
    public boolean covers(String kato) {
        return region != null && region.covers(kato);
    }
}
