-- The kpi module's facts: one row per order (and per parcel, warehouse and return of it), written only by
-- kpi.KpiFactRepository from the domain events and the engine's history, and read by nothing else. They outlive the
-- engine's history (removed after each diagram's historyTimeToLive), so the figures of a past period stay the same.
-- Every write sets a value the event or history determines, so a redelivered event changes nothing.
create table kpi_order_fact (
    order_number          varchar(32)   primary key,
    channel               varchar(16)   not null,
    shipping_method       varchar(16)   not null,
    payment_method        varchar(32)   not null,
    currency              varchar(3)    not null,
    grand_total           numeric(12,2) not null,
    line_count            integer       not null,
    unit_count            integer       not null,
    placed_at             timestamp with time zone not null,
    promised_date         date,
    handed_over_at        timestamp with time zone,
    delivered_at          timestamp with time zone,
    cancelled_at          timestamp with time zone,
    cancellation_cause    varchar(40),
    rejected_at           timestamp with time zone,
    fraud_review          boolean       not null default false,
    fraud_review_minutes  numeric(12,2),
    backordered           boolean       not null default false,
    short_lines_cancelled boolean       not null default false,
    payment_problem       boolean       not null default false,
    short_picked          boolean       not null default false,
    incident              boolean       not null default false,
    task_minutes          numeric(12,2)
);

create index ix_kpi_order_fact_placed on kpi_order_fact (placed_at);
create index ix_kpi_order_fact_handed_over on kpi_order_fact (handed_over_at);
create index ix_kpi_order_fact_delivered on kpi_order_fact (delivered_at);
create index ix_kpi_order_fact_cancelled on kpi_order_fact (cancelled_at);

create table kpi_parcel_fact (
    shipment_key  varchar(100) primary key,
    order_number  varchar(32)  not null references kpi_order_fact (order_number),
    carrier       varchar(64)  not null,
    service       varchar(64)  not null,
    labelled_at   timestamp with time zone not null
);

create index ix_kpi_parcel_fact_order on kpi_parcel_fact (order_number);

create table kpi_order_warehouse (
    order_number  varchar(32)  not null references kpi_order_fact (order_number),
    warehouse     varchar(32)  not null,
    primary key (order_number, warehouse)
);

create index ix_kpi_order_warehouse_warehouse on kpi_order_warehouse (warehouse, order_number);

create table kpi_return_fact (
    return_number   varchar(32)   primary key,
    order_number    varchar(32)   not null references kpi_order_fact (order_number),
    reason          varchar(24)   not null,
    requested_at    timestamp with time zone not null,
    returned_value  numeric(12,2) not null,
    refunded_value  numeric(12,2)
);

create index ix_kpi_return_fact_order on kpi_return_fact (order_number);
create index ix_kpi_return_fact_requested on kpi_return_fact (requested_at);
