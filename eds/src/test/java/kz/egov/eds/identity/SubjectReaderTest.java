package kz.egov.eds.identity;

import static org.assertj.core.api.Assertions.assertThat;

import kz.egov.eds.TestPki;
import kz.egov.eds.algorithm.SignatureAlgorithm;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.Test;

/** Identity from subjects in НУЦ layout, as the development НУЦ writes them. */
class SubjectReaderTest {

    @Test
    void officer_certificate_names_person_organisation_and_bin() throws Exception {
        var cert = TestPki.shared().officer(SignatureAlgorithm.GOST2012_256).certificate();
        CertificateIdentity id = SubjectReader.read(X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()));

        assertThat(id.iin()).isEqualTo(TestPki.OFFICER_IIN);
        assertThat(id.bin()).isEqualTo(TestPki.PROVIDER_BIN);
        assertThat(id.commonName()).isEqualTo("ОМАРОВ ЕРЛАН");
        assertThat(id.surname()).isEqualTo("ОМАРОВ");
        assertThat(id.name()).isEqualTo("ЕРЛАН");
        assertThat(id.patronymic()).isEqualTo("БОЛАТҰЛЫ");
        assertThat(id.organisation()).isEqualTo("ГУ «Отдел занятости и социальных программ»");
        assertThat(id.country()).isEqualTo("KZ");
        assertThat(id.isOrganisation()).isTrue();
        assertThat(id.toString()).doesNotContain(TestPki.OFFICER_IIN);
    }

    @Test
    void subject_without_iin_or_bin_reads_as_null() {
        CertificateIdentity id = SubjectReader.read(new X500Name("CN=Someone,SERIALNUMBER=12345,OU=Dept,C=KZ"));

        assertThat(id.iin()).isNull();
        assertThat(id.bin()).isNull();
        assertThat(id.commonName()).isEqualTo("Someone");
    }
}
