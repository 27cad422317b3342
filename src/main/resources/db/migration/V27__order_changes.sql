-- Issue #25 point 5 / #23: the changed-since feed for ERP/BI pulls (GET /api/order-changes, OrderChanges). Every
-- change of an order's status, lines or totals and every timeline entry (payments, shipments, returns, mails, staff
-- actions) stamps last_changed_at on the order's row in the same transaction; the feed pages by
-- (last_changed_at, order_number), so the index serves both the filter and the order.
alter table customer_order add column last_changed_at timestamp with time zone;
update customer_order set last_changed_at = coalesce(
    (select max(e.occurred_at) from order_event e where e.order_number = customer_order.order_number), updated_at);
update customer_order set last_changed_at = updated_at where last_changed_at < updated_at;
alter table customer_order alter column last_changed_at set not null;
create index ix_order_last_changed on customer_order (last_changed_at, order_number);
