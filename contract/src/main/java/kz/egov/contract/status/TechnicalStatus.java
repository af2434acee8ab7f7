package kz.egov.contract.status;

/** The gateway's statuses of a request, kept apart from the provider's business statuses. */
public enum TechnicalStatus {
    /** The gateway checked and routed it (technical receipt). */
    ACCEPTED_BY_GATEWAY("принято ШЭП", "ШЭП қабылдады"),
    /** The gateway refused it, with a reason code. */
    REJECTED_BY_GATEWAY("отклонено ШЭП", "ШЭП қабылдамады"),
    /** The provider acknowledged it. */
    DELIVERED_TO_PROVIDER("доставлено услугодателю", "көрсетілетін қызметті берушіге жеткізілді");

    private final String russian;
    private final String kazakh;

    TechnicalStatus(String russian, String kazakh) {
        this.russian = russian;
        this.kazakh = kazakh;
    }

    public String text(String language) {
        return "kk".equalsIgnoreCase(language) ? kazakh : russian;
    }
}
