-- Products and warehouses are administered over /api/admin, not only loaded by the demo profile.
-- Carrier rules read weight_grams (since V1), hazardous and fragile; a product that orders reference is deactivated,
-- never deleted: inactive products are neither listed in the catalogue nor orderable.
alter table product add column category varchar(100);
alter table product add column hazardous boolean default false not null;
alter table product add column fragile boolean default false not null;
alter table product add column active boolean default true not null;

-- Where a warehouse ships from. Nullable for warehouses created before (the demo catalogue's get one from it).
alter table warehouse add column address_name varchar(200);
alter table warehouse add column address_line1 varchar(200);
alter table warehouse add column address_city varchar(100);
alter table warehouse add column address_postal_code varchar(20);
alter table warehouse add column address_country varchar(2);
