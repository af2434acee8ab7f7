package kz.egov.catalog.model;

/** Generic role of whoever performs a step; the step keeps the text's own words for the actor. */
public enum Role {
    /** The citizen (услугополучатель / көрсетілетін қызметті алушы). */
    APPLICANT,
    /** Office clerk (сотрудник канцелярии / кеңсе қызметкері). */
    REGISTRAR,
    /** Head of the provider (руководитель / басшы). */
    HEAD,
    /** Responsible executor (исполнитель / жауапты орындаушы). */
    EXECUTOR,
    /** A specialist who receives, processes and issues (специалист / маман). */
    SPECIALIST,
    /** The person authorised to sign electronic results (уполномоченное лицо / уәкілетті тұлға). */
    AUTHORISED_PERSON,
    /** Front-office operator of the State Corporation (оператор ЦОН / Мемлекеттік корпорация қызметкері). */
    OPERATOR,
    /** An information system acting on its own (ИС МИО, РШЭП, ИС ЦОН, ПЭП). */
    SYSTEM
}
