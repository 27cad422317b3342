-- Issue #15: the fraud checks count a customer's other orders by customer id or by e-mail address in any case
-- (`lower(customer_email) = lower(?)`), which the index on the e-mail as written could not serve: a sequential scan
-- of all orders for "first order?", all orders of the last 24 hours for the velocity count. With this index and
-- ix_order_customer_placed both are a BitmapOr of two index range scans.
create index ix_order_email_lower_placed on customer_order (lower(customer_email), placed_at);
drop index ix_order_email_placed;
