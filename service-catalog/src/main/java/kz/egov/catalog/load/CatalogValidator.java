package kz.egov.catalog.load;

import kz.egov.catalog.model.BaseService;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.ChannelSpec;
import kz.egov.catalog.model.ChecklistDocument;
import kz.egov.catalog.model.Contradiction;
import kz.egov.catalog.model.DocumentChecklist;
import kz.egov.catalog.model.FormField;
import kz.egov.catalog.model.FormFields;
import kz.egov.catalog.model.LineRange;
import kz.egov.catalog.model.MaxDuration;
import kz.egov.catalog.model.Organisation;
import kz.egov.catalog.model.PortalSequence;
import kz.egov.catalog.model.ProviderType;
import kz.egov.catalog.model.RegistryCommand;
import kz.egov.catalog.model.Role;
import kz.egov.catalog.model.Statement;
import kz.egov.catalog.model.Step;
import kz.egov.catalog.model.Term;
import kz.egov.catalog.model.TermExtension;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.reason.ReasonCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the resolved catalog; every problem names the entry (V07, JOB_SEEKER_REGISTRATION) and the field. */
final class CatalogValidator {

    private static final Pattern VARIANT_CODE = Pattern.compile("V\\d\\d");
    private static final Pattern BASE_CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern KATO = Pattern.compile("\\d{2,9}");
    /** What a refusal to accept can rest on: an incomplete package, expired documents. */
    private static final Set<ReasonCode> REFUSAL_TO_ACCEPT_GROUNDS = Set.of(ReasonCode.PKG_DOCUMENTS_MISSING,
            ReasonCode.PKG_DOCUMENTS_EXPIRED);

    private final List<String> problems = new ArrayList<>();

    private CatalogValidator() {
    }

    static List<String> validate(Map<String, BaseService> bases, Map<String, Variant> variants,
                                 Map<String, PortalSequence> sequences) {
        CatalogValidator v = new CatalogValidator();
        bases.values().forEach(v::base);
        variants.values().forEach(x -> v.variant(x, sequences));
        v.regionsDoNotOverlap(variants);
        for (BaseService b : bases.values()) {
            if (variants.values().stream().noneMatch(x -> x.baseService().equals(b.code()))) {
                v.problems.add(b.code() + " variants: a base service without variants");
            }
        }
        return v.problems;
    }

    private void problem(String entry, String field, String what) {
        problems.add(entry + " " + field + ": " + what);
    }

    private void base(BaseService b) {
        String e = b.code();
        if (e == null || !BASE_CODE.matcher(e).matches()) {
            problem(String.valueOf(e), "code", "must be UPPER_SNAKE_CASE");
            return;
        }
        names(e, "names", b.names());
        if (b.names() != null && b.names().en() == null) {
            problem(e, "names.en", "missing");
        }
        formFields(e, "formFields", b.formFields());
        checklist(e, "documentChecklist", b.documentChecklist());
        if (b.sampleRefusalGrounds().isEmpty()) {
            problem(e, "sampleRefusalGrounds", "missing (ship the placeholders so the system works)");
        }
        for (int i = 0; i < b.sampleRefusalGrounds().size(); i++) {
            var g = b.sampleRefusalGrounds().get(i);
            if (g.code() == null || g.ru() == null || g.kk() == null) {
                problem(e, "sampleRefusalGrounds[" + i + "]", "code, ru and kk are required");
            }
        }
    }

    private void names(String e, String field, kz.egov.catalog.model.Names n) {
        if (n == null || (n.kk() == null && n.ru() == null && n.en() == null)) {
            problem(e, field, "missing");
        }
    }

    private void formFields(String e, String field, FormFields f) {
        if (f == null || f.fields().isEmpty()) {
            problem(e, field, "missing or empty");
            return;
        }
        if (f.note() == null) {
            problem(e, field + ".note", "say where the real form is (sample) or where it comes from");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < f.fields().size(); i++) {
            FormField ff = f.fields().get(i);
            String p = field + ".fields[" + i + "]";
            if (ff.name() == null || !names.add(ff.name())) {
                problem(e, p + ".name", "missing or duplicate: " + ff.name());
            }
            if (ff.type() == null) {
                problem(e, p + ".type", "missing");
            }
            if (ff.labelRu() == null || ff.labelKk() == null) {
                problem(e, p + ".labelRu/labelKk", "both labels are required");
            }
            if (ff.type() == kz.egov.catalog.model.FieldType.ENUM && ff.options().isEmpty()) {
                problem(e, p + ".options", "an ENUM field needs options");
            }
        }
    }

