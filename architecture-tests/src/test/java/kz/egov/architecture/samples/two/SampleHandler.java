package kz.egov.architecture.samples.two;

/** Stands for platform's EnvelopeHandler in the samples. */
public interface SampleHandler {

    void handle(String message);
}
