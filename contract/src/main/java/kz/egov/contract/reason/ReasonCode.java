package kz.egov.contract.reason;

/**
 * The one catalog of reason codes. Each code is stable (it is stored, logged and sent over the wire), has the HTTP
 * status it takes where it surfaces in an API, and a text for people in Russian and Kazakh.
 *
 * <p>Groups: {@code AUTH_*} the portal's condition 1 («отказ в авторизации»); {@code EDS_*} condition 2 and every
 * other signature failure («отказ в связи с не подтверждением подлинности ЭЦП»); {@code MSG_*} the message contract;
 * {@code ROUTE_*}, {@code PERSON_*} the gateway; {@code REGISTRY_*} АИС «Рынок труда»; {@code PKG_*} the State
 * Corporation's package check; {@code REQ_*} requests and workflow.
 */
public enum ReasonCode {

    // ---- generic API ----
    VALIDATION_FAILED(400, "Некорректные данные запроса", "Сұрау деректері дұрыс емес"),
    NOT_FOUND(404, "Объект не найден", "Нысан табылмады"),
    CONFLICT(409, "Конфликт состояния", "Күй қайшылығы"),
    UNAUTHENTICATED(401, "Требуется вход в систему", "Жүйеге кіру қажет"),
    FORBIDDEN(403, "Недостаточно прав", "Құқықтар жеткіліксіз"),
    PAYLOAD_TOO_LARGE(413, "Превышен допустимый размер", "Рұқсат етілген көлемнен асып кетті"),
    UNSUPPORTED_MEDIA_TYPE(415, "Недопустимый тип файла", "Файл түрі рұқсат етілмеген"),
    INTERNAL_ERROR(500, "Внутренняя ошибка, попробуйте позже", "Ішкі қате, кейінірек қайталаңыз"),

    // ---- condition 1: authorization on the portal ----
    AUTH_UNKNOWN_CITIZEN(401, "Отказ в авторизации: пользователь не зарегистрирован", "Авторизациядан бас тарту: пайдаланушы тіркелмеген"),
    AUTH_BAD_CREDENTIALS(401, "Отказ в авторизации: неверный ИИН или пароль", "Авторизациядан бас тарту: ЖСН немесе құпиясөз қате"),
    AUTH_ACCOUNT_LOCKED(423, "Отказ в авторизации: учетная запись временно заблокирована", "Авторизациядан бас тарту: есептік жазба уақытша бұғатталған"),
    AUTH_TOKEN_INVALID(401, "Сеанс недействителен или истек", "Сеанс жарамсыз немесе мерзімі өткен"),
    AUTH_WEAK_PASSWORD(400, "Пароль не соответствует требованиям", "Құпиясөз талаптарға сәйкес емес"),
    AUTH_ALREADY_REGISTERED(409, "Пользователь с таким ИИН уже зарегистрирован", "Осы ЖСН бар пайдаланушы тіркелген"),

    // ---- condition 2 and every signature failure ----
    EDS_MALFORMED(400, "Подпись повреждена или не является CMS", "Қолтаңба бүлінген немесе CMS емес"),
    EDS_NO_SIGNER_CERTIFICATE(400, "В подписи нет сертификата подписанта", "Қолтаңбада қол қоюшының сертификаты жоқ"),
    EDS_MULTIPLE_SIGNERS(400, "Подпись содержит несколько подписантов", "Қолтаңбада бірнеше қол қоюшы бар"),
    EDS_CONTENT_MISMATCH(400, "Подпись не соответствует документу", "Қолтаңба құжатқа сәйкес емес"),
    EDS_UNTRUSTED_ISSUER(400, "Сертификат выдан не НУЦ РК", "Сертификатты ҚР ҰКО бермеген"),
    EDS_EXPIRED(400, "Срок действия сертификата истек", "Сертификаттың қолданылу мерзімі өтті"),
    EDS_NOT_YET_VALID(400, "Срок действия сертификата еще не наступил", "Сертификаттың қолданылу мерзімі әлі басталмады"),
    EDS_REVOKED(400, "Сертификат отозван", "Сертификат кері қайтарылды"),
    EDS_REVOCATION_UNKNOWN(503, "Не удалось проверить статус отзыва сертификата", "Сертификаттың кері қайтарылу мәртебесін тексеру мүмкін болмады"),
    EDS_WRONG_KEY_USAGE(400, "Сертификат не предназначен для подписи", "Сертификат қол қоюға арналмаған"),
    EDS_IIN_MISMATCH(400, "ИИН в запросе не совпадает с ИИН в сертификате ЭЦП", "Сұраудағы ЖСН ЭЦҚ сертификатындағы ЖСН-мен сәйкес емес"),
    EDS_INVALID_IIN(400, "Некорректный ИИН (контрольный разряд)", "ЖСН дұрыс емес (бақылау разряды)"),
    EDS_ALGORITHM_NOT_ALLOWED(400, "Алгоритм подписи не допускается", "Қол қою алгоритміне рұқсат жоқ"),
    EDS_ALGORITHM_NOT_SUPPORTED(400, "Алгоритм подписи не поддерживается", "Қол қою алгоритмі қолдау көрсетілмейді"),
    EDS_BIN_MISMATCH(400, "БИН в сертификате не совпадает с БИН отправителя", "Сертификаттағы БСН жіберушінің БСН-мен сәйкес емес"),
    EDS_SIGNER_NOT_ACTING_OFFICER(403, "Документ подписан не исполняющим должностным лицом", "Құжатқа орындаушы лауазымды тұлға қол қоймаған"),