    private void checklist(String e, String field, DocumentChecklist c) {
        if (c == null || c.documents().isEmpty()) {
            problem(e, field, "missing or empty");
            return;
        }
        if (c.source() == null) {
            problem(e, field + ".source", "missing");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < c.documents().size(); i++) {
            ChecklistDocument d = c.documents().get(i);
            if (d.code() == null || !codes.add(d.code())) {
                problem(e, field + ".documents[" + i + "].code", "missing or duplicate: " + d.code());
            }
            names(e, field + ".documents[" + i + "].names", d.names());
        }
    }

    private void variant(Variant v, Map<String, PortalSequence> sequences) {
        String e = v.code();
        if (e == null || !VARIANT_CODE.matcher(e).matches()) {
            problem(String.valueOf(e), "code", "must look like V01");
            return;
        }
        if (v.key() == null || !v.key().startsWith(v.baseService() + "@") && !v.partial()) {
            problem(e, "key", "must be BASE@region-year, got " + v.key());
        }
        names(e, "names", v.names());
        if (v.providerType() == null) {
            problem(e, "providerType", "missing");
        } else if (v.providerType() == ProviderType.STATE_CORPORATION) {
            problem(e, "providerType", "the State Corporation is a front office, not a provider");
        }
        names(e, "providerName", v.providerName());
        if (v.region() == null) {
            problem(e, "region", "missing");
        } else {
            if (v.region().katoPrefixes().isEmpty()) {
                problem(e, "region.katoPrefixes", "missing");
            }
            for (String k : v.region().katoPrefixes()) {
                if (!KATO.matcher(k).matches()) {
                    problem(e, "region.katoPrefixes", "not a KATO prefix: " + k);
                }
            }
        }
        if (v.source() == null || v.source().file() == null || v.source().lines() == null || v.source().act() == null) {
            problem(e, "source", "file, lines and act are required");
        }
        lineReferences(e, v);
        if (!v.partial() && v.channelSpecs().isEmpty()) {
            problem(e, "channels", "a complete variant needs at least one channel");
        }
        if (!v.partial() && v.resultDocuments().isEmpty()) {
            problem(e, "resultDocuments", "missing");
        }
        Set<Channel> seen = new HashSet<>();
        Set<ProviderType> bodies = new HashSet<>();
        if (v.providerType() != null) {
            bodies.add(v.providerType());
        }
        bodies.add(ProviderType.STATE_CORPORATION);
        v.organisations().stream().map(Organisation::type).forEach(bodies::add);
        for (ChannelSpec c : v.channelSpecs()) {
            String cp = "channels[" + c.channel() + "]";
            if (c.channel() == null) {
                problem(e, "channels[].channel", "missing");
                continue;
            }
            if (!seen.add(c.channel())) {
                problem(e, cp, "listed twice");
            }
            if (c.sourceName() == null) {
                problem(e, cp + ".sourceName", "missing (the text's name for the channel)");
            }
            if (c.steps().isEmpty() && !v.partial()) {
                problem(e, cp + ".steps", "missing");
            }
            if (c.portalSequence() != null && !sequences.containsKey(c.portalSequence())) {
                problem(e, cp + ".portalSequence", "unknown sequence " + c.portalSequence());
            }
            if (c.channel() == Channel.VIA_OTHER_BODY && v.organisations().size() < 2) {
                problem(e, "organisations", "a VIA_OTHER_BODY channel needs both bodies listed");
            }
            steps(e, cp, c, bodies, v.partial());
            term(e, cp + ".term", c.term(), v.partial());
        }
        if (v.refusalToAccept() != null) {
            for (Channel ch : v.refusalToAccept().channels()) {
                if (!seen.contains(ch)) {
                    problem(e, "refusalToAccept.channels", ch + " is not a channel of the variant");
                }
            }
            if (v.refusalToAccept().grounds() == null || v.refusalToAccept().lines() == null) {
                problem(e, "refusalToAccept", "grounds and lines are required");
            }
            if (v.refusalToAccept().reasons().isEmpty()
                    || !REFUSAL_TO_ACCEPT_GROUNDS.containsAll(v.refusalToAccept().reasons())) {
                problem(e, "refusalToAccept.reasons", "PKG_DOCUMENTS_MISSING and/or PKG_DOCUMENTS_EXPIRED, as the text says");
            }
        }
        if (v.motivatedRefusal() != null && v.motivatedRefusal().grounds() == null) {
            problem(e, "motivatedRefusal.grounds", "missing (STD_P10 or the text's grounds)");
        }
        for (int i = 0; i < v.resultDocuments().size(); i++) {
            var r = v.resultDocuments().get(i);
            String rp = "resultDocuments[" + i + "]";
            if (r.code() == null || r.kind() == null) {
                problem(e, rp, "code and kind are required");
            }
            names(e, rp + ".names", r.names());
            if (r.lines() == null) {
                problem(e, rp + ".lines", "missing");
            }
        }
        for (int i = 0; i < v.contradictions().size(); i++) {
            contradiction(e, "contradictions[" + i + "]", v.contradictions().get(i));
        }
        if (!v.partial()) {
            checklist(e, "documentChecklist", v.documentChecklist());
            formFields(e, "formFields", v.formFields());
        }
        registryRules(e, v);
    }

