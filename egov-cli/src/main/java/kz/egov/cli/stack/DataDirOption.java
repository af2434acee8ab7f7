package kz.egov.cli.stack;

import java.nio.file.Path;

import kz.egov.cli.RepoRoot;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by up, down and status. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the stack keeps its state: databases, topics, logs, pid files (default: <repo>/.egov).")
    Path dataDir;

    public StackLayout layout() {
        StackLayout layout = StackLayout.of(RepoRoot.locate());
        return dataDir == null ? layout : layout.withDataDir(dataDir);
    }
}
