package kz.egov.cli.stack;

import java.util.List;

/**
 * One service of the stack: its Maven module (also its name, its compose service and its log file name), its HTTP
 * port (the API) and its management port (health, metrics, OpenAPI, Swagger UI; on loopback). Its database is the
 * module name with underscores.
 */
public record ServiceDefinition(String name, int port, int managementPort) {

    /** The five services in the order of ARCHITECTURE.md §6: portal, gateway, МИО, registry, ЦОН. */
    public static List<ServiceDefinition> defaults() {
        return List.of(
                new ServiceDefinition("portal-adapter", 8081, 9081),
                new ServiceDefinition("gateway-router", 8082, 9082),
                new ServiceDefinition("mio-workstation", 8083, 9083),
                new ServiceDefinition("labour-market-registry", 8084, 9084),
                new ServiceDefinition("citizens-corp-adapter", 8085, 9085));
    }

    public String database() {
        return name.replace('-', '_');
    }

    public String module() {
        return name;
    }

    public ServiceDefinition withPort(int newPort) {
        return new ServiceDefinition(name, newPort, managementPort);
    }

    public ServiceDefinition withManagementPort(int newPort) {
        return new ServiceDefinition(name, port, newPort);
    }
}
