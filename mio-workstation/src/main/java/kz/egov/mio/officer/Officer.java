package kz.egov.mio.officer;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An officer account: IIN + password, roles, attached to one provider. */
@Entity
@Table(name = "officer")
public class Officer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "provider_id")
    public String providerId;

    public String iin;

    public String surname;

    @Column(name = "given_name")
    public String givenName;

    /** Comma-separated {@link OfficerRole} names. */
    public String roles;

    public boolean active = true;

    @Column(name = "password_hash")
    public String passwordHash;

    public Set<OfficerRole> roleSet() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(OfficerRole.class);
        }
        return Arrays.stream(roles.split(",")).map(String::trim).map(OfficerRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OfficerRole.class)));
    }

    public void roleSet(Set<OfficerRole> set) {
        roles = set.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public boolean has(OfficerRole role) {
        return roleSet().contains(role);
    }

    public String fullName() {
        return surname + " " + givenName;
    }
}
