package kz.egov.cli.stack;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code egov status}: what runs, with pids, readiness, addresses and logs. Exit 0 all ready, 3 stopped, 1 else. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the local stack's processes, their readiness, addresses and log files.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Override
    public Integer call() {
        StackStatus status = LocalStack.status(dataDir.layout());
        StackPrinter.printStatus(status, System.out);
        return !status.anyRunning() ? 3 : status.allReady() ? 0 : 1;
    }
}
