package kz.egov.mio.workflow;

/**
 * An officer's action on a case.
 *
 * @param action      what to do
 * @param comment     the officer's comment (required for rework, term extension and a refusal to accept)
 * @param executorIin ASSIGN_EXECUTOR: the executor named
 * @param reasonCode  PREPARE_REFUSAL / REFUSE_TO_ACCEPT: the reason code of the refusal
 * @param ground      PREPARE_REFUSAL: the motivated ground in words
 * @param resultCode  PREPARE_RESULT: which of the variant's result documents (e.g. the kind of referral)
 * @param details     PREPARE_RESULT: what the executor enters for the registry and the result document (a referral:
 *                    {@code employer}, {@code employerBin}, {@code vacancy}, {@code period}, {@code validUntil})
 * @param signature   SIGN: base64 detached CMS over the bytes of GET result-document
 * @param workingDays EXTEND_TERM: working days added (default 1)
 */
public record ActionRequest(Action action, String comment, String executorIin, String reasonCode, String ground,
        String resultCode, String signature, Integer workingDays, com.fasterxml.jackson.databind.node.ObjectNode details) {
}
