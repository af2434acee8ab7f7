package kz.egov.catalog.model;

/** A command a step sends to the labour-market registry (АИС «Рынок труда» / «Еңбек нарығы» ААЖ). */
public enum RegistryCommand {
    REGISTER_JOB_SEEKER,
    REGISTER_UNEMPLOYED,
    REFER_TO_MEASURE,
    CHECK_UNEMPLOYED_REGISTRATION,
    CHECK_LABOUR_ACTIVITY
}
