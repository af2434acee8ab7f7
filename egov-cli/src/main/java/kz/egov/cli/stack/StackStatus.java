package kz.egov.cli.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What runs of the stack of one data directory, and whether it answers. */
public record StackStatus(StackConfig config, List<Component> components) {

    /** One process of the stack; {@code pid} is 0 when it is not running. */
    public record Component(String name, long pid, String state, String address, Path log) {

        public boolean running() {
            return pid != 0;
        }
    }

    public StackStatus {
        components = List.copyOf(components);
    }

    static StackStatus of(StackConfig config) {
        StackLayout layout = config.layout();
        Map<String, ProcessHandle> live = StackProcesses.recorded(config);
        List<Component> list = new ArrayList<>();
        for (ServiceDefinition s : config.services()) {
            ProcessHandle h = live.get(s.name());
            String state = h == null ? "stopped" : switch (HealthProbe.ready(config.managementUrl(s))) {
                case READY -> "ready";
                case NOT_READY -> "not ready";
                case NO_ANSWER -> "starting";
            };
            list.add(new Component(s.name(), pid(h), state, config.baseUrl(s), layout.logFile(s.name())));
        }
        list.add(infra(live.get(StackProcesses.NUC), StackProcesses.NUC, config.host(), config.nucPort(),
                config.ocspUrl(), layout.logFile(StackProcesses.NUC)));
        list.add(infra(live.get(StackProcesses.KAFKA), StackProcesses.KAFKA, config.host(), config.kafkaPort(),
                config.kafkaBootstrap(), layout.logFile(StackProcesses.KAFKA)));
        list.add(infra(live.get(StackProcesses.POSTGRES), StackProcesses.POSTGRES, config.host(),
                config.postgresPort(), config.jdbcUrl("<service db>"), layout.logFile(StackProcesses.POSTGRES)));
        ProcessHandle sup = live.get(StackProcesses.SUPERVISOR);
        if (sup != null) {
            list.add(new Component("egov up", sup.pid(), "foreground", "", layout.logsDir()));
        }
        return new StackStatus(config, list);
    }

    private static Component infra(ProcessHandle h, String name, String host, int port, String address, Path log) {
        String state = h == null ? "stopped" : HealthProbe.listening(host, port) ? "listening" : "starting";
        return new Component(name, pid(h), state, address, log);
    }

    private static long pid(ProcessHandle h) {
        return h == null ? 0 : h.pid();
    }

    public boolean anyRunning() {
        return components.stream().anyMatch(Component::running);
    }

    public boolean allReady() {
        return components.stream().allMatch(c -> c.state().equals("ready") || c.state().equals("listening")
                || c.state().equals("foreground"));
    }
}
