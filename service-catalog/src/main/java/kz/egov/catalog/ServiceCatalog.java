package kz.egov.catalog;

import kz.egov.catalog.load.CatalogLoader;
import kz.egov.catalog.model.BaseService;
import kz.egov.catalog.model.PortalSequence;
import kz.egov.catalog.model.ProviderType;
import kz.egov.catalog.model.Variant;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The state services of the regulations (регламенты): base services and their regional variants V01–V16.
 * Immutable and thread-safe; load once at start-up. Loading validates everything and fails with a
 * {@link CatalogException} that names the entry and the field.
 */
public final class ServiceCatalog {

    /** The classpath folder of the default catalog. */
    public static final String DEFAULT_FOLDER = "catalog";

    private final Map<String, BaseService> baseServices;
    private final List<Variant> variants;
    private final Map<String, Variant> byCode;
    private final Map<String, PortalSequence> sequences;

    private ServiceCatalog(CatalogLoader.Loaded loaded) {
        this.baseServices = loaded.baseServices();
        this.variants = loaded.variants().values().stream().sorted(Comparator.comparing(Variant::code)).toList();
        this.byCode = loaded.variants();
        this.sequences = loaded.sequences();
    }

    /** Loads {@code catalog/index.yaml} and the files it lists from the classpath. */
    public static ServiceCatalog loadDefault() {
        return new ServiceCatalog(CatalogLoader.fromClasspath(DEFAULT_FOLDER));
    }

    /** Loads every {@code *.yaml} file of a directory. */
    public static ServiceCatalog loadFromDirectory(Path dir) {
        return new ServiceCatalog(CatalogLoader.fromDirectory(dir));
    }

    public List<BaseService> baseServices() {
        return baseServices.values().stream().sorted(Comparator.comparing(BaseService::code)).toList();
    }

    /** The base service; throws {@link NoSuchElementException} for an unknown code. */
    public BaseService baseService(String code) {
        return findBaseService(code).orElseThrow(() -> new NoSuchElementException("unknown base service " + code));
    }

    public Optional<BaseService> findBaseService(String code) {
        return Optional.ofNullable(baseServices.get(code));
    }

    /** All variants, by code. */
    public List<Variant> variants() {
        return variants;
    }

    /** The variant V01…V16; throws {@link NoSuchElementException} for an unknown code. */
    public Variant variant(String code) {
        Variant v = byCode.get(code);
        if (v == null) {
            throw new NoSuchElementException("unknown variant " + code);
        }
        return v;
    }

    /** The variant V01…V16, or empty for an unknown code. */
    public Optional<Variant> findVariant(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The variants of a base service, by code. */
    public List<Variant> variantsFor(String baseServiceCode) {
        baseService(baseServiceCode);
        return variants.stream().filter(v -> v.baseService().equals(baseServiceCode)).toList();
    }

    /**
     * The variant that serves a citizen: the one of the base service whose region covers the citizen's KATO code
     * (the registered address found through ГБД ФЛ). Empty when no region's act is in the catalog.
     */
    public Optional<Variant> variantFor(String baseServiceCode, String regionKato) {
        return variantsFor(baseServiceCode).stream().filter(v -> v.covers(regionKato)).findFirst();
    }

    /** The variants of a base service provided by that kind of body. */
    public List<Variant> variantsFor(String baseServiceCode, ProviderType providerType) {
        return variantsFor(baseServiceCode).stream().filter(v -> v.providerType() == providerType).toList();
    }

    /** The variant of a base service for a provider type and region KATO code. */
    public Optional<Variant> variantFor(String baseServiceCode, ProviderType providerType, String regionKato) {
        return variantsFor(baseServiceCode, providerType).stream().filter(v -> v.covers(regionKato)).findFirst();
    }

    public PortalSequence portalSequence(String id) {
        PortalSequence s = sequences.get(id);
        if (s == null) {
            throw new NoSuchElementException("unknown portal sequence " + id);
        }
        return s;
    }

    public List<PortalSequence> portalSequences() {
        return sequences.values().stream().sorted(Comparator.comparing(PortalSequence::id)).toList();
    }
}
