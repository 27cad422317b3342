-- Issue #12: carrier and service by decision table, printable labels, bins for picking.
-- Columns another migration may add as well are added with IF NOT EXISTS under the same names.

-- Product facts the shipping-service decision reads.
alter table product add column if not exists hazardous boolean not null default false;
alter table product add column if not exists fragile boolean not null default false;

-- Where a product lies in a warehouse, shown on the pick list.
alter table stock_level add column if not exists bin varchar(32);

-- What the shipping-service decision chose beyond carrier and service.
alter table shipment add column if not exists expected_delivery_date date;
alter table shipment add column if not exists signature_required boolean not null default false;
alter table shipment add column if not exists transit_days integer;
alter table shipment add column if not exists insured_value numeric(12,2);

-- The label documents the carrier returned, for shipments and return parcels alike, kept to print again.
create table shipping_label (
    tracking_number varchar(64)   primary key,
    reference       varchar(64)   not null,
    pdf             bytea         not null,
    zpl             varchar(8000) not null,
    created_at      timestamp with time zone not null
);
