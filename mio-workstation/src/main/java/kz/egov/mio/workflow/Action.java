package kz.egov.mio.workflow;

/** What an officer can do with a case. */
public enum Action {
    COMPLETE_STEP, ASSIGN_EXECUTOR, RETURN_FOR_REWORK, REFUSE_TO_ACCEPT, EXTEND_TERM, PREPARE_RESULT, PREPARE_REFUSAL,
    SIGN, ISSUE
}
