package kz.egov.portal.cabinet;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.TechnicalStatus;

/** The words the cabinet shows for a status or reason code, in Kazakh or Russian. */
public final class StatusTexts {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String RESULT_DELIVERED = "RESULT_DELIVERED";

    private StatusTexts() {
    }

    public static String text(Stream stream, String code, String language) {
        boolean kk = "kk".equals(language);
        if (SUBMITTED.equals(code)) {
            return kk ? "Өтініш ЭЦҚ-мен қол қойылып, жіберілді" : "Заявление подписано ЭЦП и отправлено";
        }
        if (RESULT_DELIVERED.equals(code)) {
            return kk ? "Қызмет көрсету нәтижесі жеке кабинетке жеткізілді"
                    : "Результат оказания услуги доставлен в личный кабинет";
        }
        try {
            return switch (stream) {
                case TECHNICAL -> technicalOrReason(code, language);
                case BUSINESS -> BusinessStatus.valueOf(code).text(language);
                case PORTAL -> code.startsWith("EDS_") ? edsRefusal(language) + ReasonCode.valueOf(code).text(language)
                        : businessOrReason(code, language);
                case RESULT -> ReasonCode.valueOf(code).text(language);
            };
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** Process 5's words: «отказ в связи с не подтверждением подлинности ЭЦП». */
    private static String edsRefusal(String language) {
        return "kk".equals(language) ? "ЭЦҚ түпнұсқалығы расталмауына байланысты бас тарту: "
                : "Отказ в связи с не подтверждением подлинности ЭЦП: ";
    }

    private static String technicalOrReason(String code, String language) {
        for (TechnicalStatus s : TechnicalStatus.values()) {
            if (s.name().equals(code)) {
                return s.text(language);
            }
        }
        return ReasonCode.valueOf(code).text(language);
    }

    private static String businessOrReason(String code, String language) {
        for (BusinessStatus s : BusinessStatus.values()) {
            if (s.name().equals(code)) {
                return s.text(language);
            }
        }
        return ReasonCode.valueOf(code).text(language);
    }
}
