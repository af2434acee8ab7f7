package kz.egov.cli.demo;

/** A journey did not go as the regulations say: the message names the step and what the system answered. */
public final class DemoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoException(String message) {
        super(message);
    }
}
