package kz.egov.contract.status;

/** The provider's statuses of a request, as the personal cabinet («История получения услуг») shows them. */
public enum BusinessStatus {
    RECEIVED("поступившие", "түскен"),
    REGISTERED("зарегистрировано", "тіркелді"),
    IN_PROGRESS("в работе", "орындалуда"),
    RETURNED_FOR_REWORK("возвращено на доработку", "пысықтауға қайтарылды"),
    TERM_EXTENDED("срок продлен", "мерзімі ұзартылды"),
    COMPLETED("исполненные", "орындалған"),
    MOTIVATED_REFUSAL("мотивированный отказ", "дәлелді бас тарту"),
    REFUSAL_TO_ACCEPT("отказ в приеме документов", "құжаттарды қабылдаудан бас тарту"),
    WITHDRAWN("отозвано", "кері қайтарылды"),
    ISSUED("выдано", "берілді");

    private final String russian;
    private final String kazakh;

    BusinessStatus(String russian, String kazakh) {
        this.russian = russian;
        this.kazakh = kazakh;
    }

    public String text(String language) {
        return "kk".equalsIgnoreCase(language) ? kazakh : russian;
    }

    public boolean isFinal() {
        return this == ISSUED || this == WITHDRAWN || this == REFUSAL_TO_ACCEPT;
    }
}
