-- One database per service, as `egov up` creates them on its local PostgreSQL (ServiceDefinition.database()).
-- Run by the postgres image on the first start of an empty volume.
CREATE DATABASE portal_adapter;
CREATE DATABASE gateway_router;
CREATE DATABASE mio_workstation;
CREATE DATABASE labour_market_registry;
CREATE DATABASE citizens_corp_adapter;
