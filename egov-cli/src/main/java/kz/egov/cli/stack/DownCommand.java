package kz.egov.cli.stack;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code egov down}: stops the local stack, from any terminal, and checks that nothing of it is left. */
@Command(name = "down", mixinStandardHelpOptions = true,
        description = "Stop the local stack (services, then Kafka, then PostgreSQL) and check that nothing is left.")
public final class DownCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Override
    public Integer call() {
        StackLayout layout = dataDir.layout();
        StopReport report = LocalStack.stop(layout, System.out);
        if (report.stopped().isEmpty() && report.clean()) {
            System.out.println("Nothing was running (data directory " + StackLayout.display(layout.dataDir()) + ").");
        } else {
            System.out.println("Stopped: " + String.join(", ", report.stopped()));
        }
        report.leftovers().forEach(l -> System.out.println("Killed a leftover process: " + l));
        List<String> left = LocalStack.leftovers(layout);
        if (!left.isEmpty()) {
            left.forEach(l -> System.err.println("Still running: " + l));
            return 1;
        }
        System.out.println("Nothing of the stack is left running.");
        return 0;
    }
}
