package kz.egov.cli.demo;

import java.nio.file.Path;
import java.util.Map;

import kz.egov.cli.stack.StackConfig;
import kz.egov.cli.stack.StackSecrets;

/**
 * The running system the journeys go through: each service's base URL, each service's own platform operator password
 * (admin APIs: who the seeded officers and operators are, the registry card, the gateway's evidence), the seeded
 * officers' and operators' initial passwords, and the development CA's directory and password (the same CA the
 * services trust; people's keys are issued from it and stay here, on the client side).
 */
public record Target(String portal, String gateway, String mio, String registry, String corp,
        Map<String, String> adminPasswords, String officerPassword, String operatorPassword, Path caDir,
        char[] caPassword) {

    public static Target of(StackConfig config, StackSecrets secrets) {
        Map<String, String> admin = new java.util.HashMap<>();
        config.services().forEach(s -> admin.put(config.baseUrl(s), secrets.adminPassword(s.name())));
        return new Target(url(config, "portal-adapter"), url(config, "gateway-router"), url(config, "mio-workstation"),
                url(config, "labour-market-registry"), url(config, "citizens-corp-adapter"), Map.copyOf(admin),
                secrets.officerPassword(), secrets.operatorPassword(), config.layout().caDir(), secrets.ca());
    }

    private static String url(StackConfig config, String service) {
        return config.baseUrl(config.service(service));
    }

    /** The admin password of the service at {@code base} (each service has its own). */
    public String adminPassword(String base) {
        String password = adminPasswords.get(base);
        if (password == null) {
            throw new IllegalArgumentException("no service at " + base);
        }
        return password;
    }

    /** The people's НУЦ (the stack's development CA, opened with its password). */
    public People people() {
        return new People(caDir, caPassword);
    }

    Api admin(String base) {
        return Api.anonymous(base).basic(StackSecrets.ADMIN_USER, adminPassword(base));
    }

    @Override
    public String toString() {
        return "Target[" + portal + ", " + gateway + ", " + mio + ", " + registry + ", " + corp + ", passwords hidden]";
    }
}
