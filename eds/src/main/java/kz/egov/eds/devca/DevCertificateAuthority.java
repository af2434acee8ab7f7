package kz.egov.eds.devca;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.egov.eds.algorithm.SignatureAlgorithm;
import kz.egov.eds.cms.SigningKey;
import kz.egov.eds.pki.CertificateProfileKind;
import kz.egov.eds.pki.CrlSource;
import kz.egov.eds.pki.TrustAnchors;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;

/**
 * The development ИС НУЦ: an RSA root and intermediate and a GOST root and intermediate with НУЦ-like names, kept in
 * a directory: its own keys in PKCS#12 (mode 600, under a password of its own), a register of issued and revoked
 * certificates in {@code index.tsv}, and in {@code trust/} ({@link #trustDirectory()}) what it publishes: the roots'
 * and intermediates' certificates and the CRLs ({@code trust/crl/}). A service is given only {@code trust/}, which
 * holds no key. Its GOST hierarchy is the Kazakh GOST 34.10-2015 (512-bit) one under the Kazakh OIDs, as НУЦ РК
 * issues today ({@code gost-*} files). It issues certificates in НУЦ's profiles ({@link CertificateProfileKind}: an
 * individual's signing and authentication ones, a legal entity's head, signing-right and employee ones with the BIN,
 * an information system's for a participant's seal), revokes them, and publishes CRLs as snapshots: a revocation
 * reaches the CRL only at the next {@link #publishCrls()}, while the OCSP answers ({@link #ocspRespond}) see it at
 * once.
 */
public final class DevCertificateAuthority {

    /**
     * The password of the CA's own key files when none is given: the tests' and tools' throw-away CAs. A stack's
     * development НУЦ is opened with a generated one ({@link #openOrCreate(Path, Clock, Set, char[])}).
     */
    public static final char[] CA_KEY_PASSWORD = "egov-dev-ca".toCharArray();
    /** The subdirectory of what the НУЦ publishes: certificates of its roots and intermediates, {@code crl/}. */
    public static final String TRUST_DIR = "trust";
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");

    /**
     * The hierarchies the development НУЦ keeps by default: RSA and the Kazakh GOST 2015-512 (Kazakh OIDs, as НУЦ РК
     * issues today). A GOST 2012-256 hierarchy under the TC26 OIDs ({@code gost2012-*} files), which the verifier
     * still accepts, is made only when asked for ({@link #openOrCreate(Path, Clock, Set)}).
     */
    public static final Set<SignatureAlgorithm> ALGORITHMS =
            Collections.unmodifiableSet(EnumSet.of(SignatureAlgorithm.RSA_SHA256, SignatureAlgorithm.GOST2015_512));

    private final Path dir;
    private final Map<SignatureAlgorithm, SigningKey> roots = new EnumMap<>(SignatureAlgorithm.class);
    private final Map<SignatureAlgorithm, SigningKey> intermediates = new EnumMap<>(SignatureAlgorithm.class);
    private final CaIndex index;
    private final DevOcspResponder ocsp;
    private final Clock clock;

    private DevCertificateAuthority(Path dir, Clock clock, Set<SignatureAlgorithm> algorithms, char[] password) {
        this.dir = dir;
        this.clock = clock;
        this.index = new CaIndex(dir.resolve("index.tsv"));
        for (SignatureAlgorithm alg : algorithms) {
            roots.put(alg, caKey(keyFile(alg, "root"), password));
            intermediates.put(alg, caKey(keyFile(alg, "ca"), password));
        }
        this.ocsp = new DevOcspResponder(intermediates, index, clock);
    }

    /** {@link #openOrCreate(Path, Clock)} on the system clock (the development НУЦ's processes and tools). */
    public static DevCertificateAuthority openOrCreate(Path dir) {
        return openOrCreate(dir, Clock.systemUTC());
    }

    /**
     * Opens the CA in {@code dir}, creating both hierarchies (and the first, empty CRLs) on first use; its
     * certificates, revocations, CRLs and OCSP answers take their times from {@code clock}.
     */
    public static DevCertificateAuthority openOrCreate(Path dir, Clock clock) {
        return openOrCreate(dir, clock, ALGORITHMS);
    }

