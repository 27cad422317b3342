-- Issue #23: the order search's prefix filters as index range scans. A LIKE 'prefix%' can use a b-tree only under the
-- C collation or with the pattern operator classes, whatever the database's collation.
-- `order_number like 'OF-10%'` (orderNumber=OF-10):
create index ix_order_number_pattern on customer_order (order_number varchar_pattern_ops);
-- `lower(customer_name) like 'ada%'` (name=Ada):
create index ix_order_name_lower_pattern on customer_order (lower(customer_name) text_pattern_ops);
