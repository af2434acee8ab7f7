package kz.egov.gateway.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.inject.Vetoed;

import kz.egov.contract.message.PersonRecord;

/** ГБД ФЛ of a unit test: the people it is given; every read is kept (reader, IIN, purpose, request). */
@Vetoed
public class FixedPersonDirectory extends PersonDirectory {

    /** A read as logged. */
    public record Read(String reader, String iin, String purpose, String requestId) {
    }

    private final Map<String, PersonRecord> people = new ConcurrentHashMap<>();
    private final List<Read> reads = new ArrayList<>();

    public FixedPersonDirectory(PersonRecord... people) {
        super(null, null);
        for (PersonRecord p : people) {
            this.people.put(p.iin(), p);
        }
    }

    @Override
    public synchronized Optional<PersonRecord> read(String iin, String reader, String purpose, String requestId) {
        reads.add(new Read(reader, iin, purpose, requestId));
        return Optional.ofNullable(people.get(iin));
    }

    public synchronized List<Read> reads() {
        return List.copyOf(reads);
    }
}
