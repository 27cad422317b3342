-- Where the bill goes; fraud screening compares its country with the shipping country.
alter table customer_order add column bill_name varchar(200);
alter table customer_order add column bill_line1 varchar(200);
alter table customer_order add column bill_city varchar(100);
alter table customer_order add column bill_postal_code varchar(20);
alter table customer_order add column bill_country varchar(2);
update customer_order set bill_name = ship_name, bill_line1 = ship_line1, bill_city = ship_city,
    bill_postal_code = ship_postal_code, bill_country = ship_country;
alter table customer_order alter column bill_name set not null;
alter table customer_order alter column bill_line1 set not null;
alter table customer_order alter column bill_city set not null;
alter table customer_order alter column bill_postal_code set not null;
alter table customer_order alter column bill_country set not null;
create index ix_order_customer_placed on customer_order (customer_id, placed_at);
create index ix_order_email_placed on customer_order (customer_email, placed_at);