    /**
     * One rule per registry command the steps send, none for a command they do not; each with its lines, and the
     * text's wordings when it requires something and is not marked inferred.
     */
    private void registryRules(String e, Variant v) {
        List<RegistryCommand> sent = v.registryCommands();
        Set<RegistryCommand> ruled = new HashSet<>();
        for (int i = 0; i < v.registryRules().size(); i++) {
            var r = v.registryRules().get(i);
            String rp = "registryRules[" + i + "]";
            if (r.command() == null) {
                problem(e, rp + ".command", "missing");
                continue;
            }
            if (!ruled.add(r.command())) {
                problem(e, rp, r.command() + " has two rules");
            }
            if (!sent.contains(r.command())) {
                problem(e, rp, "no step of the variant sends " + r.command());
            }
            if (r.lines() == null) {
                problem(e, rp + ".lines", "missing");
            }
            if (r.wordings().isEmpty() && !r.inferred() && !r.requires().isEmpty()) {
                problem(e, rp + ".wordings", "the text's words for the checks, or inferred: true");
            }
        }
        for (var cmd : sent) {
            if (!ruled.contains(cmd)) {
                problem(e, "registryRules", "no rule for " + cmd + ", which a step sends");
            }
        }
    }

    /**
     * Every line reference of the variant resolves against its source: it lies inside one of the source's sections
     * ({@code source.lines}) and its language can be told (RU/KZ, the section's, the original's); a contradiction's
     * statement is in the language it says.
     */
    private void lineReferences(String e, Variant v) {
        if (v.source() == null || v.source().lines() == null) {
            return;
        }
        if (v.source().languages().isEmpty()
                || !v.source().languages().stream().allMatch(l -> l.equals("kk") || l.equals("ru"))) {
            problem(e, "source.language", "kk, ru or ru+kk, got " + v.source().language());
            return;
        }
        v.lineReferences().forEach((field, lines) -> {
            for (LineRange r : lines.ranges()) {
                try {
                    v.source().cite(r);
                } catch (IllegalArgumentException ex) {
                    problem(e, field, ex.getMessage());
                }
            }
        });
        for (int i = 0; i < v.contradictions().size(); i++) {
            List<Statement> statements = v.contradictions().get(i).statements();
            for (int j = 0; j < statements.size(); j++) {
                Statement s = statements.get(j);
                if (s.lines() == null || s.language() == null) {
                    continue;
                }
                for (LineRange r : s.lines().ranges()) {
                    try {
                        String lang = v.source().cite(r).language();
                        if (!lang.equals(s.language())) {
                            problem(e, "contradictions[" + i + "].statements[" + j + "].language",
                                    s.language() + " but " + r + " is " + lang);
                        }
                    } catch (IllegalArgumentException ex) {
                        // reported above
                    }
                }
            }
        }
    }

    private void steps(String e, String cp, ChannelSpec c, Set<ProviderType> bodies, boolean partial) {
        int last = Integer.MIN_VALUE;
        int signing = 0;
        for (int i = 0; i < c.steps().size(); i++) {
            Step s = c.steps().get(i);
            String sp = cp + ".steps[" + i + "]";
            if (s.number() <= last) {
                problem(e, sp + ".number", "steps must be in ascending order: " + s.number() + " after " + last);
            }
            last = s.number();
            if (s.role() == null) {
                problem(e, sp + ".role", "missing");
                continue;
            }
            if (s.action() == null || s.action().isBlank()) {
                problem(e, sp + ".action", "missing");
            }
            if (s.actor() == null) {
                problem(e, sp + ".actor", "missing (the text's words for who acts)");
            }
            if (s.lines() == null) {
                problem(e, sp + ".lines", "missing");
            }
            if (s.role() == Role.SYSTEM && s.informationSystem() == null) {
                problem(e, sp + ".informationSystem", "a SYSTEM step must name its system");
            }
            if (s.role() != Role.SYSTEM && s.role() != Role.APPLICANT) {
                if (s.body() == null) {
                    problem(e, sp + ".body", "missing");
                } else if (!bodies.contains(s.body())) {
                    problem(e, sp + ".body", s.body() + " is neither the provider nor one of the organisations");
                }
            }
            if (s.signsResult()) {
                signing++;
                if (s.role() == Role.APPLICANT || s.role() == Role.SYSTEM) {
                    problem(e, sp + ".signsResult", "a " + s.role() + " step cannot sign the result");
                }
            }
            if (s.maxDuration() != null) {
                duration(e, sp + ".maxDuration", s.maxDuration());
            } else if (s.role() != Role.APPLICANT && s.note() == null) {
                problem(e, sp + ".maxDuration", "missing; if the text gives none, say so in the step's note");
            }
        }
        if (signing > 1) {
            problem(e, cp + ".steps", signing + " steps sign the result; at most one may");
        }
        if (signing == 0 && !c.steps().isEmpty() && c.note() == null && !partial) {
            problem(e, cp + ".steps", "no step signs the result; say why in the channel's note");
        }
    }

