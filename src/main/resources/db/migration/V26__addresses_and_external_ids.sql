-- Addresses gain an optional second line and a region (state, province; required for US and CA orders). A channel's
-- own order number (external_order_id) is unique per channel, so a marketplace's repeat finds the first order even
-- when two repeats arrive at once; orders without one (null) are not compared. The external id leads the index, so
-- the order search by channel keeps its own index (channel, placed_at) instead of this one.
alter table customer_order add column ship_line2 varchar(200);
alter table customer_order add column ship_region varchar(100);
alter table customer_order add column bill_line2 varchar(200);
alter table customer_order add column bill_region varchar(100);
alter table customer_order add column external_order_id varchar(100);
create unique index ux_customer_order_external_id_channel on customer_order (external_order_id, channel);

alter table warehouse add column address_line2 varchar(200);
alter table warehouse add column address_region varchar(100);
