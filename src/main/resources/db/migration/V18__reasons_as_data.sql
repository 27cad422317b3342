-- Reasons that code reads back are data, not timeline prose: the reason a cancellation was asked for (shown to the
-- customer) and the provider's code for the latest declined authorization (shown to customer service).
alter table customer_order add column cancellation_reason varchar(500);
alter table payment add column decline_code varchar(64);