    private void duration(String e, String field, MaxDuration d) {
        if (d.unit() == null) {
            problem(e, field + ".unit", "missing");
            return;
        }
        if (d.amount() <= 0) {
            problem(e, field + ".amount", "must be positive, got " + d.amount());
        }
        if (d.derived()) {
            return;
        }
        if (d.sourceWording() == null || d.sourceWording().isBlank()) {
            problem(e, field + ".sourceWording", "missing (the text's exact words, or mark the value derived)");
            return;
        }
        try {
            DurationWording.Parsed p = DurationWording.parse(d.sourceWording());
            if (!DurationWording.states(d.sourceWording(), d.amount(), d.unit())) {
                problem(e, field, "the wording «" + d.sourceWording() + "» states " + p.amount() + " " + p.unit()
                        + " but the entry says " + d.amount() + " " + d.unit());
            }
            if (p.bound() == DurationWording.Bound.NOT_LESS) {
                problem(e, field + ".sourceWording", "«" + d.sourceWording() + "» is a lower bound; keep it as a contradiction, not as the limit");
            }
        } catch (IllegalArgumentException ex) {
            problem(e, field + ".sourceWording", ex.getMessage());
        }
    }

    private void term(String e, String field, Term t, boolean partial) {
        if (t == null) {
            if (!partial) {
                problem(e, field, "missing");
            }
            return;
        }
        if (t.parts().isEmpty()) {
            problem(e, field + ".parts", "missing");
        }
        if (t.start() == null) {
            problem(e, field + ".start", "missing");
        }
        for (int i = 0; i < t.parts().size(); i++) {
            duration(e, field + ".parts[" + i + "]", t.parts().get(i));
        }
        if (!t.derived() && t.lines() == null) {
            problem(e, field + ".lines", "a stated term needs its source lines");
        }
        for (int i = 0; i < t.extensions().size(); i++) {
            TermExtension x = t.extensions().get(i);
            if (x.extra() == null || x.condition() == null) {
                problem(e, field + ".extensions[" + i + "]", "extra and condition are required");
            } else {
                duration(e, field + ".extensions[" + i + "].extra", x.extra());
            }
        }
    }

    private void contradiction(String e, String field, Contradiction c) {
        if (c.id() == null || c.kind() == null || c.where() == null) {
            problem(e, field, "id, kind and where are required");
        }
        if (c.systemUses() == null || c.reason() == null) {
            problem(e, field, "systemUses and reason are required");
        }
        if (c.statements().size() < 2 && c.kind() != kz.egov.catalog.model.ContradictionKind.TERM_SHORTER_THAN_STEPS) {
            problem(e, field + ".statements", "a contradiction needs the disagreeing statements");
        }
        for (int i = 0; i < c.statements().size(); i++) {
            Statement s = c.statements().get(i);
            String sp = field + ".statements[" + i + "]";
            if (s.wording() == null || s.lines() == null || s.language() == null) {
                problem(e, sp, "wording, lines and language are required");
                continue;
            }
            if (s.isDuration()) {
                try {
                    if (!DurationWording.states(s.wording(), s.amount(), s.unit())) {
                        DurationWording.Parsed p = DurationWording.parse(s.wording());
                        problem(e, sp, "the wording «" + s.wording() + "» states " + p.amount() + " " + p.unit()
                                + " but the entry says " + s.amount() + " " + s.unit());
                    }
                } catch (IllegalArgumentException ex) {
                    problem(e, sp + ".wording", ex.getMessage());
                }
            }
        }
    }

    private void regionsDoNotOverlap(Map<String, Variant> variants) {
        List<Variant> all = new ArrayList<>(variants.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Variant a = all.get(i);
                Variant b = all.get(j);
                if (!a.baseService().equals(b.baseService()) || a.region() == null || b.region() == null) {
                    continue;
                }
                for (String pa : a.region().katoPrefixes()) {
                    for (String pb : b.region().katoPrefixes()) {
                        if (pa.startsWith(pb) || pb.startsWith(pa)) {
                            problem(b.code(), "region.katoPrefixes", "overlaps " + a.code() + " of the same base service (" + pa + "/" + pb + ")");
                        }
                    }
                }
            }
        }
    }
}
