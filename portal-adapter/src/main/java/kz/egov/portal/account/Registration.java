package kz.egov.portal.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.message.SignerRole;
import kz.egov.eds.identity.ChannelRules;
import kz.egov.eds.identity.IinMask;
import kz.egov.eds.identity.Iin;
import kz.egov.eds.verify.EdsVerifier;
import kz.egov.eds.verify.VerifiedSignature;
import kz.egov.platform.admin.PasswordHashing;
import kz.egov.platform.auth.PasswordRules;
import kz.egov.portal.rest.Language;
import org.jboss.logging.Logger;

/**
 * Registration on the portal: the citizen proves the IIN by signing a server challenge with their EDS (a НУЦ
 * certificate whose IIN is that IIN, valid and not revoked) and chooses a password and the language of messages.
 */
@ApplicationScoped
public class Registration {

    private static final Logger LOG = Logger.getLogger(Registration.class);

    /** The registration form. */
    public record Form(String iin, String password, String language, String challenge, String signature) {
    }

    private final Accounts accounts;
    private final Challenges challenges;
    private final EdsVerifier verifier;
    private final CurrentCitizen current;
    private final Clock clock;

    Registration(Accounts accounts, Challenges challenges, EdsVerifier verifier, CurrentCitizen current, Clock clock) {
        this.accounts = accounts;
        this.challenges = challenges;
        this.verifier = verifier;
        this.current = current;
        this.clock = clock;
    }

    @Transactional
    public Challenges.Challenge challenge(String iin) {
        Iin.of(iin);
        return challenges.issue(iin);
    }

    @Transactional
    public Account register(Form form) {
        if (form == null || form.iin() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "iin, password, challenge and signature are required");
        }
        Iin.of(form.iin());
        String language = form.language() == null ? Language.RU : form.language();
        if (!Language.supported(language)) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "language must be kk or ru");
        }
        current.knownLanguage(language);
        if (accounts.find(form.iin()).isPresent()) {
            throw new RejectedException(ReasonCode.AUTH_ALREADY_REGISTERED, "an account exists for this IIN");
        }
        PasswordRules.require(form.password(), form.iin());
        if (form.challenge() == null || form.signature() == null) {
            throw new RejectedException(ReasonCode.VALIDATION_FAILED, "challenge and signature are required");
        }
        challenges.consume(form.challenge(), form.iin());
        VerifiedSignature verified = verifier.verifySignIn(form.challenge().getBytes(StandardCharsets.UTF_8),
                decode(form.signature()), clock.instant(), SignerRole.CITIZEN);
        ChannelRules.checkCitizen(verified.signer(), form.iin());
        Account account = new Account(form.iin(), PasswordHashing.hash(form.password()), language,
                verified.person().surname(), verified.person().name(), verified.person().patronymic(),
                verified.signer().certificateSha256());
        if (!accounts.create(account)) {
            throw new RejectedException(ReasonCode.AUTH_ALREADY_REGISTERED, "an account exists for this IIN");
        }
        LOG.infof("citizen %s registered (certificate %s)", IinMask.mask(form.iin()), verified.signer().serialNumberHex());
        return account;
    }

    static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RejectedException(ReasonCode.EDS_MALFORMED, "the signature is not base64");
        }
    }
}
