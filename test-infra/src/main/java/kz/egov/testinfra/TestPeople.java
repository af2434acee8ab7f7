package kz.egov.testinfra;

import java.time.Instant;

import kz.egov.contract.message.PersonRecord;
import kz.egov.contract.seal.Sealer;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.BcCmsProvider;
import kz.egov.eds.cms.Pkcs12Sealer;
import kz.egov.eds.devca.DevSubject;
import kz.egov.eds.devca.IssueOptions;
import kz.egov.eds.devca.IssuedCertificate;

/** People's EDS keys from the test НУЦ: citizens from ГБД ФЛ, and officers or operators of an organisation. */
public final class TestPeople {

    private TestPeople() {
    }

    /** A person's signing key (the NCALayer stand-in): signs on the client side; the server never holds it. */
    public record PersonKey(IssuedCertificate issued, Sealer signer) {

        public byte[] sign(byte[] content) {
            return signer.sealDetached(content);
        }
    }

    public static PersonKey citizen(PersonRecord p) {
        return citizen(p, SignatureAlgorithm.RSA_SHA256, IssueOptions.defaults());
    }

    public static PersonKey citizen(PersonRecord p, SignatureAlgorithm alg, IssueOptions options) {
        return key(TestPki.get().pki().ca().issue(DevSubject.citizen(p.iin(), p.surname(), p.givenName(), p.patronymic()),
                alg, options));
    }

    public static PersonKey officer(String iin, String surname, String name, String organisation, String bin) {
        return key(TestPki.get().pki().ca().issue(DevSubject.officer(iin, surname, name, null, organisation, bin),
                SignatureAlgorithm.RSA_SHA256));
    }

    public static PersonKey operator(String iin, String surname, String name, String organisation, String bin) {
        return key(TestPki.get().pki().ca().issue(DevSubject.operator(iin, surname, name, null, organisation, bin),
                SignatureAlgorithm.RSA_SHA256));
    }

    /** An already expired certificate. */
    public static IssueOptions expired() {
        return IssueOptions.validity(Instant.now().minusSeconds(86400 * 400), Instant.now().minusSeconds(86400));
    }

    private static PersonKey key(IssuedCertificate issued) {
        return new PersonKey(issued, new Pkcs12Sealer(issued.signingKey(), new BcCmsProvider()));
    }
}
