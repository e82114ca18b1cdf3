-- Wallet: subscriptions with their token balances, and the ledger every balance change is written to.
create table user_automations (
    id                  bigint generated always as identity primary key,
    user_id             bigint        not null references users (id),
    automation_id       bigint        not null references automations (id),
    telegram_bot_token  varchar(1024),
    bot_token_digest    bytea         unique,
    demo_tokens         bigint        not null check (demo_tokens >= 0),
    paid_tokens         bigint        not null check (paid_tokens >= 0),
    is_demo_active      boolean       not null default true,
    status              varchar(16)   not null default 'active'
        check (status in ('active', 'suspended', 'cancelled')),
    integration_status  varchar(16)   not null default 'pending'
        check (integration_status in ('pending', 'active', 'failed')),
    provisioned_at      timestamptz,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    unique (user_id, automation_id)
);
create index user_automations_user_idx on user_automations (user_id, id);

create table token_usage (
    id                  bigint generated always as identity primary key,
    user_automation_id  bigint        not null references user_automations (id),
    user_id             bigint        not null references users (id),
    automation_id       bigint        not null references automations (id),
    units               bigint        not null check (units > 0),
    demo_units          bigint        not null check (demo_units >= 0),
    paid_units          bigint        not null check (paid_units >= 0),
    usage_type          varchar(64)   not null,
    request_id          varchar(128),
    meta                jsonb,
    created_at          timestamptz   not null default now(),
    check (demo_units + paid_units = units)
);
create unique index token_usage_request_key on token_usage (automation_id, request_id) where request_id is not null;
create index token_usage_user_time_idx on token_usage (user_id, created_at);

-- One row per vendor request id: claimed before spending, so a replay (even a concurrent one) answers the
-- original outcome and spends nothing.
create table usage_requests (
    automation_id           bigint        not null references automations (id),
    request_id              varchar(128)  not null,
    user_automation_id      bigint        not null references user_automations (id),
    accepted                boolean       not null,
    remaining_demo_tokens   bigint        not null,
    remaining_paid_tokens   bigint        not null,
    created_at              timestamptz   not null default now(),
    primary key (automation_id, request_id)
);

create table token_adjustments (
    id                  bigint generated always as identity primary key,
    user_automation_id  bigint        not null references user_automations (id),
    admin_id            bigint        not null references users (id),
    delta               bigint        not null check (delta <> 0),
    reason              varchar(64)   not null,
    note                varchar(1000),
    related_payment_id  bigint,
    idempotency_key     varchar(128)  not null unique,
    created_at          timestamptz   not null default now()
);

create table wallet_ledger (
    id                  bigint generated always as identity primary key,
    user_automation_id  bigint        not null references user_automations (id),
    kind                varchar(16)   not null check (kind in ('demo_grant', 'usage', 'payment', 'adjustment')),
    demo_delta          bigint        not null,
    paid_delta          bigint        not null,
    reference_id        bigint,
    created_at          timestamptz   not null default now()
);
create index wallet_ledger_subscription_idx on wallet_ledger (user_automation_id, id);