    // ---- message contract ----
    MSG_UNPARSEABLE(400, "Сообщение не разобрано", "Хабарлама талданбады"),
    MSG_SCHEMA_VIOLATION(400, "Сообщение не соответствует схеме", "Хабарлама схемаға сәйкес емес"),
    MSG_SEAL_INVALID(400, "Печать отправителя недействительна", "Жіберушінің мөрі жарамсыз"),
    MSG_UNKNOWN_SENDER(403, "Отправитель не является участником", "Жіберуші қатысушы емес"),
    MSG_SENDER_INACTIVE(403, "Участник-отправитель отключен", "Жіберуші қатысушы өшірілген"),
    MSG_NOT_PERMITTED(403, "Участнику не разрешена эта услуга или канал", "Қатысушыға бұл қызмет немесе арна рұқсат етілмеген"),
    MSG_ATTACHMENT_MISSING(400, "Вложение не найдено в хранилище", "Тіркеме қоймада табылмады"),
    MSG_ATTACHMENT_HASH_MISMATCH(400, "Хеш вложения не совпадает", "Тіркеменің хеші сәйкес емес"),
    MSG_DUPLICATE(200, "Сообщение уже обработано", "Хабарлама бұрын өңделген"),
    MSG_UNSUPPORTED_VERSION(400, "Версия схемы не поддерживается", "Схема нұсқасына қолдау жоқ"),

    // ---- gateway: ГБД ФЛ and routing ----
    PERSON_NOT_FOUND(404, "Лицо не найдено в ГБД ФЛ", "Тұлға ЖТ МДҚ-да табылмады"),
    PERSON_DECEASED(409, "Лицо умершее по данным ГБД ФЛ", "ЖТ МДҚ деректері бойынша тұлға қайтыс болған"),
    PERSON_NO_REGISTERED_ADDRESS(409, "Нет сведений о регистрации по месту жительства", "Тұрғылықты жері бойынша тіркелгені туралы мәлімет жоқ"),
    ROUTE_NOT_FOUND(409, "Нет услугодателя для адреса гражданина", "Азаматтың мекенжайы үшін көрсетілетін қызметті беруші жоқ"),

    // ---- service catalog and requests ----
    SERVICE_UNKNOWN(404, "Услуга не найдена", "Қызмет табылмады"),
    SERVICE_NOT_ON_CHANNEL(409, "Услуга не оказывается через этот канал", "Қызмет бұл арна арқылы көрсетілмейді"),
    REQ_IDEMPOTENCY_CONFLICT(409, "Ключ идемпотентности уже использован для другого запроса", "Идемпотенттілік кілті басқа сұрау үшін пайдаланылған"),
    REQ_NOT_WITHDRAWABLE(409, "Заявление уже зарегистрировано, отзыв невозможен", "Өтініш тіркелген, кері қайтару мүмкін емес"),
    REQ_ILLEGAL_TRANSITION(409, "Недопустимая смена статуса", "Мәртебені ауыстыруға болмайды"),
    REQ_WRONG_ROLE(403, "Действие не относится к вашей роли", "Әрекет сіздің рөліңізге жатпайды"),
    REQ_MOTIVATED_REFUSAL(200, "Мотивированный отказ в оказании услуги", "Қызмет көрсетуден дәлелді бас тарту"),

    // ---- State Corporation package check (refusal to accept) ----
    PKG_DOCUMENTS_MISSING(422, "Неполный пакет документов", "Құжаттар топтамасы толық емес"),
    PKG_DOCUMENTS_EXPIRED(422, "Документы с истекшим сроком действия", "Қолданылу мерзімі өткен құжаттар"),
    PKG_DUPLICATE_RECEIPT(409, "Расписка с таким номером уже выдана", "Осы нөмірмен қолхат берілген"),

    // ---- АИС «Рынок труда» rules ----
    REGISTRY_ALREADY_JOB_SEEKER(409, "Гражданин уже зарегистрирован как ищущий работу", "Азамат жұмыс іздеуші ретінде тіркелген"),
    REGISTRY_NOT_JOB_SEEKER(409, "Гражданин не зарегистрирован как ищущий работу", "Азамат жұмыс іздеуші ретінде тіркелмеген"),
    REGISTRY_HAS_LABOUR_ACTIVITY(409, "У гражданина имеется трудовая деятельность", "Азаматтың еңбек қызметі бар"),
    REGISTRY_NO_RECORD_CARD(409, "Нет карточки персонального учета", "Жеке есепке алу карточкасы жоқ"),
    REGISTRY_NOT_UNEMPLOYED(409, "Нет действующей регистрации в качестве безработного", "Жұмыссыз ретінде қолданыстағы тіркеу жоқ"),
    REGISTRY_IDENTITY_MISMATCH(409, "Идентификационные данные не совпадают", "Сәйкестендіру деректері сәйкес емес"),
    REGISTRY_NO_ACTIVE_REGISTRATION(409, "Нет действующей регистрации", "Қолданыстағы тіркеу жоқ"),
    REGISTRY_ALREADY_UNEMPLOYED(409, "Гражданин уже зарегистрирован в качестве безработного", "Азамат жұмыссыз ретінде тіркелген");

    private final int httpStatus;
    private final String russian;
    private final String kazakh;

    ReasonCode(int httpStatus, String russian, String kazakh) {
        this.httpStatus = httpStatus;
        this.russian = russian;
        this.kazakh = kazakh;
    }

    /** The stable code as sent on the wire: the constant's name. */
    public String code() {
        return name();
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String russian() {
        return russian;
    }

    public String kazakh() {
        return kazakh;
    }

    /** The text for people in the given language ("kk" Kazakh, anything else Russian). */
    public String text(String language) {
        return "kk".equalsIgnoreCase(language) ? kazakh : russian;
    }
}
