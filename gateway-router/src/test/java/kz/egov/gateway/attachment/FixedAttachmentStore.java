package kz.egov.gateway.attachment;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Vetoed;

import kz.egov.gateway.config.TestGatewayConfig;

/** The attachment store of a unit test: the files it is told of (their descriptions; no content). */
@Vetoed
public class FixedAttachmentStore extends AttachmentStore {

    private final Map<String, Stored> files = new ConcurrentHashMap<>();

    public FixedAttachmentStore(Stored... files) {
        super(null, null, new TestGatewayConfig("gateway"));
        for (Stored f : files) {
            this.files.put(f.sha256(), f);
        }
    }

    /** Every file it is told of counts as the request's origin's own. */
    @Override
    protected boolean uploadedBy(String sha256, String participant) {
        return files.containsKey(sha256);
    }

    @Override
    public Optional<Stored> describe(String sha256) {
        return Optional.ofNullable(files.get(sha256));
    }
}
