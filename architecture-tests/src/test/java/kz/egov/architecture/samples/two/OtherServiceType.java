package kz.egov.architecture.samples.two;

/** A class of a second sample "service". */
public class OtherServiceType {
}
