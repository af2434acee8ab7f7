package kz.egov.catalog.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import kz.egov.catalog.CatalogException;
import kz.egov.catalog.model.BaseService;
import kz.egov.catalog.model.ChannelSpec;
import kz.egov.catalog.model.DurationUnit;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.PortalSequence;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.TermStart;
import kz.egov.catalog.model.Variant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the catalog YAML files: each holds one {@code baseService} with its {@code variants}, or the shared
 * {@code sequences}. On the classpath, {@code catalog/index.yaml} lists the files (a jar cannot be listed);
 * in a directory, every {@code *.yaml} except {@code index.yaml} is read.
 */
public final class CatalogLoader {

    /** What the files hold, resolved and validated. */
    public record Loaded(Map<String, BaseService> baseServices, Map<String, Variant> variants,
                         Map<String, PortalSequence> sequences) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, false);

    private final Map<String, BaseService> baseServices = new LinkedHashMap<>();
    private final Map<String, Variant> variants = new LinkedHashMap<>();
    private final Map<String, PortalSequence> sequences = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private CatalogLoader() {
    }

    /** Loads {@code <folder>/index.yaml} and the files it lists from the classpath. */
    public static Loaded fromClasspath(String folder) {
        CatalogLoader loader = new CatalogLoader();
        String index = folder + "/index.yaml";
        JsonNode idx = loader.readClasspath(index);
        if (idx == null || !idx.path("files").isArray()) {
            throw new CatalogException(List.of(index + ": missing or has no 'files' list"));
        }
        for (JsonNode f : idx.get("files")) {
            String name = folder + "/" + f.asText();
            JsonNode node = loader.readClasspath(name);
            if (node == null) {
                loader.problems.add(name + ": listed in index.yaml but not found on the classpath");
            } else {
                loader.readFile(name, node);
            }
        }
        return loader.finish();
    }

    /** Loads every {@code *.yaml} of a directory (for administrators and tests). */
    public static Loaded fromDirectory(Path dir) {
        CatalogLoader loader = new CatalogLoader();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("index.yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    loader.readFile(p.getFileName().toString(), loader.parse(p.toString(), in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog directory " + dir, e);
        }
        return loader.finish();
    }

    private JsonNode readClasspath(String name) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null || cl.getResource(name) == null) {
            cl = CatalogLoader.class.getClassLoader();
        }
        try (InputStream in = cl.getResourceAsStream(name)) {
            return in == null ? null : parse(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    private JsonNode parse(String name, InputStream in) {
        try {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new CatalogException(name + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private void readFile(String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add(file + ": empty or not a mapping");
            return;
        }
        if (root.has("sequences")) {
            for (JsonNode s : root.get("sequences")) {
                PortalSequence seq = convert(file, "sequence " + s.path("id").asText("?"), s, PortalSequence.class);
                if (seq != null) {
                    sequences.put(seq.id(), seq);
                }
            }
        }
        if (!root.has("baseService")) {
            return;
        }
        JsonNode bsNode = root.get("baseService");
        String baseCode = bsNode.path("code").asText(null);
        BaseService base = convert(file, "base service " + baseCode, bsNode, BaseService.class);
        if (base == null) {
            return;
        }
        if (baseServices.putIfAbsent(base.code(), base) != null) {
            problems.add(file + ": base service " + base.code() + " is defined twice");
        }
        for (JsonNode v : root.path("variants")) {
            String code = v.path("code").asText("?");
            if (v.isObject() && !v.has("baseService")) {
                ((ObjectNode) v).put("baseService", base.code());
            }
            Variant variant = convert(file, code, v, Variant.class);
            if (variant == null) {
                continue;
            }
            if (!base.code().equals(variant.baseService())) {
                problems.add(code + " baseService: '" + variant.baseService() + "' but the file " + file + " is for " + base.code());
            }
            if (variants.putIfAbsent(variant.code(), resolve(variant, base)) != null) {
                problems.add(code + " code: defined twice");
            }
        }
    }

    private <T> T convert(String file, String entry, JsonNode node, Class<T> type) {
        try {
            return YAML.treeToValue(node, type);
        } catch (ValueInstantiationException e) {
            // a value type refused its text (e.g. Lines): its own message says what is wrong
            String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : e.getOriginalMessage();
            problems.add(entry + " " + path(e) + ": " + why + " (" + file + ")");
        } catch (JsonMappingException e) {
            problems.add(entry + " " + path(e) + ": " + e.getOriginalMessage() + " (" + file + ")");
        } catch (JsonProcessingException e) {
            problems.add(entry + ": " + e.getOriginalMessage() + " (" + file + ")");
        } catch (RuntimeException e) {
            problems.add(entry + ": " + e.getMessage() + " (" + file + ")");
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(root)" : sb.toString();
    }

    /** Fills what the YAML leaves to the loader: reused steps, derived terms, the base's sample lists. */
    private Variant resolve(Variant v, BaseService base) {
        Map<kz.egov.contract.message.Channel, ChannelSpec> byChannel = new EnumMap<>(kz.egov.contract.message.Channel.class);
        v.channelSpecs().forEach(c -> byChannel.put(c.channel(), c));
        List<ChannelSpec> channels = new ArrayList<>();
        for (ChannelSpec c : v.channelSpecs()) {
            List<Step> steps = c.steps();
            if (c.stepsSameAs() != null) {
                ChannelSpec other = byChannel.get(c.stepsSameAs());
                if (other == null) {
                    problems.add(v.code() + " channels[" + c.channel() + "].stepsSameAs: no channel " + c.stepsSameAs());
                } else if (!steps.isEmpty()) {
                    problems.add(v.code() + " channels[" + c.channel() + "].stepsSameAs: set together with steps");
                } else {
                    steps = other.steps();
                }
            }
            Term term = c.term();
            if (term == null && !steps.isEmpty()) {
                term = derivedTerm(steps);
            } else if (term == null && c.stepsSameAs() != null && byChannel.get(c.stepsSameAs()) != null
                    && byChannel.get(c.stepsSameAs()).term() != null) {
                term = byChannel.get(c.stepsSameAs()).term();
            }
            channels.add(new ChannelSpec(c.channel(), c.sourceName(), c.lines(), steps, c.stepsSameAs(), term,
                    c.portalSequence(), c.acceptanceProof(), c.note()));
        }
        return new Variant(v.code(), v.key(), v.baseService(), v.names(), v.providerType(), v.providerName(),
                v.organisations(), v.region(), v.source(), v.partial(), v.serviceForm(), v.fee(), channels,
                v.resultDocuments(), v.refusalToAccept(), v.motivatedRefusal(), v.informationSystems(),
                v.contradictions(), v.notes(),
                v.documentChecklist() != null ? v.documentChecklist() : base.documentChecklist(),
                v.formFields() != null ? v.formFields() : base.formFields(), v.registryRules());
    }

    /** The sum of the step limits by unit (minutes and hours together, as minutes), marked derived; null when no step has a limit. */
    public static Term derivedTerm(List<Step> steps) {
        long minutes = 0;
        long working = 0;
        long calendar = 0;
        int unlimited = 0;
        for (Step s : steps) {
            MaxDuration d = s.maxDuration();
            if (d == null) {
                unlimited++;
                continue;
            }
            switch (d.unit()) {
                case MINUTES -> minutes += d.amount();
                case HOURS -> minutes += d.amount() * 60;
                case WORKING_DAYS -> working += d.amount();
                case CALENDAR_DAYS -> calendar += d.amount();
            }
        }
        List<MaxDuration> parts = new ArrayList<>();
        if (calendar > 0) {
            parts.add(MaxDuration.of(calendar, DurationUnit.CALENDAR_DAYS));
        }
        if (working > 0) {
            parts.add(MaxDuration.of(working, DurationUnit.WORKING_DAYS));
        }
        if (minutes > 0) {
            parts.add(MaxDuration.of(minutes, DurationUnit.MINUTES));
        }
        if (parts.isEmpty()) {
            return null;
        }
        String note = "The text states no term: the sum of the step limits (derived)"
                + (unlimited > 0 ? "; " + unlimited + " step(s) without a limit are not counted" : "") + ".";
        return new Term(parts, TermStart.FIRST_STEP_START, null, false, List.of(), note, false);
    }

    private Loaded finish() {
        problems.addAll(CatalogValidator.validate(baseServices, variants, sequences));
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new Loaded(java.util.Collections.unmodifiableMap(baseServices), java.util.Collections.unmodifiableMap(variants),
                java.util.Collections.unmodifiableMap(sequences));
    }
}
