-- When the personal data of an ended order was anonymised (orderflow.retention.personal-data); null until then.
alter table customer_order add column anonymised_at timestamp with time zone;
create index ix_order_retention on customer_order (status, anonymised_at, updated_at);
