package kz.egov.corp.operator;

import kz.egov.corp.branch.Branch;

/** The operator behind a call and their branch: every query is scoped to {@code branch}. */
public record SignedIn(Operator operator, Branch branch) {
}
