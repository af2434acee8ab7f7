package kz.egov.registry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that talks to the registry as the stack does ({@link Registry}): one per class, closed after it. */
abstract class WithRegistry {

    static Registry registry;

    @BeforeAll
    static void start() {
        registry = new Registry();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }
}
