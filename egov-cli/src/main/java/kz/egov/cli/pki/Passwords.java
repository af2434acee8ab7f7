package kz.egov.cli.pki;

import java.io.Console;
import java.util.Arrays;
import java.util.function.Function;

import picocli.CommandLine;

/**
 * A key password from, in order: the {@code --password} option, the {@code EGOV_KEY_PASSWORD} environment variable,
 * or a prompt on the terminal (not echoed). Never printed.
 */
public final class Passwords {

    public static final String ENV = "EGOV_KEY_PASSWORD";

    private Passwords() {
    }

    /**
     * @param option  the --password value, or null
     * @param env     the environment (System::getenv, or a map in tests)
     * @param prompt  what to ask on the terminal
     * @param confirm ask twice (when a new key file is written)
     */
    public static char[] resolve(String option, Function<String, String> env, Console console, String prompt,
            boolean confirm, CommandLine cmd) {
        if (option != null) {
            return option.toCharArray();
        }
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        if (console == null) {
            throw new CommandLine.ParameterException(cmd,
                    "no password: give --password, set " + ENV + ", or run on a terminal to be asked");
        }
        char[] first = console.readPassword("%s: ", prompt);
        if (first == null || first.length == 0) {
            throw new CommandLine.ParameterException(cmd, "no password given");
        }
        if (confirm) {
            char[] again = console.readPassword("%s (again): ", prompt);
            if (!Arrays.equals(first, again)) {
                throw new CommandLine.ParameterException(cmd, "the passwords differ");
            }
        }
        return first;
    }

    public static char[] resolve(String option, String prompt, boolean confirm, CommandLine cmd) {
        return resolve(option, System::getenv, System.console(), prompt, confirm, cmd);
    }
}
