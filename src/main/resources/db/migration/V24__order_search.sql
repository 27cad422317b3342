-- Issue #23: the order search (GET /api/orders, OrderRepository.search) filters by channel, newest first; the other
-- filters already have an index (status: ix_order_status_placed, placed times: ix_order_placed) or get one on
-- PostgreSQL only (V24.1, OrderSearchIndexMigration: order number prefix, customer name prefix; the e-mail in any case
-- is V17's ix_order_email_lower_placed).
create index ix_order_channel_placed on customer_order (channel, placed_at);

-- Who asked for a change on the order (the user or API client id), as data: null where a process step did it.
alter table order_event add column actor varchar(100);
