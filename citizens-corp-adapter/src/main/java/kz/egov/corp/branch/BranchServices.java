package kz.egov.corp.branch;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.contract.message.Channel;
import kz.egov.catalog.model.Variant;
import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;

/**
 * The services a branch accepts: catalog variants with a State Corporation channel (the 2012 acts' ЦОН included)
 * whose region covers the branch's KATO.
 */
@ApplicationScoped
public class BranchServices {

    private final ServiceCatalog catalog;

    BranchServices(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** One service at the desk: the base service and the variant of the branch's region. */
    public record Offer(String serviceCode, String nameRu, String nameKk, String variantCode, boolean refusalToAccept) {
    }

    public List<Offer> offered(Branch branch) {
        return catalog.variants().stream().filter(v -> onDesk(v, branch.kato()))
                .map(v -> {
                    var names = catalog.baseService(v.baseService()).names();
                    return new Offer(v.baseService(), names.ru(), names.kk(), v.code(), refusesAtDesk(v));
                }).sorted(Comparator.comparing(Offer::serviceCode)).toList();
    }

    /**
     * The variant under which the citizen's request is served: the one of the citizen's region (as the gateway will
     * route it), which must be offered at the State Corporation, and the service must be offered at this branch.
     */
    public Variant variantAtDesk(Branch branch, String serviceCode, String citizenKato) {
        if (catalog.findBaseService(serviceCode).isEmpty()) {
            throw new RejectedException(ReasonCode.SERVICE_UNKNOWN, "no base service " + serviceCode);
        }
        List<Variant> variants = catalog.variantsFor(serviceCode);
        // the region's text is a fragment (V14): said so, not "not on this channel"
        variants.stream().filter(v -> v.hasChannel(Channel.STATE_CORPORATION) && v.covers(branch.kato()))
                .forEach(Variant::requireComplete);
        if (variants.stream().noneMatch(v -> onDesk(v, branch.kato()))) {
            throw new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                    serviceCode + " is not provided through the State Corporation in the region of " + branch.id());
        }
        String kato = citizenKato == null ? branch.kato() : citizenKato;
        return variants.stream().filter(v -> v.covers(kato) && v.hasChannel(Channel.STATE_CORPORATION)).findFirst()
                .orElseThrow(() -> new RejectedException(ReasonCode.SERVICE_NOT_ON_CHANNEL,
                        serviceCode + " is not provided through the State Corporation for the citizen's region"))
                .requireComplete();
    }

    /** Whether the variant's own text has a refusal to accept at the State Corporation. */
    public static boolean refusesAtDesk(Variant v) {
        return v.refusesToAcceptOn(Channel.STATE_CORPORATION);
    }

    /** A variant run at the desks of the region; a fragment of a regulation (V14) is offered nowhere. */
    private static boolean onDesk(Variant v, String kato) {
        return !v.partial() && v.hasChannel(Channel.STATE_CORPORATION) && v.covers(kato);
    }
}
