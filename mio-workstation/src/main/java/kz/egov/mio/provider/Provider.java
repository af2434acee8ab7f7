package kz.egov.mio.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provider hosted by ИС МИО (a tenant): its BIN, KATO district and provider type. It seals as itself. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    public String id;

    public String name;

    public String bin;

    public String kato;

    @Column(name = "provider_type")
    public String providerType;

    public boolean active = true;
}
