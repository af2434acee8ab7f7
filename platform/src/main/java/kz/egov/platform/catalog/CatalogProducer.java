package kz.egov.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kz.egov.catalog.ServiceCatalog;
import kz.egov.catalog.calendar.WorkingCalendar;

/** The service catalog and the working-day calendar, loaded and validated once at start-up. */
@ApplicationScoped
public class CatalogProducer {

    @Produces
    @Singleton
    ServiceCatalog catalog() {
        return ServiceCatalog.loadDefault();
    }

    @Produces
    @Singleton
    WorkingCalendar calendar() {
        return WorkingCalendar.loadDefault();
    }
}
