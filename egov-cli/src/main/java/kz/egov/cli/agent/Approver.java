package kz.egov.cli.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** Decides whether a signing request is signed: the user on the terminal, or no one (--auto-approve, for tests). */
@FunctionalInterface
public interface Approver {

    /** True to sign. Called for one request at a time. */
    boolean approve(SignRequest request);

    /** Signs everything (tests and CI only); the request is still printed. */
    static Approver automatic(PrintWriter out) {
        return request -> {
            synchronized (out) {
                Terminal.show(request, out);
                out.println("  auto-approved (--auto-approve)");
                out.flush();
            }
            return true;
        };
    }

    /** Shows the request and asks "Sign? [y/N]"; anything but y/yes (or д/да, и/иә) declines; end of input declines. */
    static Approver terminal(BufferedReader in, PrintWriter out) {
        return new Terminal(in, out);
    }

    /** The terminal approver. */
    final class Terminal implements Approver {
        private final BufferedReader in;
        private final PrintWriter out;

        Terminal(BufferedReader in, PrintWriter out) {
            this.in = in;
            this.out = out;
        }

        @Override
        public synchronized boolean approve(SignRequest request) {
            show(request, out);
            out.print("Sign this document with your key? [y/N] ");
            out.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                answer = null;
            }
            boolean yes = answer != null
                    && switch (answer.trim().toLowerCase(Locale.ROOT)) {
                        case "y", "yes", "д", "да", "и", "иә" -> true;
                        default -> false;
                    };
            out.println(yes ? "  approved: signing" : "  declined: nothing signed");
            out.flush();
            return yes;
        }

        static void show(SignRequest request, PrintWriter out) {
            out.println();
            out.println("=== Signing request ===");
            out.println("  from page:   " + request.safeOrigin());
            out.println("  description: " + request.safeDescription());
            out.println("  size:        " + request.content().length + " bytes");
            out.println("  SHA-256:     " + request.sha256Hex());
            out.println("--- document ---");
            out.print(request.shown().orElseThrow());
            out.println("--- end of document ---");
        }
    }
}
