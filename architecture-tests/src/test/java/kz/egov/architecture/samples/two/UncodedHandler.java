package kz.egov.architecture.samples.two;

/** Breaks the rule on purpose: a handler that refuses with an exception carrying no reason code. */
public class UncodedHandler implements SampleHandler {

    @Override
    public void handle(String message) {
        throw new IllegalStateException("refused without a reason code");
    }
}
