package kz.egov.cli.chaos;

import java.util.ArrayList;
import java.util.List;

/** One reconciliation check: what it says, how many items it examined, and every problem it found. */
final class Check {

    private final String name;
    private int examined;
    private final List<String> problems = new ArrayList<>();

    Check(String name) {
        this.name = name;
    }

    void examined(int n) {
        examined += n;
    }

    void problem(String p) {
        problems.add(p);
    }

    /** Records a problem unless {@code ok}. */
    void expect(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    String name() {
        return name;
    }

    int examined() {
        return examined;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    boolean passed() {
        return problems.isEmpty();
    }
}
