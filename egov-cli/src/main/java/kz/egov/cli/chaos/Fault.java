package kz.egov.cli.chaos;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import kz.egov.cli.stack.StackFaults;

/** One fault of the run: what it does to the stack; it returns how long until everything was ready again. */
record Fault(String name, Function<StackFaults, Duration> action) {

    /**
     * Every fault the issue asks for, interleaved so that each part of the path is hit while traffic crosses it: each
     * of the five services killed with SIGKILL and started again, the broker restarted, PostgreSQL restarted, and
     * then the broker and PostgreSQL crashed (SIGKILL, to all of PostgreSQL's processes; what was acknowledged must
     * survive their recovery).
     */
    static List<Fault> all(Duration brokerDown, Duration postgresDown) {
        return List.of(
                kill("gateway-router"),
                kill("mio-workstation"),
                new Fault("restart Kafka broker", f -> f.restartBroker(brokerDown)),
                kill("portal-adapter"),
                kill("labour-market-registry"),
                new Fault("restart PostgreSQL", f -> f.restartPostgres(postgresDown)),
                kill("citizens-corp-adapter"),
                new Fault("crash Kafka broker (SIGKILL)", f -> f.crashBroker(brokerDown)),
                new Fault("crash PostgreSQL (SIGKILL)", f -> f.crashPostgres(postgresDown)));
    }

    private static Fault kill(String service) {
        return new Fault("SIGKILL " + service, f -> f.killAndRestart(service));
    }
}
