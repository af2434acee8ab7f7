package kz.egov.catalog.model;

public enum FieldType {
    STRING, TEXT, IIN, DATE, PHONE, EMAIL, NUMBER, BOOLEAN, ENUM, KATO, FILE
}
