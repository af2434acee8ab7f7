package kz.egov.cli.chaos;

import kz.egov.cli.demo.Api;
import kz.egov.cli.demo.People;
import kz.egov.contract.message.PersonRecord;

/** A citizen of ГБД ФЛ with a portal account, signed in, with a key from the stack's development CA. */
record Citizen(PersonRecord person, People.Key key, Api portal) {
}
