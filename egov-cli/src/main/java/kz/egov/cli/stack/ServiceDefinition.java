package kz.egov.cli.stack;

import java.util.List;

/**
 * One service of the stack: its Maven module (also its name, its compose service and its log file name) and HTTP
 * port. Its database is the module name with underscores.
 */
public record ServiceDefinition(String name, int port) {

    /** The five services in the order of ARCHITECTURE.md §6: portal, gateway, МИО, registry, ЦОН. */
    public static List<ServiceDefinition> defaults() {
        return List.of(
                new ServiceDefinition("portal-adapter", 8081),
                new ServiceDefinition("gateway-router", 8082),
                new ServiceDefinition("mio-workstation", 8083),
                new ServiceDefinition("labour-market-registry", 8084),
                new ServiceDefinition("citizens-corp-adapter", 8085));
    }

    public String database() {
        return name.replace('-', '_');
    }

    public String module() {
        return name;
    }

    public ServiceDefinition withPort(int newPort) {
        return new ServiceDefinition(name, newPort);
    }
}
