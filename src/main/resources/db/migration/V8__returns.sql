-- Returns (RMA): a request per parcel the customer sends back, its lines, and what became of it.
create sequence return_number_seq start with 500001;

create table return_request (
    return_number         varchar(32)   primary key,
    order_number          varchar(32)   not null references customer_order (order_number),
    status                varchar(32)   not null,
    reason                varchar(32)   not null,
    customer_comment      varchar(500),
    label_tracking_number varchar(64),
    item_condition        varchar(32),
    refund_amount         numeric(12,2),
    requested_at          timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint ck_return_refund check (refund_amount is null or refund_amount >= 0)
);

create index ix_return_request_order on return_request (order_number);

create table return_line (
    return_number varchar(32) not null references return_request (return_number),
    line_number   int         not null,
    quantity      int         not null,
    primary key (return_number, line_number),
    constraint ck_return_line_quantity check (quantity > 0)
);

-- Money given back never exceeds money taken.
alter table payment add column refunded_amount numeric(12,2) default 0 not null;
alter table payment add constraint ck_payment_refunded check (refunded_amount >= 0 and refunded_amount <= captured_amount);