    /**
     * As {@link #openOrCreate(Path, Clock)} with the hierarchies of {@code algorithms} (e.g. all of
     * {@link SignatureAlgorithm} to add the TC26 GOST 2012-256 one, {@code gost2012-*} files), and those the directory
     * already holds. A directory made before the GOST hierarchy became the Kazakh GOST 2015 one (its {@code gost-*}
     * files of a TC26 key) has them renamed {@code gost2012-*} first, so its certificates and CRLs keep verifying.
     */
    public static DevCertificateAuthority openOrCreate(Path dir, Clock clock, Set<SignatureAlgorithm> algorithms) {
        return openOrCreate(dir, clock, algorithms, CA_KEY_PASSWORD);
    }

    /**
     * As {@link #openOrCreate(Path, Clock, Set)}, the CA's key files under {@code password} (a stack's generated
     * one). Key files made under the default password before the stack had one are written again under this one.
     */
    public static synchronized DevCertificateAuthority openOrCreate(Path dir, Clock clock,
            Set<SignatureAlgorithm> algorithms, char[] password) {
        EnumSet<SignatureAlgorithm> wanted = EnumSet.copyOf(algorithms);
        try {
            Files.createDirectories(dir);
            moveTc26GostFiles(dir);
            movePublishedFiles(dir);
            for (SignatureAlgorithm alg : SignatureAlgorithm.values()) {
                if (Files.exists(dir.resolve(fileStem(alg) + "-ca.p12"))) {
                    wanted.add(alg);
                }
            }
            Set<SignatureAlgorithm> algs = Collections.unmodifiableSet(wanted);
            for (SignatureAlgorithm alg : algs) {
                if (!Files.exists(dir.resolve(fileStem(alg) + "-ca.p12"))) {
                    createHierarchy(dir, alg, clock.instant(), password);
                }
            }
            DevCertificateAuthority ca = new DevCertificateAuthority(dir, clock, algs, password);
            for (SignatureAlgorithm alg : algs) {
                if (!Files.exists(ca.crlFile(alg))) {
                    ca.publishCrl(alg);
                }
            }
            return ca;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Root and intermediate names as НУЦ РК writes them, marked DEV. */
    public static X500Name rootName(SignatureAlgorithm alg) {
        return caName("НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (" + label(alg) + ") DEV");
    }

    public static X500Name intermediateName(SignatureAlgorithm alg) {
        return caName("ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (" + label(alg) + ") DEV");
    }

    /** Issues {@code subject}'s default profile ({@link DevSubject#defaultProfile()}). */
    public IssuedCertificate issue(DevSubject subject, SignatureAlgorithm alg) {
        return issue(subject, alg, IssueOptions.defaults());
    }

    /** Issues {@code subject} a certificate in {@code profile}. */
    public IssuedCertificate issue(DevSubject subject, SignatureAlgorithm alg, CertificateProfileKind profile) {
        return issue(subject, alg, IssueOptions.profile(profile));
    }

    /**
     * Issues a certificate under the {@code alg} intermediate in the profile {@code options} name (else the
     * subject's default) and records it in the register.
     *
     * @throws IllegalArgumentException when this CA keeps no {@code alg} hierarchy
     */
    public synchronized IssuedCertificate issue(DevSubject subject, SignatureAlgorithm alg, IssueOptions options) {
        SigningKey ca = intermediate(alg, "issue");
        IssueOptions valid = options.at(clock.instant());
        KeyPair kp = alg.generateKeyPair();
        BigInteger serial = CertificateFactoryBc.newSerial();
        try {
            CertificateProfileKind profile = options.profile() != null ? options.profile() : subject.defaultProfile();
            X509Certificate cert = CertificateFactoryBc.endEntity(subject.toX500Name(), serial, kp.getPublic(),
                    ca.certificate(), ca.privateKey(), alg, valid, profile);
            index.reloadIfChanged(); // another handle on this directory (another process or test) may have issued since
            index.put(new CaIndex.Entry(serial, alg, valid.notAfter(), null, subject.kind().name(),
                    subject.toX500Name().toString()));
            return new IssuedCertificate(cert, kp.getPrivate(), List.of(ca.certificate(), roots.get(alg).certificate()), alg);
        } catch (Exception e) {
            throw new IllegalStateException("issuing failed", e);
        }
    }

    /**
     * Issues a TLS certificate under the RSA intermediate (what JSSE speaks) for one of the system's own parts:
     * subject {@code CN=<commonName>, OU=<unit>, O=<organisation>, C=KZ} (in RFC 2253, CN first), {@code profile}'s
     * purposes, and for a server its names. Recorded in the register like every certificate the НУЦ issues.
     */
    public synchronized IssuedCertificate issueTls(String commonName, String unit, String organisation,
            TlsProfile profile, List<String> dnsNames, List<String> ipAddresses) {
        SignatureAlgorithm alg = SignatureAlgorithm.RSA_SHA256;
        SigningKey ca = intermediate(alg, "issue");
        IssueOptions valid = IssueOptions.defaults().at(clock.instant());
        KeyPair kp = alg.generateKeyPair();
        BigInteger serial = CertificateFactoryBc.newSerial();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.OU, unit).addRDN(BCStyle.CN, commonName).build();
        try {
            X509Certificate cert = CertificateFactoryBc.tlsEndEntity(name, serial, kp.getPublic(), ca.certificate(),
                    ca.privateKey(), alg, valid, profile, dnsNames, ipAddresses);
            index.reloadIfChanged();
            index.put(new CaIndex.Entry(serial, alg, valid.notAfter(), null, "TLS_" + profile.name(),
                    name.toString()));
            return new IssuedCertificate(cert, kp.getPrivate(), List.of(ca.certificate(), roots.get(alg).certificate()),
                    alg);
        } catch (Exception e) {
            throw new IllegalStateException("issuing failed", e);
        }
    }

    /**
     * Marks a certificate revoked now. The OCSP responder answers «revoked» at once; the CRL lists it after the
     * next {@link #publishCrls()}.
     *
     * @return false when the serial is unknown
     */
    public synchronized boolean revoke(BigInteger serial) {
        index.reloadIfChanged();
        CaIndex.Entry e = index.get(serial);
        if (e == null) {
            return false;
        }
        if (!e.revoked()) {
            index.put(new CaIndex.Entry(serial, e.algorithm(), e.notAfter(), clock.instant(), e.kind(), e.subject()));
        }
        return true;
    }

    /** The hierarchies this CA keeps. */
    public Set<SignatureAlgorithm> algorithms() {
        return Collections.unmodifiableSet(intermediates.keySet());
    }

    /** Publishes fresh CRLs of every intermediate (valid for one day). */
    public void publishCrls() {
        for (SignatureAlgorithm alg : algorithms()) {
            publishCrl(alg);
        }
    }

    public byte[] publishCrl(SignatureAlgorithm alg) {
        Instant now = clock.instant();
        return publishCrl(alg, now, now.plus(Duration.ofDays(1)));
    }

    /** Publishes a CRL with the given thisUpdate/nextUpdate (a past nextUpdate makes a stale CRL for tests). */
    public synchronized byte[] publishCrl(SignatureAlgorithm alg, Instant thisUpdate, Instant nextUpdate) {
        index.reloadIfChanged();
        SigningKey ca = intermediate(alg, "publish a CRL");
        try {
            JcaX509v2CRLBuilder b = new JcaX509v2CRLBuilder(ca.certificate(), Date.from(thisUpdate));
            b.setNextUpdate(Date.from(nextUpdate));
            for (CaIndex.Entry e : index.all()) {
                if (e.algorithm() == alg && e.revoked()) {
                    b.addCRLEntry(e.serial(), Date.from(e.revokedAt()), CRLReason.keyCompromise);
                }
            }
            b.addExtension(Extension.cRLNumber, false, new ASN1Integer(nextCrlNumber(alg)));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    CertificateFactoryBc.authorityKeyIdentifier(ca.certificate()));
            byte[] der = b.build(CertificateFactoryBc.signer(ca.privateKey(), alg)).getEncoded();
            Path file = crlFile(alg);
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, der);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return der;
        } catch (Exception e) {
            throw new IllegalStateException("CRL publication failed", e);
        }
    }

    /** The last published CRL (DER). */
    public byte[] publishedCrl(SignatureAlgorithm alg) {
        try {
            return Files.readAllBytes(crlFile(alg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CRL source reading the last published snapshot. */
    public CrlSource crlSource(SignatureAlgorithm alg) {
        return CrlSource.file(crlFile(alg));
    }

    /** Answers a DER OCSP request from the register (status seen at once, unlike the CRL). */
    public byte[] ocspRespond(byte[] requestDer) {
        return ocsp.respond(requestDer);
    }

    /** Every root as an anchor and every intermediate: what a verifier trusting this CA is configured with. */
    public TrustAnchors trustAnchors() {
        List<X509Certificate> a = new ArrayList<>();
        List<X509Certificate> i = new ArrayList<>();
        for (SignatureAlgorithm alg : algorithms()) {
            a.add(roots.get(alg).certificate());
            i.add(intermediates.get(alg).certificate());
        }
        return new TrustAnchors(a, i);
    }

    public X509Certificate root(SignatureAlgorithm alg) {
        return roots.get(alg).certificate();
    }

    public X509Certificate intermediate(SignatureAlgorithm alg) {
        return intermediates.get(alg).certificate();
    }

    private SigningKey intermediate(SignatureAlgorithm alg, String what) {
        SigningKey ca = intermediates.get(alg);
        if (ca == null) {
            throw new IllegalArgumentException("cannot " + what + ": this development НУЦ keeps no " + alg
                    + " hierarchy (open it with that algorithm)");
        }
        return ca;
    }

    /** Whether the register lists {@code serial} as revoked (empty when unknown). */
    public Optional<Boolean> isRevoked(BigInteger serial) {
        index.reloadIfChanged();
        CaIndex.Entry e = index.get(serial);
        return e == null ? Optional.empty() : Optional.of(e.revoked());
    }

    public Path directory() {
        return dir;
    }

    /** What the НУЦ publishes, and all a service is given of it: certificates and CRLs, no key. */
    public Path trustDirectory() {
        return dir.resolve(TRUST_DIR);
    }

    public Path crlFile(SignatureAlgorithm alg) {
        return trustDirectory().resolve("crl").resolve(fileStem(alg) + ".crl");
    }

    /** The DER certificate file of a root ({@code rsa-root.cer}) or intermediate ({@code rsa-ca.cer}). */
    public Path certificateFile(SignatureAlgorithm alg, boolean root) {
        return trustDirectory().resolve(fileStem(alg) + (root ? "-root.cer" : "-ca.cer"));
    }

    private Path keyFile(SignatureAlgorithm alg, String role) {
        return dir.resolve(fileStem(alg) + "-" + role + ".p12");
    }

    private BigInteger nextCrlNumber(SignatureAlgorithm alg) throws IOException {
        Path f = dir.resolve("crl").resolve(fileStem(alg) + ".crlnumber");
        Files.createDirectories(f.getParent());
        BigInteger n = Files.exists(f) ? new BigInteger(Files.readString(f).trim()).add(BigInteger.ONE) : BigInteger.ONE;
        Files.writeString(f, n.toString());
        return n;
    }

    /**
     * A CA key file under {@code password}; one still under the default password (a stack made before it had a
     * password of its own) is read with that and written again under {@code password}.
     */
    private static SigningKey caKey(Path file, char[] password) {
        try {
            return SigningKey.fromPkcs12(file, password);
        } catch (RuntimeException e) {
            if (java.util.Arrays.equals(password, CA_KEY_PASSWORD)) {
                throw e;
            }
            SigningKey key;
            try {
                key = SigningKey.fromPkcs12(file, CA_KEY_PASSWORD);
            } catch (RuntimeException old) {
                throw e;
            }
            try {
                writeKey(file, key.toPkcs12(password));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return key;
        }
    }

    /** A key file, readable by its owner only. */
    private static void writeKey(Path file, byte[] p12) throws IOException {
        Files.write(file, p12);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static void createHierarchy(Path dir, SignatureAlgorithm alg, Instant present, char[] password)
            throws IOException {
        Instant now = present.minus(Duration.ofDays(1));
        try {
            KeyPair rootKeys = alg.generateKeyPair();
            X509Certificate root = CertificateFactoryBc.selfSignedRoot(rootName(alg), rootKeys, alg, now,
                    now.plus(Duration.ofDays(365L * 20)));
            KeyPair caKeys = alg.generateKeyPair();
            X509Certificate ca = CertificateFactoryBc.intermediate(intermediateName(alg), caKeys.getPublic(), root,
                    rootKeys.getPrivate(), alg, now, now.plus(Duration.ofDays(365L * 10)));
            String stem = fileStem(alg);
            Path trust = Files.createDirectories(dir.resolve(TRUST_DIR));
            writeKey(dir.resolve(stem + "-root.p12"),
                    new SigningKey(rootKeys.getPrivate(), root, List.of(), alg).toPkcs12(password));
            Files.write(trust.resolve(stem + "-root.cer"), root.getEncoded());
            Files.write(trust.resolve(stem + "-ca.cer"), ca.getEncoded());
            writeKey(dir.resolve(stem + "-ca.p12"),
                    new SigningKey(caKeys.getPrivate(), ca, List.of(root), alg).toPkcs12(password));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the " + alg + " hierarchy", e);
        }
    }

    /** {@code rsa}, {@code gost} (the Kazakh GOST 2015 hierarchy), {@code gost2012} (TC26 GOST 2012-256). */
    static String fileStem(SignatureAlgorithm alg) {
        return switch (alg) {
            case RSA_SHA256 -> "rsa";
            case GOST2015_512 -> "gost";
            case GOST2012_256 -> "gost2012";
        };
    }

    /** The hierarchy whose files and CRL are named {@code stem} ({@link #fileStem}); {@code gost2015} is gost's. */
    public static Optional<SignatureAlgorithm> forFileStem(String stem) {
        if ("gost2015".equals(stem)) {
            return Optional.of(SignatureAlgorithm.GOST2015_512);
        }
        for (SignatureAlgorithm alg : SignatureAlgorithm.values()) {
            if (fileStem(alg).equals(stem)) {
                return Optional.of(alg);
            }
        }
        return Optional.empty();
    }

    private static String label(SignatureAlgorithm alg) {
        return switch (alg) {
            case RSA_SHA256 -> "RSA";
            case GOST2015_512 -> "GOST";
            case GOST2012_256 -> "GOST 2012";
        };
    }

    /** Renames {@code gost-*} files of a TC26 GOST 2012 hierarchy (made before GOST 2015 was the default). */
    private static void moveTc26GostFiles(Path dir) throws IOException {
        Path ca = dir.resolve("gost-ca.cer");
        if (!Files.exists(ca) || Files.exists(dir.resolve("gost2012-ca.cer"))) {
            return;
        }
        String oid = new X509CertificateHolder(Files.readAllBytes(ca)).getSubjectPublicKeyInfo().getAlgorithm()
                .getAlgorithm().getId();
        if (!SignatureAlgorithm.GOST2012_256.publicKeyOid().getId().equals(oid)) {
            return;
        }
        for (String name : List.of("-root.p12", "-root.cer", "-ca.p12", "-ca.cer")) {
            move(dir.resolve("gost" + name), dir.resolve("gost2012" + name));
        }
        move(dir.resolve("crl").resolve("gost.crl"), dir.resolve("crl").resolve("gost2012.crl"));
        move(dir.resolve("crl").resolve("gost.crlnumber"), dir.resolve("crl").resolve("gost2012.crlnumber"));
    }

    /**
     * Moves what a directory made before {@code trust/} existed published beside its keys (certificates, CRLs) into
     * {@code trust/}; the CRL numbers stay with the keys.
     */
    private static void movePublishedFiles(Path dir) throws IOException {
        Path trust = dir.resolve(TRUST_DIR);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".cer")).toList()) {
                Files.createDirectories(trust);
                move(f, trust.resolve(f.getFileName()));
            }
        }
        Path crl = dir.resolve("crl");
        if (Files.isDirectory(crl)) {
            try (java.util.stream.Stream<Path> files = Files.list(crl)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".crl")).toList()) {
                    Files.createDirectories(trust.resolve("crl"));
                    move(f, trust.resolve("crl").resolve(f.getFileName()));
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static X500Name caName(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "KZ").addRDN(BCStyle.CN, cn).build();
    }
}
