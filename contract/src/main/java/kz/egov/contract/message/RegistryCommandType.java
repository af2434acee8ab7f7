package kz.egov.contract.message;

/** What a provider may ask АИС «Рынок труда» to do or check. */
public enum RegistryCommandType {
    REGISTER_JOB_SEEKER,
    REGISTER_UNEMPLOYED,
    DEREGISTER,
    REFER_TO_MEASURE,
    CHECK_LABOUR_ACTIVITY,
    CHECK_UNEMPLOYED_REGISTRATION,
    QUERY_CARD
}
