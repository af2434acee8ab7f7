package kz.egov.cli.demo;

import java.nio.file.Path;

import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackSecrets;

/**
 * The running system the journeys go through: each service's base URL, the platform operator's password (admin APIs:
 * who the seeded officers and operators are, the registry card, the gateway's evidence), the seeded officers' and
 * operators' initial passwords, and the development CA's directory (the same CA the services trust; people's keys
 * are issued from it and stay here, on the client side).
 */
public record Target(String portal, String gateway, String mio, String registry, String corp, String adminPassword,
        String officerPassword, String operatorPassword, Path caDir) {

    public static Target of(StackConfig config, StackSecrets secrets) {
        return new Target(url(config, "portal-adapter"), url(config, "gateway-router"), url(config, "mio-workstation"),
                url(config, "labour-market-registry"), url(config, "citizens-corp-adapter"), secrets.adminPassword(),
                secrets.officerPassword(), secrets.operatorPassword(), config.layout().caDir());
    }

    private static String url(StackConfig config, String service) {
        return config.baseUrl(config.service(service));
    }

    Api admin(String base) {
        return Api.anonymous(base).basic(StackSecrets.ADMIN_USER, adminPassword);
    }
}
